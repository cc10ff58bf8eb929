/** Swedish texts shown while a part of the tab loads on demand. */
export const loadingSv = {
  'loading.page': 'Hämtar sidan …',
} as const;
