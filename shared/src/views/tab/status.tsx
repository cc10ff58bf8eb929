import { makeStyles, tokens } from '@fluentui/react-components';
import type { ActivityStatus, FollowUpState, FollowUpStatus, InitiativeStatus } from '../../domain/index.js';
import type { StringKey } from '../../i18n/index.js';
import { Icon, type IconName } from './icons.js';
import { useT } from './i18n.js';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', columnGap: '6px', whiteSpace: 'nowrap' },
  good: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
  brand: { color: tokens.colorBrandForeground1 },
});

type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'brand';

/** Every status the tab shows, by kind. */
export type StatusOf =
  | { kind: 'followUpStatus'; value: FollowUpStatus }
  | { kind: 'followUpState'; value: FollowUpState }
  | { kind: 'initiativeStatus'; value: InitiativeStatus }
  | { kind: 'activityStatus'; value: ActivityStatus };

const LOOK: Record<string, [IconName, Tone]> = {
  'followUpStatus.onTrack': ['check', 'good'],
  'followUpStatus.atRisk': ['warning', 'warn'],
  'followUpStatus.offTrack': ['error', 'bad'],
  'followUpStatus.done': ['check', 'brand'],
  'followUpState.draft': ['edit', 'neutral'],
  'followUpState.submitted': ['send', 'brand'],
  'followUpState.approved': ['check', 'good'],
  'followUpState.sentBack': ['warning', 'warn'],
  'initiativeStatus.planned': ['circle', 'neutral'],
  'initiativeStatus.ongoing': ['play', 'brand'],
  'initiativeStatus.paused': ['pause', 'warn'],
  'initiativeStatus.done': ['check', 'good'],
  'initiativeStatus.cancelled': ['dismiss', 'neutral'],
  'activityStatus.notStarted': ['circle', 'neutral'],
  'activityStatus.ongoing': ['play', 'brand'],
  'activityStatus.done': ['check', 'good'],
  'activityStatus.cancelled': ['dismiss', 'neutral'],
};

/** The text of a status in the current language. */
export function useStatusText(): (status: StatusOf) => string {
  const tr = useT();
  return (status) => tr(`${status.kind}.${status.value}` as StringKey);
}

/**
 * A status as text and icon, never colour alone: the icon's shape differs per status and the text
 * says it. (Built here until `@devplan/shared/views/common` offers the shared presentation.)
 */
export function StatusLabel(props: { status: StatusOf }) {
  const styles = useStyles();
  const text = useStatusText()(props.status);
  const [icon, tone] = LOOK[`${props.status.kind}.${props.status.value}`] ?? (['circle', 'neutral'] as const);
  return (
    <span className={styles.root}>
      <Icon name={icon} className={styles[tone]} />
      <span>{text}</span>
    </span>
  );
}
