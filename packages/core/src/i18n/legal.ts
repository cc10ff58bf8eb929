import { legalEn } from './sections/legal.en.js';
import { legalSv } from './sections/legal.sv.js';
import { sideTable } from './side-table.js';

/** A key of the privacy and terms pages' texts. */
export type LegalKey = keyof typeof legalSv;

/** A text of the privacy and terms pages the app server serves (a side table: not in the browser bundles). */
export const legalText = sideTable<LegalKey>({ sv: legalSv, en: legalEn });
