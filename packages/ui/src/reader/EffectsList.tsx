import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, ReaderEffectData } from '@devplan/core/domain';
import { formatDate, formatNumber } from '@devplan/core/format';
import { t } from '@devplan/core/i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlockEnd: tokens.spacingVerticalXS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0 },
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

function valueText(locale: Locale, value: number | null, unit: string, date: string | null): string {
  if (value === null) return t(locale, 'reader.effects.notGiven');
  const params = { value: formatNumber(locale, value), unit };
  return (
    date
      ? t(locale, 'reader.effects.valueAt', { ...params, date: formatDate(locale, date) })
      : t(locale, 'reader.effects.value', params)
  ).replace(/\s+/g, ' ');
}

/** An initiative's expected effects with indicator, baseline and target. */
export function EffectsList({
  effects,
  locale,
}: {
  effects: readonly ReaderEffectData[];
  locale: Locale;
}): ReactElement {
  const styles = useStyles();
  if (effects.length === 0) return <p className={styles.meta}>{t(locale, 'reader.effects.none')}</p>;
  return (
    <ul className={styles.list}>
      {effects.map((effect) => (
        <li key={effect.id} className={styles.item}>
          <strong>{effect.title}</strong>
          {' · '}
          {t(locale, `effectKind.${effect.kind}`)}, {t(locale, `effectDirection.${effect.direction}`)}
          <dl className={styles.facts}>
            {effect.indicator && (
              <>
                <dt>{t(locale, 'reader.effects.indicator')}</dt>
                <dd>{effect.indicator}</dd>
              </>
            )}
            <dt>{t(locale, 'reader.effects.baseline')}</dt>
            <dd>{valueText(locale, effect.baseline, effect.unit, effect.baselineDate)}</dd>
            <dt>{t(locale, 'reader.effects.target')}</dt>
            <dd>{valueText(locale, effect.target, effect.unit, effect.targetDate)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
