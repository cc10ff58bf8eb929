/**
 * Status presentation shared by the intranet web part and the Teams tab: statuses as icon and text (never
 * colour alone) and progress as a labelled bar.
 */
export {
  StatusLabel,
  FollowUpStatusLabel,
  InitiativeStatusLabel,
  FOLLOW_UP_STATUS_LOOK,
  INITIATIVE_STATUS_LOOK,
  visuallyHidden,
} from './status/StatusLabel.js';
export type { StatusLabelProps, StatusTone } from './status/StatusLabel.js';
export { StatusIcon } from './status/icons.js';
export type { StatusIconName } from './status/icons.js';
export { ProgressMeter } from './status/ProgressMeter.js';
export type { ProgressMeterProps } from './status/ProgressMeter.js';
