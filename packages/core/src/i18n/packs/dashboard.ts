import { textPack } from '../packs.js';
import { dashboardSv } from '../sections/dashboard.sv.js';
import { effectsSv } from '../sections/effects.sv.js';

/** The dashboard's texts (its charts, status and readiness figures, effects), loaded with the dashboard. */
export const dashboardTexts = textPack('dashboard', { ...dashboardSv, ...effectsSv }, () =>
  import(/* webpackChunkName: "devplan-texts-dashboard-en" */ './dashboard.en.js').then(
    (m) => m.dashboardTextsEn,
  ),
);
