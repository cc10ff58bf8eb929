import { commonEn } from './sections/common.en.js';
import { approvalsEn } from './sections/approvals.en.js';
import { dashboardEn } from './sections/dashboard.en.js';
import { effectsEn } from './sections/effects.en.js';
import { exampleDataEn } from './sections/example-data.en.js';
import { loadingEn } from './sections/loading.en.js';
import { peopleEn } from './sections/people.en.js';
import { readerEn } from './sections/reader.en.js';
import { reportsEn } from './sections/reports.en.js';
import { plansEn } from './sections/plans.en.js';
import { planDocumentEn } from './sections/plan-document.en.js';
import { principlesEn } from './sections/principles.en.js';
import { tabEn } from './sections/tab.en.js';
import { tabFirstEn } from './sections/tab-first.en.js';
import type { StringKey } from './sv.js';

/** English texts; the type makes sure every Swedish key has an English text. */
export const en: Record<StringKey, string> = {
  ...approvalsEn,
  ...dashboardEn,
  ...effectsEn,
  ...exampleDataEn,
  ...loadingEn,
  ...peopleEn,
  ...readerEn,
  ...reportsEn,
  ...plansEn,
  ...planDocumentEn,
  ...principlesEn,
  ...tabEn,
  ...tabFirstEn,
  ...commonEn,
};
