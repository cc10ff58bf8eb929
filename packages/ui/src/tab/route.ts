import { useCallback, useEffect, useState } from 'react';

/** The pages of the channel tab, addressed by the URL hash (`#/initiative/12`). */
export type Route =
  | { page: 'overview' }
  | { page: 'readiness' }
  | { page: 'mine' }
  | { page: 'dashboard' }
  | { page: 'ledger' }
  | { page: 'periods' }
  | { page: 'plans' }
  | { page: 'principles' }
  | { page: 'initiative'; id: number; section?: 'effects' }
  | { page: 'editInitiative'; id: number; field?: string }
  | { page: 'editActivity'; id: number; activityId: number }
  | { page: 'newActivity'; id: number }
  | { page: 'editEffect'; id: number; effectId: number | null }
  | { page: 'followUp'; id: number };

/** Reads a route from a hash; unknown hashes are the overview. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const id = Number(parts[1]);
  if (parts[0] === 'readiness') return { page: 'readiness' };
  if (parts[0] === 'mine') return { page: 'mine' };
  if (parts[0] === 'dashboard') return { page: 'dashboard' };
  if (parts[0] === 'effects') return { page: 'ledger' };
  if (parts[0] === 'periods') return { page: 'periods' };
  if (parts[0] === 'plans') return { page: 'plans' };
  if (parts[0] === 'principles') return { page: 'principles' };
  if (parts[0] !== 'initiative' || !Number.isInteger(id) || id <= 0) return { page: 'overview' };
  if (parts[2] === 'edit')
    return parts[3] && /^\w+$/.test(parts[3])
      ? { page: 'editInitiative', id, field: parts[3] }
      : { page: 'editInitiative', id };
  if (parts[2] === 'effects') return { page: 'initiative', id, section: 'effects' };
  if (parts[2] === 'follow-up') return { page: 'followUp', id };
  if (parts[2] === 'activity' && parts[3] === 'new') return { page: 'newActivity', id };
  if (parts[2] === 'activity' && Number(parts[3]) > 0)
    return { page: 'editActivity', id, activityId: Number(parts[3]) };
  if (parts[2] === 'effect')
    return { page: 'editEffect', id, effectId: parts[3] === 'new' ? null : Number(parts[3]) || null };
  return { page: 'initiative', id };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'overview':
      return '#/';
    case 'readiness':
      return '#/readiness';
    case 'mine':
      return '#/mine';
    case 'dashboard':
      return '#/dashboard';
    case 'ledger':
      return '#/effects';
    case 'periods':
      return '#/periods';
    case 'plans':
      return '#/plans';
    case 'principles':
      return '#/principles';
    case 'initiative':
      return `#/initiative/${route.id}${route.section ? `/${route.section}` : ''}`;
    case 'editInitiative':
      return `#/initiative/${route.id}/edit${route.field ? `/${route.field}` : ''}`;
    case 'followUp':
      return `#/initiative/${route.id}/follow-up`;
    case 'editActivity':
      return `#/initiative/${route.id}/activity/${route.activityId}`;
    case 'newActivity':
      return `#/initiative/${route.id}/activity/new`;
    case 'editEffect':
      return `#/initiative/${route.id}/effect/${route.effectId ?? 'new'}`;
  }
}

/** The current route and a way to move, kept in the URL hash so the browser's back button works. */
export function useRoute(initial: Route = { page: 'overview' }): [Route, (route: Route) => void] {
  const read = () =>
    typeof window === 'undefined' || !window.location.hash ? initial : parseRoute(window.location.hash);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, navigate];
}
