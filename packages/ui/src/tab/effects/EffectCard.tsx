import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { lazy } from 'react';
import { measurementDue, type Effect, type Measurement } from '@devplan/core/domain';
import { formatDate } from '@devplan/core/format';
import { ChartFigure, effectSummary, effectTable, formatValue } from '../../dashboard/index.js';
import { useT } from '../i18n.js';
import { today } from '../readiness.js';
import { routeHash } from '../route.js';
import { usePageStyles } from '../styles.js';
import { DueLabel } from './DueLabel.js';
import { MeasurementForm } from './MeasurementForm.js';

const EffectChart = lazy(() =>
  import(/* webpackChunkName: "devplan-charts" */ '../../dashboard/charts.js').then((m) => ({
    default: m.EffectChart,
  })),
);

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/**
 * One effect: its benefit-realisation plan (every field), whether a measurement is due, its measurements
 * as a chart against baseline and target with a text alternative, and for members: record a measurement,
 * edit, delete.
 */
export function EffectCard(props: {
  effect: Effect;
  measurements: Measurement[] | null;
  canEdit: boolean;
  recording: boolean;
  onRecord(open: boolean): void;
  onRecorded(measurement: Measurement): void;
  onDelete(): void;
}) {
  const tr = useT();
  const page = usePageStyles();
  const styles = useStyles();
  const { effect } = props;
  const own = (props.measurements ?? []).filter((m) => m.effectId === effect.id);
  const none = tr('tab.value.empty');
  const value = (v: number | null, date: string | null) =>
    v === null
      ? none
      : tr('effects.effect.valueWithDate', {
          value: `${formatValue(tr.locale, v)} ${effect.unit}`.trim(),
          date: formatDate(tr.locale, date) || none,
        });
  const titleId = `effect-${effect.id}-title`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-effect={effect.id}>
      <h3 id={titleId} className={styles.title}>
        {effect.title}
      </h3>
      <div className={page.row}>
        <span>
          {tr('effects.effect.kindDirection', {
            kind: tr(`effectKind.${effect.kind}`),
            direction: tr(`effectDirection.${effect.direction}`),
          })}
        </span>
        {props.measurements !== null && <DueLabel due={measurementDue(effect, own, today())} />}
      </div>
      <dl className={page.dl} aria-label={tr('effects.effect.facts', { title: effect.title })}>
        {effect.description && (
          <>
            <dt className={page.dt}>{tr('tab.field.description')}</dt>
            <dd className={page.dd}>{effect.description}</dd>
          </>
        )}
        <dt className={page.dt}>{tr('tab.field.indicator')}</dt>
        <dd className={page.dd}>{effect.indicator || none}</dd>
        <dt className={page.dt}>{tr('tab.field.method')}</dt>
        <dd className={page.dd}>{effect.method || none}</dd>
        <dt className={page.dt}>{tr('tab.field.schedule')}</dt>
        <dd className={page.dd}>
          {[
            effect.schedule,
            effect.measureEveryMonths
              ? tr('effects.effect.everyMonths', { months: effect.measureEveryMonths })
              : tr('effects.effect.noInterval'),
          ]
            .filter(Boolean)
            .join(' – ')}
        </dd>
        <dt className={page.dt}>{tr('tab.field.unit')}</dt>
        <dd className={page.dd}>{effect.unit || none}</dd>
        <dt className={page.dt}>{tr('tab.field.baseline')}</dt>
        <dd className={page.dd}>{value(effect.baseline, effect.baselineDate)}</dd>
        <dt className={page.dt}>{tr('tab.field.target')}</dt>
        <dd className={page.dd}>{value(effect.target, effect.targetDate)}</dd>
        <dt className={page.dt}>{tr('tab.field.realisedBy')}</dt>
        <dd className={page.dd}>{effect.realisedBy || none}</dd>
        <dt className={page.dt}>{tr('tab.field.followedUpBy')}</dt>
        <dd className={page.dd}>{effect.followedUpBy || none}</dd>
      </dl>
      {props.measurements !== null && (
        <ChartFigure
          id={`effect-${effect.id}-chart`}
          locale={tr.locale}
          level={4}
          heading={tr('effects.effect.measurements')}
          summary={effectSummary(tr.locale, effect, own)}
          table={effectTable(tr.locale, effect, own)}
        >
          <EffectChart effect={effect} measurements={own} locale={tr.locale} />
        </ChartFigure>
      )}
      {props.canEdit && (
        <div className={page.row}>
          <Button
            appearance={props.recording ? 'secondary' : 'primary'}
            aria-expanded={props.recording}
            aria-label={tr('effects.action.recordFor', { title: effect.title })}
            onClick={() => props.onRecord(!props.recording)}
          >
            {tr('effects.action.record')}
          </Button>
          <Link
            href={routeHash({ page: 'editEffect', id: effect.initiativeId, effectId: effect.id })}
            aria-label={tr('effects.action.editFor', { title: effect.title })}
          >
            {tr('tab.action.edit')}
          </Link>
          <Button
            appearance="subtle"
            aria-label={tr('effects.action.deleteFor', { title: effect.title })}
            // The confirmation names how many measurements go with the effect: not before they are read.
            disabledFocusable={props.measurements === null}
            onClick={props.onDelete}
          >
            {tr('effects.action.delete')}
          </Button>
        </div>
      )}
      {props.canEdit && props.recording && (
        <MeasurementForm effect={effect} onSaved={props.onRecorded} onCancel={() => props.onRecord(false)} />
      )}
    </article>
  );
}
