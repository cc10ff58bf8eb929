import { commonEn } from '../sections/common.en.js';
import { dashboardEn } from '../sections/dashboard.en.js';
import { exampleDataEn } from '../sections/example-data.en.js';
import { loadingEn } from '../sections/loading.en.js';
import { peopleEn } from '../sections/people.en.js';
import { readerSharedEn } from '../sections/reader-shared.en.js';
import { tabFirstEn } from '../sections/tab-first.en.js';

/** The English half of `tabTexts`, fetched when the tab is shown in English. */
export const tabTextsEn = {
  ...commonEn,
  ...tabFirstEn,
  ...dashboardEn,
  ...peopleEn,
  ...loadingEn,
  ...exampleDataEn,
  ...readerSharedEn,
};
