import { startEn } from './sections/start.en.js';
import { startSv } from './sections/start.sv.js';
import { sideTable } from './side-table.js';

/** A key of the local start page's texts. */
export type StartKey = keyof typeof startSv;

/** A text of the local start page of `npm start` (a side table: not in the browser bundles). */
export const startText = sideTable<StartKey>({ sv: startSv, en: startEn });
