/** The tab's follow-up of the principles per administration: rounds, the matrix and the self-assessments. */
export { PrinciplesPage } from './PrinciplesPage.js';
export { LazyPrinciplesPage } from './lazy.js';
export { usePrinciples } from './use-principles.js';
