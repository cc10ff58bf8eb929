import { commonEn } from '../sections/common.en.js';
import { exampleDataEn } from '../sections/example-data.en.js';
import { readerEn } from '../sections/reader.en.js';

/** The English half of `readerTexts`, fetched when a reader is shown in English. */
export const readerTextsEn = { ...commonEn, ...readerEn, ...exampleDataEn };
