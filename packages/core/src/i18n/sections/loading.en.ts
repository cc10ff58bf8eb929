import type { loadingSv } from './loading.sv.js';

/** English texts shown while a part of the tab loads on demand. */
export const loadingEn: Record<keyof typeof loadingSv, string> = {
  'loading.page': 'Loading the page …',
};
