import { approvalsEn } from '../sections/approvals.en.js';
import { commonEn } from '../sections/common.en.js';
import { dashboardEn } from '../sections/dashboard.en.js';
import { effectsEn } from '../sections/effects.en.js';
import { exampleDataEn } from '../sections/example-data.en.js';
import { loadingEn } from '../sections/loading.en.js';
import { peopleEn } from '../sections/people.en.js';
import { planDocumentEn } from '../sections/plan-document.en.js';
import { plansEn } from '../sections/plans.en.js';
import { principlesEn } from '../sections/principles.en.js';
import { readerEn } from '../sections/reader.en.js';
import { reportsEn } from '../sections/reports.en.js';
import { tabEn } from '../sections/tab.en.js';

/** The English half of `tabTexts`, fetched when the tab is shown in English. */
export const tabTextsEn = {
  ...commonEn,
  ...tabEn,
  ...plansEn,
  ...principlesEn,
  ...effectsEn,
  ...dashboardEn,
  ...peopleEn,
  ...loadingEn,
  ...exampleDataEn,
  ...readerEn,
  ...reportsEn,
  ...planDocumentEn,
  ...approvalsEn,
};
