import { commonSv } from './sections/common.sv.js';
import { approvalsSv } from './sections/approvals.sv.js';
import { dashboardSv } from './sections/dashboard.sv.js';
import { effectsSv } from './sections/effects.sv.js';
import { exampleDataSv } from './sections/example-data.sv.js';
import { loadingSv } from './sections/loading.sv.js';
import { peopleSv } from './sections/people.sv.js';
import { readerSv } from './sections/reader.sv.js';
import { reportsSv } from './sections/reports.sv.js';
import { plansSv } from './sections/plans.sv.js';
import { planDocumentSv } from './sections/plan-document.sv.js';
import { principlesSv } from './sections/principles.sv.js';
import { tabSv } from './sections/tab.sv.js';
import { tabFirstSv } from './sections/tab-first.sv.js';

/**
 * Swedish texts (the default language). Keys are stable ids; `{name}` marks a parameter, and
 * `{count, plural, one {# insats} other {# insatser}}` a text that follows a count (see `StringParams`).
 * The English table must have exactly the same keys (checked by the type of `en`).
 * Each surface keeps its texts in its own section file under `sections/`.
 */
export const sv = {
  ...approvalsSv,
  ...dashboardSv,
  ...effectsSv,
  ...exampleDataSv,
  ...loadingSv,
  ...peopleSv,
  ...readerSv,
  ...reportsSv,
  ...plansSv,
  ...planDocumentSv,
  ...principlesSv,
  ...tabSv,
  ...tabFirstSv,
  ...commonSv,
} as const;

/** A key of the string tables. */
export type StringKey = keyof typeof sv;
