import type { readerSv } from './reader.sv.js';

/** English texts of the reader views; the type makes sure every Swedish key has an English text. */
export const readerEn: Record<keyof typeof readerSv, string> = {};
