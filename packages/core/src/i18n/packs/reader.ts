import { textPack } from '../packs.js';
import { commonSv } from '../sections/common.sv.js';
import { exampleDataSv } from '../sections/example-data.sv.js';
import { readerSv } from '../sections/reader.sv.js';

/**
 * The intranet reader's texts (the web part, the reader web component, the local preview): the shared ones,
 * the reader's and the example-data notice. Its dashboard's texts are a pack of their own (`dashboardTexts`).
 */
export const readerTexts = textPack('reader', { ...commonSv, ...readerSv, ...exampleDataSv }, () =>
  import(/* webpackChunkName: "devplan-texts-reader-en" */ './reader.en.js').then((m) => m.readerTextsEn),
);
