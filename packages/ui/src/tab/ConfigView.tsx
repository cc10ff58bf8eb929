import { Field, Link, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FocusArea } from '@devplan/core/domain';
import { configQuery, type TabConfig } from './config.js';
import { useOverview } from './data.js';
import { useT } from './i18n.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PageHeading } from './PageHeading.js';
import { usePageStyles } from './styles.js';

/**
 * The channel tab's configuration page: choose the plan and, optionally, one focus area. Every change is
 * reported to the host (Teams saves it with the tab); in a plain browser the resulting link is shown.
 */
export function ConfigView(props: { onChange(config: TabConfig): void; standalone: boolean }) {
  const tr = useT();
  const styles = usePageStyles();
  const { session, plan, view, port } = useOverview();
  const [config, setConfig] = useState<TabConfig>({ planYear: plan.planYear, focusAreaId: null });
  const [areas, setAreas] = useState<FocusArea[]>(view.focusAreas);
  const operation = useOperation();
  const { run } = operation;
  const { onChange } = props;

  useEffect(() => {
    onChange(config);
  }, [config, onChange]);

  const choosePlan = (year: number) => {
    setConfig({ planYear: year, focusAreaId: null });
    const chosen = session.plans.find((p) => p.planYear === year);
    if (!chosen) return;
    if (chosen.id === plan.id) setAreas(view.focusAreas);
    else void run(async () => setAreas(await port.planFocusAreas(chosen)));
  };

  return (
    <div className={styles.page}>
      <PageHeading>{tr('tab.config.heading')}</PageHeading>
      <p className={styles.text}>{tr('tab.config.intro')}</p>
      <Field label={tr('tab.config.plan')}>
        <Select value={String(config.planYear)} onChange={(_, d) => choosePlan(Number(d.value))}>
          {session.plans.map((p) => (
            <option key={p.id} value={String(p.planYear)}>
              {p.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr('tab.config.area')} hint={tr('tab.config.areaHint')}>
        <Select
          value={config.focusAreaId ? String(config.focusAreaId) : ''}
          onChange={(_, d) => setConfig((c) => ({ ...c, focusAreaId: d.value ? Number(d.value) : null }))}
        >
          <option value="">{tr('tab.config.allAreas')}</option>
          {areas.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.title}
            </option>
          ))}
        </Select>
      </Field>
      <ErrorNotice error={operation.error} />
      {props.standalone && (
        <p className={styles.text}>
          {tr('tab.config.standalone')} <Link href={`./${configQuery(config)}`}>{tr('tab.config.open')}</Link>
        </p>
      )}
    </div>
  );
}
