/** The tab's icons are the common status icons (`views/common/status`); this name is kept for the tab's imports. */
export { StatusIcon as Icon } from '../common/index.js';
export type { StatusIconName as IconName } from '../common/index.js';
