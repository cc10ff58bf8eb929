import { dashboardEn } from '../sections/dashboard.en.js';
import { effectsEn } from '../sections/effects.en.js';

/** The English half of `dashboardTexts`. */
export const dashboardTextsEn = { ...dashboardEn, ...effectsEn };
