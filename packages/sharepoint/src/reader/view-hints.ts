/**
 * What a reader's browser learned from its last read of the intranet view: which plan the choice led to and
 * which lists had to be read in id windows (past the list view threshold), up to which item id. With it the
 * next read puts the list of plans and the whole view, windows included, in ONE `$batch`; should the choice
 * lead to another plan by then (a new plan adopted), the view is read again for that plan. A hint only saves
 * requests: it never decides what is shown.
 */
export interface ViewHint {
  planId: number;
  planYear: number;
  /** List title → highest item id when last read in windows. */
  windows: Record<string, number>;
  /**
   * When a read last found no reader snapshot file (ms since the epoch): the app server does not write them, so
   * for a day the view is read as without them (one request with this hint), not asked for the file first.
   */
  noSnapshotSince?: number;
}

/** Where a host keeps view hints, per plan choice (`latest` or a year). */
export interface ViewHintStore {
  get(choice: string): ViewHint | null;
  set(choice: string, hint: ViewHint | null): void;
}

const isHint = (value: unknown): value is ViewHint => {
  const hint = value as ViewHint | null;
  return (
    !!hint &&
    Number.isInteger(hint.planId) &&
    Number.isInteger(hint.planYear) &&
    typeof hint.windows === 'object' &&
    hint.windows !== null &&
    Object.values(hint.windows).every((id) => Number.isInteger(id))
  );
};

/**
 * View hints in the browser's local storage under `devplan.viewHints.<scope>` (the site's URL); undefined where
 * there is no local storage. Anything unreadable there counts as no hint.
 */
export function browserViewHints(scope: string): ViewHintStore | undefined {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch (error) {
    console.warn(`[view] no local storage for view hints: ${(error as Error).message}`);
    return undefined;
  }
  if (!storage) return undefined;
  const key = `devplan.viewHints.${scope}`;
  const all = (): Record<string, unknown> => {
    try {
      const parsed = JSON.parse(storage.getItem(key) ?? '{}') as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch (error) {
      console.warn(`[view] an unreadable view hint was ignored: ${(error as Error).message}`);
      return {};
    }
  };
  return {
    get(choice) {
      const hint = all()[choice];
      return isHint(hint) ? hint : null;
    },
    set(choice, hint) {
      const next = { ...all(), [choice]: hint ?? undefined };
      try {
        storage.setItem(key, JSON.stringify(next));
      } catch (error) {
        console.warn(`[view] could not keep a view hint: ${(error as Error).message}`);
      }
    },
  };
}

/**
 * View hints kept in the host's own settings, saved with the page (the web part's properties): what every reader
 * of the page starts from on a first visit, so it too reads the view in ONE request. `read` gives the kept
 * value (anything not a hint counts as none); `write`, absent where the host cannot save (a reader's visit),
 * keeps a new value.
 */
export function settingsViewHints(
  read: () => unknown,
  write?: (hints: Record<string, ViewHint>) => void,
): ViewHintStore {
  const all = (): Record<string, ViewHint> => {
    const kept = read();
    if (!kept || typeof kept !== 'object') return {};
    return Object.fromEntries(Object.entries(kept).filter(([, hint]) => isHint(hint)));
  };
  return {
    get: (choice) => all()[choice] ?? null,
    set(choice, hint) {
      if (!write) return;
      const { [choice]: _old, ...others } = all();
      write(hint ? { ...others, [choice]: hint } : others);
    },
  };
}

/**
 * Hints from `own` (the reader's browser) first, else from `shared` (the page's settings); what a read learns is
 * kept in both (`shared` keeps it only where the host can save). Undefined when neither store is there.
 */
export function layeredViewHints(
  own: ViewHintStore | undefined,
  shared: ViewHintStore | undefined,
): ViewHintStore | undefined {
  const stores = [own, shared].filter((s): s is ViewHintStore => s !== undefined);
  if (stores.length === 0) return undefined;
  return {
    get(choice) {
      for (const store of stores) {
        const hint = store.get(choice);
        if (hint) return hint;
      }
      return null;
    },
    set(choice, hint) {
      for (const store of stores) store.set(choice, hint);
    },
  };
}
