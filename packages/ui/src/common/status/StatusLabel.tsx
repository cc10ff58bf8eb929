import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type {
  ActivityStatus,
  FollowUpState,
  FollowUpStatus,
  InitiativeStatus,
  Locale,
} from '@devplan/core/domain';
import { t, type StringKey } from '@devplan/core/i18n';
import { StatusIcon, type StatusIconName } from './icons.js';

/** The colour family of a status; always paired with an icon and a text. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    paddingBlock: '1px',
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '4px',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    '@media print': { border: '1px solid #000', borderLeftWidth: '4px' },
  },
  success: {
    borderLeftColor: tokens.colorPaletteGreenBorderActive,
    '& svg': { color: tokens.colorPaletteGreenForeground1 },
  },
  warning: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive,
    '& svg': { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
  danger: {
    borderLeftColor: tokens.colorPaletteRedBorderActive,
    '& svg': { color: tokens.colorPaletteRedForeground1 },
  },
  info: { borderLeftColor: tokens.colorBrandStroke1, '& svg': { color: tokens.colorBrandForeground1 } },
  neutral: {
    borderLeftColor: tokens.colorNeutralStroke1,
    '& svg': { color: tokens.colorNeutralForeground2 },
  },
});

/** Props of a status label. */
export interface StatusLabelProps {
  tone: StatusTone;
  icon: StatusIconName;
  text: string;
  /** A short prefix read by screen readers only, e.g. "Status". */
  srPrefix?: string;
  className?: string;
}

/** A status shown as icon and text (with a coloured edge as a third cue), never as colour alone. */
export function StatusLabel({ tone, icon, text, srPrefix, className }: StatusLabelProps): ReactElement {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, styles[tone], className)} data-status-tone={tone}>
      <StatusIcon name={icon} />
      {srPrefix ? (
        <span>
          <span style={visuallyHidden}>{srPrefix}: </span>
          {text}
        </span>
      ) : (
        <span>{text}</span>
      )}
    </span>
  );
}

/** Inline style that hides text visually but keeps it for screen readers. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Tone and icon of each follow-up status. */
export const FOLLOW_UP_STATUS_LOOK: Record<FollowUpStatus, { tone: StatusTone; icon: StatusIconName }> = {
  onTrack: { tone: 'success', icon: 'check' },
  atRisk: { tone: 'warning', icon: 'warning' },
  offTrack: { tone: 'danger', icon: 'cross' },
  done: { tone: 'info', icon: 'flag' },
};

/** Tone and icon of each initiative status. */
export const INITIATIVE_STATUS_LOOK: Record<InitiativeStatus, { tone: StatusTone; icon: StatusIconName }> = {
  planned: { tone: 'neutral', icon: 'clock' },
  ongoing: { tone: 'info', icon: 'play' },
  paused: { tone: 'warning', icon: 'pause' },
  done: { tone: 'success', icon: 'check' },
  cancelled: { tone: 'neutral', icon: 'slash' },
};

/** The reported status of a follow-up (on track, at risk, off track, done) as icon and text. */
export function FollowUpStatusLabel({
  status,
  locale,
  srPrefix,
}: {
  status: FollowUpStatus;
  locale: Locale;
  srPrefix?: string;
}): ReactElement {
  const look = FOLLOW_UP_STATUS_LOOK[status];
  return <StatusLabel {...look} text={t(locale, `followUpStatus.${status}`)} srPrefix={srPrefix} />;
}

/** The life-cycle status of an initiative (planned, ongoing …) as icon and text. */
export function InitiativeStatusLabel({
  status,
  locale,
  srPrefix,
}: {
  status: InitiativeStatus;
  locale: Locale;
  srPrefix?: string;
}): ReactElement {
  const look = INITIATIVE_STATUS_LOOK[status];
  return <StatusLabel {...look} text={t(locale, `initiativeStatus.${status}`)} srPrefix={srPrefix} />;
}

/** Tone and icon of each state of a follow-up's approval (draft, submitted, approved, sent back). */
export const FOLLOW_UP_STATE_LOOK: Record<FollowUpState, { tone: StatusTone; icon: StatusIconName }> = {
  draft: { tone: 'neutral', icon: 'edit' },
  submitted: { tone: 'info', icon: 'send' },
  approved: { tone: 'success', icon: 'check' },
  sentBack: { tone: 'warning', icon: 'undo' },
};

/** Tone and icon of each activity status. */
export const ACTIVITY_STATUS_LOOK: Record<ActivityStatus, { tone: StatusTone; icon: StatusIconName }> = {
  notStarted: { tone: 'neutral', icon: 'circle' },
  ongoing: { tone: 'info', icon: 'play' },
  done: { tone: 'success', icon: 'check' },
  cancelled: { tone: 'neutral', icon: 'slash' },
};

/** Any status the views show, by kind (the key of its text is `<kind>.<value>`). */
export type StatusOf =
  | { kind: 'followUpStatus'; value: FollowUpStatus }
  | { kind: 'followUpState'; value: FollowUpState }
  | { kind: 'initiativeStatus'; value: InitiativeStatus }
  | { kind: 'activityStatus'; value: ActivityStatus };

/** Tone and icon of any status (one table per kind). */
export function statusLook(status: StatusOf): { tone: StatusTone; icon: StatusIconName } {
  switch (status.kind) {
    case 'followUpStatus':
      return FOLLOW_UP_STATUS_LOOK[status.value];
    case 'followUpState':
      return FOLLOW_UP_STATE_LOOK[status.value];
    case 'initiativeStatus':
      return INITIATIVE_STATUS_LOOK[status.value];
    case 'activityStatus':
      return ACTIVITY_STATUS_LOOK[status.value];
  }
}

/** The text of any status in a language. */
export function statusText(locale: Locale, status: StatusOf): string {
  return t(locale, `${status.kind}.${status.value}` as StringKey);
}

/** Any status (follow-up status or state, initiative or activity status) as icon and text. */
export function AnyStatusLabel({
  status,
  locale,
  srPrefix,
}: {
  status: StatusOf;
  locale: Locale;
  srPrefix?: string;
}): ReactElement {
  return <StatusLabel {...statusLook(status)} text={statusText(locale, status)} srPrefix={srPrefix} />;
}
