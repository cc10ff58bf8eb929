import { textPack } from '../packs.js';
import { approvalsSv } from '../sections/approvals.sv.js';
import { commonSv } from '../sections/common.sv.js';
import { dashboardSv } from '../sections/dashboard.sv.js';
import { effectsSv } from '../sections/effects.sv.js';
import { exampleDataSv } from '../sections/example-data.sv.js';
import { loadingSv } from '../sections/loading.sv.js';
import { peopleSv } from '../sections/people.sv.js';
import { planDocumentSv } from '../sections/plan-document.sv.js';
import { plansSv } from '../sections/plans.sv.js';
import { principlesSv } from '../sections/principles.sv.js';
import { readerSv } from '../sections/reader.sv.js';
import { reportsSv } from '../sections/reports.sv.js';
import { tabSv } from '../sections/tab.sv.js';

/** The Teams tab's texts: every page of it (and the card inbox of the local stack). */
export const tabTexts = textPack(
  'tab',
  {
    ...commonSv,
    ...tabSv,
    ...plansSv,
    ...principlesSv,
    ...effectsSv,
    ...dashboardSv,
    ...peopleSv,
    ...loadingSv,
    ...exampleDataSv,
    ...readerSv,
    ...reportsSv,
    ...planDocumentSv,
    ...approvalsSv,
  },
  () => import('./tab.en.js').then((m) => m.tabTextsEn),
);
