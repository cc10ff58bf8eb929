import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MeasurementDue } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import { useT } from '../i18n.js';
import { Icon, type IconName } from '../icons.js';

const ICON: Record<MeasurementDue['state'], IconName> = {
  overdue: 'error',
  due: 'clock',
  upcoming: 'circle',
  unscheduled: 'dismiss',
  complete: 'check',
};

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  due: { color: tokens.colorPaletteMarigoldForeground1 },
  upcoming: { color: tokens.colorNeutralForeground3 },
  unscheduled: { color: tokens.colorNeutralForeground3 },
  complete: { color: tokens.colorPaletteGreenForeground1 },
});

/** Where an effect's measurements stand: an icon in the state's colour and the text (never colour alone). */
export function DueLabel(props: { due: MeasurementDue }) {
  const tr = useT();
  const styles = useStyles();
  const { due } = props;
  const date = formatDate(tr.locale, due.nextDue);
  const text =
    due.state === 'overdue'
      ? tr('effects.due.overdue', { date, count: due.missed.length })
      : due.state === 'due'
        ? tr('effects.due.due', { date })
        : due.state === 'upcoming'
          ? tr('effects.due.upcoming', { date })
          : tr(`effects.due.${due.state}`);
  return (
    <span className={styles.root} data-due={due.state}>
      <span className={mergeClasses(styles.icon, styles[due.state])}>
        <Icon name={ICON[due.state]} />
      </span>
      <span>{text}</span>
    </span>
  );
}
