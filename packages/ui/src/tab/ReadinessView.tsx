import { Checkbox, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ColumnHeads, TableScroll } from './TableScroll.js';
import { useMemo, useState } from 'react';
import { ShowMore, useShownItems } from '../common/index.js';
import { READINESS_CRITERIA, type CriterionResult } from '@devplan/core/domain';
import { periodLabel } from '@devplan/core/format';
import { useOverview } from './data.js';
import { useT } from './i18n.js';
import { Icon } from './icons.js';
import { PageHeading } from './PageHeading.js';
import { checklistAction, usePlanReadiness } from './readiness.js';
import { routeHash } from './route.js';
import { usePageStyles } from './styles.js';

const useChecklistStyles = makeStyles({
  items: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: '16px 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    paddingBlock: tokens.spacingVerticalXXS,
  },
  icon: { marginTop: '3px' },
  met: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  notApplicable: { color: tokens.colorNeutralForeground3 },
  detail: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** One criterion of an initiative's checklist: met, missing (with a link to the spot to fix it) or not yet applicable. */
function ChecklistItem(props: { result: CriterionResult; initiativeId: number; hasEffects: boolean }) {
  const tr = useT();
  const styles = useChecklistStyles();
  const { session } = useOverview();
  const { result } = props;
  const action = checklistAction(result, props.initiativeId, {
    canEdit: session.canEdit,
    hasEffects: props.hasEffects,
  });
  const icon = result.outcome === 'met' ? 'check' : result.outcome === 'missing' ? 'dismiss' : 'circle';
  return (
    <li className={styles.item} data-criterion={result.criterion} data-outcome={result.outcome}>
      <span className={mergeClasses(styles.icon, styles[result.outcome])}>
        <Icon name={icon} />
      </span>
      <span>
        <strong>{tr(`dashboard.checklist.${result.outcome}`)}:</strong> {tr.pick(result.label)}
        {result.missing && <span className={styles.detail}>{tr.pick(result.missing)}</span>}
        {action && <Link href={routeHash(action.route)}>{tr(action.label)}</Link>}
      </span>
    </li>
  );
}

/**
 * The plan's decision readiness: the score, how many initiatives miss each criterion, and a checklist per
 * initiative whose missing items link straight to where they are fixed.
 */
export function ReadinessView() {
  const tr = useT();
  const styles = usePageStyles();
  const checklist = useChecklistStyles();
  const { view, plan } = useOverview();
  const readiness = usePlanReadiness();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const rows = useMemo(
    () => readiness.initiatives.filter((r) => !onlyMissing || r.missing.length > 0),
    [readiness, onlyMissing],
  );
  // A page of checklists at a time (a plan of 5,000 renders as quickly as one of 13), titles and effects by id.
  const list = useShownItems<(typeof rows)[number], HTMLTableSectionElement>(rows);
  const titles = useMemo(() => new Map(view.initiatives.map((i) => [i.id, i.title])), [view.initiatives]);
  const withEffects = useMemo(() => new Set(view.effects.map((e) => e.initiativeId)), [view.effects]);
  return (
    <div className={styles.page}>
      <PageHeading>{tr('tab.readiness.heading', { year: plan.planYear })}</PageHeading>
      <p className={styles.text}>
        {tr('readiness.score', { score: readiness.score })}.{' '}
        {tr('tab.readiness.fullyReady', { ready: readiness.fullyReady, total: readiness.initiatives.length })}
      </p>
      <p className={styles.text}>
        {readiness.statusPeriod
          ? tr('tab.readiness.statusPeriod', {
              period: periodLabel(tr.locale, readiness.statusPeriod.period),
              year: readiness.statusPeriod.year,
            })
          : tr('tab.readiness.noPeriodClosed')}
      </p>
      <p className={styles.text}>{tr('tab.readiness.honest')}</p>
      <section aria-labelledby="criteria" className={styles.section}>
        <h2 id="criteria" className={styles.subheading}>
          {tr('tab.readiness.byCriterion')}
        </h2>
        <TableScroll label={tr('tab.readiness.byCriterion')}>
          <table className={styles.table}>
            <ColumnHeads labels={[tr('tab.readiness.criterion'), tr('tab.readiness.missingCount')]} />
            <tbody>
              {READINESS_CRITERIA.map((c) => (
                <tr key={c}>
                  <th scope="row" className={styles.td}>
                    {tr(`readiness.criterion.${c}`)}
                  </th>
                  <td className={styles.td}>{readiness.missingByCriterion[c]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="per-initiative" className={styles.section}>
        <h2 id="per-initiative" className={styles.subheading}>
          {tr('dashboard.checklist.heading')}
        </h2>
        <Checkbox
          checked={onlyMissing}
          onChange={(_, d) => setOnlyMissing(d.checked === true)}
          label={tr('dashboard.checklist.onlyMissing')}
        />
        <TableScroll label={tr('dashboard.checklist.caption')}>
          <table className={styles.table}>
            <caption className={styles.visuallyHidden}>{tr('dashboard.checklist.caption')}</caption>
            <ColumnHeads
              labels={[
                tr('tab.overview.col.initiative'),
                tr('tab.overview.col.readiness'),
                tr('dashboard.checklist.column'),
              ]}
            />
            <tbody ref={list.listRef}>
              {list.shown.map((r) => {
                const title = titles.get(r.initiativeId);
                const hasEffects = withEffects.has(r.initiativeId);
                return (
                  <tr key={r.initiativeId} data-initiative={r.initiativeId}>
                    <th scope="row" className={styles.td}>
                      <Link href={routeHash({ page: 'initiative', id: r.initiativeId })}>
                        {title ?? r.initiativeId}
                      </Link>
                    </th>
                    <td className={styles.td}>{tr('tab.percent', { value: r.score })}</td>
                    <td className={styles.td}>
                      {r.missing.length === 0 && <p className={styles.text}>{tr('tab.readiness.allMet')}</p>}
                      <ul
                        className={checklist.items}
                        aria-label={tr('dashboard.checklist.itemsOf', { title: title ?? '' })}
                      >
                        {r.criteria.map((c) => (
                          <ChecklistItem
                            key={c.criterion}
                            result={c}
                            initiativeId={r.initiativeId}
                            hasEffects={hasEffects}
                          />
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <ShowMore list={list} group={tr('tab.readiness.checklistGroup')} locale={tr.locale} />
      </section>
    </div>
  );
}
