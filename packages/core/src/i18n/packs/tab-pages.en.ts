import { approvalsEn } from '../sections/approvals.en.js';
import { effectsEn } from '../sections/effects.en.js';
import { planDocumentEn } from '../sections/plan-document.en.js';
import { plansEn } from '../sections/plans.en.js';
import { principlesEn } from '../sections/principles.en.js';
import { reportsEn } from '../sections/reports.en.js';
import { tabEn } from '../sections/tab.en.js';

/** The English half of `tabPageTexts`, fetched when those pages are shown in English. */
export const tabPageTextsEn = {
  ...tabEn,
  ...plansEn,
  ...principlesEn,
  ...effectsEn,
  ...reportsEn,
  ...planDocumentEn,
  ...approvalsEn,
};
