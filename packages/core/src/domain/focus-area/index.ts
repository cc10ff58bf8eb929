export type { FocusArea } from './focus-area.js';
