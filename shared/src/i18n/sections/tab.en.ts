import type { tabSv } from './tab.sv.js';

/** English texts of the tab views; the type makes sure every Swedish key has an English text. */
export const tabEn: Record<keyof typeof tabSv, string> = {};
