import { textPack } from '../packs.js';
import { approvalsSv } from '../sections/approvals.sv.js';
import { effectsSv } from '../sections/effects.sv.js';
import { planDocumentSv } from '../sections/plan-document.sv.js';
import { plansSv } from '../sections/plans.sv.js';
import { principlesSv } from '../sections/principles.sv.js';
import { reportsSv } from '../sections/reports.sv.js';
import { tabSv } from '../sections/tab.sv.js';

/**
 * The texts of the tab's pages loaded on demand (initiatives, forms, effects, periods and reports, plan years,
 * principles, approvals) and of the card inbox: a browser host loads this module with those pages, so the
 * tab's first chunk carries only `tabTexts`.
 */
export const tabPageTexts = textPack(
  'tab-pages',
  {
    ...tabSv,
    ...plansSv,
    ...principlesSv,
    ...effectsSv,
    ...reportsSv,
    ...planDocumentSv,
    ...approvalsSv,
  },
  () => import('./tab-pages.en.js').then((m) => m.tabPageTextsEn),
);
