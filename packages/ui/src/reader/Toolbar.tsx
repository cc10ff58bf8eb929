import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FocusArea, Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { useControlStyles } from '../common/controls.js';
import { READER_LAYOUTS, type ReaderLayout } from './settings.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalM,
    '@media print': { display: 'none' },
  },
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  count: { color: tokens.colorNeutralForeground2, alignSelf: 'center' },
});

/** Props of the toolbar. */
export interface ToolbarProps {
  locale: Locale;
  layout: ReaderLayout;
  onLayout: (layout: ReaderLayout) => void;
  areas: readonly FocusArea[];
  areaId: number | null;
  onArea: (areaId: number | null) => void;
  shown: number;
  total: number;
}

/** Layout buttons, the focus-area filter, how many initiatives are shown, and print. Hidden when printing. */
export function Toolbar({
  locale,
  layout,
  onLayout,
  areas,
  areaId,
  onArea,
  shown,
  total,
}: ToolbarProps): ReactElement {
  const styles = useStyles();
  const controls = useControlStyles();
  return (
    <div className={styles.root} role="group" aria-label={t(locale, 'reader.toolbar.label')}>
      <div className={styles.field}>
        <span className={styles.label} id="devplan-layout-label">
          {t(locale, 'reader.layout.label')}
        </span>
        <div className={controls.toggleGroup} role="group" aria-labelledby="devplan-layout-label">
          {READER_LAYOUTS.map((l) => (
            <button
              key={l}
              type="button"
              className={mergeClasses(controls.button, layout === l && controls.pressed)}
              aria-pressed={layout === l}
              onClick={() => onLayout(l)}
              data-layout-button={l}
            >
              {t(locale, `reader.layout.${l}`)}
            </button>
          ))}
        </div>
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor="devplan-area-filter">
          {t(locale, 'reader.filter.area')}
        </label>
        <select
          id="devplan-area-filter"
          className={controls.select}
          value={areaId === null ? '' : String(areaId)}
          onChange={(event) => onArea(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t(locale, 'reader.filter.allAreas')}</option>
          {areas.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <span className={styles.count} role="status" aria-live="polite">
        {t(locale, 'reader.filter.count', { shown, total })}
      </span>
      <button type="button" className={controls.button} onClick={() => window.print()}>
        {t(locale, 'reader.print')}
      </button>
    </div>
  );
}
