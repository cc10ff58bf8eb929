/**
 * What `load` gives (a module loaded with `import()`, or something built from it), loaded on the first call
 * and kept for the next; a load that failed (e.g. its chunk unreachable after an update) is tried again on the
 * next call. `what` names it in the console when a load fails.
 */
export function onDemand<T>(load: () => Promise<T>, what: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch((error: unknown) => {
        if (loading === attempt) loading = null;
        console.warn(`[load] ${what} did not load: ${String(error)}`);
      });
    }
    return loading;
  };
}
