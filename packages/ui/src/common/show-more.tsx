import { useEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { useControlStyles } from './controls.js';

/** How many items of a group (a focus area) are shown at first, and how many more each time, unless told. */
export const GROUP_PAGE = 50;

/** The items of a group shown so far, and a way to show the next page. */
export interface ShownItems<T, E extends HTMLElement = HTMLElement> {
  shown: readonly T[];
  total: number;
  /** How many items are here to show (fewer than `total` while the rest of a list is still read). */
  available: number;
  /** How many more each "show more" shows. */
  page: number;
  /** The element holding the items; after "show more" focus moves to the first new `[data-initiative]` in it. */
  listRef: RefObject<E>;
  /** Shows the next page and moves focus to its first item. */
  more(): void;
}

/**
 * Shows a large group a page at a time, so a plan of 5,000 initiatives renders as quickly as one of 13 (only
 * what is shown is in the document). `mustShow` (e.g. a deep link's index) is always within what is shown.
 * `total`: how many the whole group has when `items` is only its start (the rest still read); `items.length` if not.
 */
export function useShownItems<T, E extends HTMLElement = HTMLElement>(
  items: readonly T[],
  mustShow = -1,
  page = GROUP_PAGE,
  total = items.length,
): ShownItems<T, E> {
  const [limit, setLimit] = useState(page);
  const focusFrom = useRef<number | null>(null);
  const listRef = useRef<E>(null);
  // Printing shows every item (the "show more" line is not printed): a printed plan is complete.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const shownCount = printing ? items.length : Math.max(limit, mustShow + 1);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    const first = listRef.current?.querySelectorAll<HTMLElement>('[data-initiative]')[from];
    const target = first?.matches('a, [tabindex]')
      ? first
      : first?.querySelector<HTMLElement>('a, [tabindex]');
    target?.focus();
  }, [shownCount]);
  return {
    shown: items.length > shownCount ? items.slice(0, shownCount) : items,
    total: Math.max(total, items.length),
    available: items.length,
    page,
    listRef,
    more: () => {
      focusFrom.current = shownCount;
      setLimit(shownCount + page);
    },
  };
}

const useStyles = makeStyles({
  more: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginBlock: tokens.spacingVerticalS,
    '@media print': { display: 'none' },
  },
  text: { margin: 0 },
  printOnly: {
    display: 'none',
    '@media print': { display: 'block', fontWeight: tokens.fontWeightSemibold, marginBlock: '0.5em' },
  },
});

/**
 * "Showing 50 of 1,250 initiatives in <group>" and a button for the next page; nothing when all are shown. While the
 * next items are still read (`available`), the button says so and waits.
 */
export function ShowMore(props: {
  list: Pick<ShownItems<unknown>, 'shown' | 'total' | 'more'> &
    Partial<Pick<ShownItems<unknown>, 'available' | 'page'>>;
  group: string;
  locale: Locale;
}): ReactElement | null {
  const styles = useStyles();
  // A native button in Fluent's tokens: Fluent's Button would add about 18 KB to the web part's first download.
  const controls = useControlStyles();
  const { shown, total, more, available = total, page = GROUP_PAGE } = props.list;
  if (shown.length >= total) return null;
  const next = Math.min(page, total - shown.length);
  const waiting = shown.length >= available;
  return (
    <div className={styles.more}>
      <p className={styles.text}>
        {t(props.locale, 'list.more.shown', { shown: shown.length, total, group: props.group })}
      </p>
      {/* Waiting, it stays focusable (aria-disabled): a keyboard user's focus is not lost while the rest comes. */}
      <button
        type="button"
        className={controls.button}
        aria-disabled={waiting || undefined}
        onClick={waiting ? undefined : more}
      >
        {waiting
          ? t(props.locale, 'list.more.loading')
          : t(props.locale, 'list.more.button', { count: next })}
      </button>
    </div>
  );
}

/**
 * Said only on paper: the plan was printed while only its start was in (painted from the app's lead or snapshot),
 * so the printout is not the whole plan. Render it while the rest is still read or could not be.
 */
export function PartialPrintNotice(props: { locale: Locale }): ReactElement {
  return <p className={useStyles().printOnly}>{t(props.locale, 'list.print.partial')}</p>;
}
