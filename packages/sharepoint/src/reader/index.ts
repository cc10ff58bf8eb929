/**
 * What a reader host (the web part, the preview page) needs to read a plan, without the writing repositories
 * and their input schemas: the plan source over PnPjs, the site handle and the bearer-token behaviour.
 */
export { planSourceFrom } from './source.js';
export type { PlanSourceOptions } from './source.js';
export { browserViewHints, layeredViewHints, settingsViewHints } from './view-hints.js';
export type { ViewHint, ViewHintStore } from './view-hints.js';
export { PlanSite } from '../client/site.js';
export { TokenAuthenticated } from '../client/behaviors.js';
export type { TokenProvider } from '../client/behaviors.js';
export { browserSealMemory } from '../integrity/seal-memory.js';
