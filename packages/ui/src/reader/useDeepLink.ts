import { useCallback, useEffect, useState } from 'react';
import { initiativeFromHash, initiativeHash } from './settings.js';

/** The DOM id of an initiative's element in the reader view (the target of a deep link). */
export function initiativeElementId(initiativeId: number): string {
  return `devplan-initiative-${initiativeId}`;
}

/** The initiative the page's URL fragment links to now (`#initiative=12`), if any. */
export function linkedInitiative(): number | null {
  return typeof window === 'undefined' ? null : initiativeFromHash(window.location.hash);
}

/**
 * The initiative the page's URL fragment links to (`#initiative=12`), following `hashchange`, and a way to
 * select or clear one (which updates the fragment so the link can be copied).
 */
export function useDeepLink(): { selected: number | null; select: (id: number | null) => void } {
  const [selected, setSelected] = useState<number | null>(linkedInitiative);
  useEffect(() => {
    const onHash = () => setSelected(linkedInitiative());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const select = useCallback((id: number | null) => {
    const url = `${window.location.pathname}${window.location.search}${id === null ? '' : initiativeHash(id)}`;
    window.history.replaceState(window.history.state, '', url);
    setSelected(id);
  }, []);
  return { selected, select };
}
