import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  track: {
    position: 'relative',
    width: '8rem',
    height: '8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
    '@media print': { border: '1px solid #000' },
  },
  fill: {
    position: 'absolute',
    insetBlock: 0,
    left: 0,
    backgroundColor: tokens.colorBrandBackground,
    '@media print': { backgroundColor: '#000', printColorAdjust: 'exact' },
  },
  value: { fontVariantNumeric: 'tabular-nums' },
});

/** Props of a progress meter. */
export interface ProgressMeterProps {
  /** 0–100. */
  value: number;
  /** Accessible name, e.g. "Progress". */
  label: string;
  /** The value as text, e.g. "45 %". */
  valueText: string;
}

/** Progress as a bar with its value written beside it (the number is the information; the bar repeats it). */
export function ProgressMeter({ value, label, valueText }: ProgressMeterProps): ReactElement {
  const styles = useStyles();
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <span className={styles.root}>
      <span
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
      >
        <span className={styles.fill} style={{ width: `${clamped}%` }} />
      </span>
      <span className={styles.value} aria-hidden="true">
        {valueText}
      </span>
    </span>
  );
}
