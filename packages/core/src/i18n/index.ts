export { sv } from './sv.js';
export type { StringKey } from './sv.js';
export { en } from './en.js';
export { t, localize, localeFrom } from './translate.js';
export type { StringParams } from './translate.js';
