import type { ListKey } from './types.js';

/** The lists that are document libraries (template 101), which sit at the site's root, not under `Lists/`. */
const LIBRARIES: readonly ListKey[] = ['Reports', 'ReaderViews', 'TabViews'];

/**
 * Where list `key` lives, relative to the plan site (`Lists/Plans`, or `Reports` for the library): what a
 * reader needs to reach a list, without the list schema (`LISTS`) and its titles in its bundle. Every list's
 * URL name is its key (checked against the schema by `locations.test.ts`).
 */
export function listPathOf(key: ListKey): string {
  return LIBRARIES.includes(key) ? key : `Lists/${key}`;
}
