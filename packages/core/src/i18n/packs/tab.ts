import { textPack } from '../packs.js';
import { commonSv } from '../sections/common.sv.js';
import { dashboardSv } from '../sections/dashboard.sv.js';
import { exampleDataSv } from '../sections/example-data.sv.js';
import { loadingSv } from '../sections/loading.sv.js';
import { peopleSv } from '../sections/people.sv.js';
import { readerSharedSv } from '../sections/reader-shared.sv.js';
import { tabFirstSv } from '../sections/tab-first.sv.js';

/**
 * The Teams tab's texts for its first view (the overview, the navigation, sign-in and start-up, readiness):
 * the texts of the pages it loads on demand are a pack of their own (`tabPageTexts`), loaded with them.
 */
export const tabTexts = textPack(
  'tab',
  {
    ...commonSv,
    ...tabFirstSv,
    ...dashboardSv,
    ...peopleSv,
    ...loadingSv,
    ...exampleDataSv,
    // Of the reader's texts, the tab shows only those in the UI's common code (the plan's facts, "show more").
    ...readerSharedSv,
  },
  () => import('./tab.en.js').then((m) => m.tabTextsEn),
);
