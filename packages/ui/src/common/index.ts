/**
 * Status presentation shared by the intranet web part and the Teams tab: every status (follow-up status and
 * approval state, initiative and activity status) as icon and text (never colour alone), and progress as a
 * labelled bar.
 */
export {
  StatusLabel,
  FollowUpStatusLabel,
  InitiativeStatusLabel,
  FOLLOW_UP_STATUS_LOOK,
  INITIATIVE_STATUS_LOOK,
  FOLLOW_UP_STATE_LOOK,
  ACTIVITY_STATUS_LOOK,
  AnyStatusLabel,
  statusLook,
  statusText,
  visuallyHidden,
} from './status/StatusLabel.js';
export type { StatusLabelProps, StatusTone, StatusOf } from './status/StatusLabel.js';
export { StatusIcon } from './status/icons.js';
export type { StatusIconName } from './status/icons.js';
export { ProgressMeter } from './status/ProgressMeter.js';
export type { ProgressMeterProps } from './status/ProgressMeter.js';
export { ShowMore, PartialPrintNotice, useShownItems, GROUP_PAGE } from './show-more.js';
export { chainDecision, decisionText, planFactTexts } from './plan-facts.js';
export type { ShownItems } from './show-more.js';
export { ExampleDataNotice } from './ExampleDataNotice.js';
export { useTexts } from './texts.js';
