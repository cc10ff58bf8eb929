import { Field, Input, Link, mergeClasses, ProgressBar, Select } from '@fluentui/react-components';
import { ColumnHeads, TableScroll } from './TableScroll.js';
import { useMemo, useState } from 'react';
import {
  INITIATIVE_STATUSES,
  OVERVIEW_PAGE,
  type FocusArea,
  type InitiativeStatus,
  type OverviewInitiative,
} from '@devplan/core/domain';
import { PartialPrintNotice, ShowMore, useShownItems } from '../common/index.js';
import { periodLabel } from '@devplan/core/format';
import { OnDemandStatus } from './OnDemandStatus.js';
import {
  latestFollowUps,
  useActivities,
  useOverview,
  useWholeView,
  type OverviewShownFollowUp,
} from './data.js';
import { useT } from './i18n.js';
import { usePlanReadiness } from './readiness.js';
import { routeHash } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';
import { PageHeading } from './PageHeading.js';
import { PlanFacts } from './PlanFacts.js';

/** The filters of the overview; '' means all. */
export interface OverviewFilters {
  area: string;
  status: '' | InitiativeStatus;
  administration: string;
  /** A person's id, `none` for initiatives without owner, '' for all. */
  owner: string;
  search: string;
}

/**
 * The initiatives that pass the filters (search in title, description, goal and activities; the description and
 * goal as far as they are read: the overview's own read has neither).
 */
export function filterInitiatives<I extends OverviewInitiative>(
  initiatives: readonly I[],
  filters: OverviewFilters,
  activityTitles: ReadonlyMap<number, string> = new Map(),
): I[] {
  const needle = filters.search.trim().toLowerCase();
  return initiatives.filter(
    (i) =>
      (!filters.area || String(i.focusAreaId) === filters.area) &&
      (!filters.status || i.status === filters.status) &&
      (!filters.administration || i.administrations.includes(filters.administration)) &&
      (!filters.owner ||
        (filters.owner === 'none' ? i.ownerId === null : String(i.ownerId) === filters.owner)) &&
      (!needle ||
        [i.title, i.description ?? '', i.goal ?? '', activityTitles.get(i.id) ?? ''].some((text) =>
          text.toLowerCase().includes(needle),
        )),
  );
}

function LatestFollowUp(props: { followUp: OverviewShownFollowUp | undefined }) {
  const tr = useT();
  const f = props.followUp;
  if (!f) return <span>{tr('tab.overview.noFollowUp')}</span>;
  return (
    <span>
      {periodLabel(tr.locale, { year: f.periodYear, period: f.period })}:{' '}
      <StatusLabel status={{ kind: 'followUpStatus', value: f.status }} />
      <br />
      <StatusLabel status={{ kind: 'followUpState', value: f.state }} />
    </span>
  );
}

/** One focus area's table of initiatives, `OVERVIEW_PAGE` rows at a time (a large plan renders only what is shown). */
function AreaTable(props: {
  area: FocusArea;
  rows: readonly OverviewInitiative[];
  /** The area's initiatives in the whole plan while `rows` is only the first page of them (the app's lead). */
  total?: number;
  latest: ReadonlyMap<number, OverviewShownFollowUp>;
  scoreOf: ReadonlyMap<number, number>;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { area, latest, scoreOf } = props;
  const list = useShownItems<OverviewInitiative, HTMLTableSectionElement>(
    props.rows,
    -1,
    OVERVIEW_PAGE,
    props.total,
  );
  if (props.rows.length === 0) return null;
  const headingId = `area-${area.id}`;
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.section, styles.offscreen)}>
      <h2 id={headingId} className={styles.subheading}>
        {area.title}
      </h2>
      <TableScroll label={area.title}>
        <table className={styles.table}>
          <ColumnHeads
            labels={[
              tr('tab.overview.col.initiative'),
              tr('tab.overview.col.status'),
              tr('tab.overview.col.progress'),
              tr('tab.overview.col.owner'),
              tr('tab.overview.col.latest'),
              tr('tab.overview.col.readiness'),
            ]}
          />
          <tbody ref={list.listRef}>
            {list.shown.map((i) => {
              const f = latest.get(i.id);
              return (
                <tr key={i.id} data-initiative={i.id}>
                  <th scope="row" className={styles.td}>
                    <Link href={routeHash({ page: 'initiative', id: i.id })}>{i.title}</Link>
                  </th>
                  <td className={styles.td}>
                    <StatusLabel status={{ kind: 'initiativeStatus', value: i.status }} />
                  </td>
                  <td className={styles.td}>
                    {f ? (
                      <>
                        <span>{tr('tab.percent', { value: f.progress })}</span>
                        <ProgressBar
                          value={f.progress / 100}
                          aria-label={tr('tab.overview.progressOf', { title: i.title })}
                        />
                      </>
                    ) : (
                      <span>{tr('tab.value.empty')}</span>
                    )}
                  </td>
                  <td className={styles.td}>{i.owner?.title ?? tr('tab.overview.noOwner')}</td>
                  <td className={styles.td}>
                    <LatestFollowUp followUp={f} />
                  </td>
                  <td className={styles.td}>{tr('tab.percent', { value: scoreOf.get(i.id) ?? 0 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <ShowMore list={list} group={area.title} locale={tr.locale} />
    </section>
  );
}

/** The plan overview by focus area: status (text and icon), progress, owner, latest follow-up and readiness, with filters and search. */
export function PlanOverview(props: { initialArea?: number | null }) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, plan, session, loadDetails, rest, refresh } = useOverview();
  // Painted from the app's lead: each area's first page, with the counts and filter choices of the whole.
  const lead = view.lead;
  const readiness = usePlanReadiness();
  const [filters, setFilters] = useState<OverviewFilters>({
    area: props.initialArea ? String(props.initialArea) : '',
    status: '',
    administration: '',
    owner: '',
    search: '',
  });
  const set = (patch: Partial<OverviewFilters>) => setFilters((f) => ({ ...f, ...patch }));
  // The activities, descriptions and goals are read the first time someone searches (the overview paints
  // without them), once the overview's own read is in.
  const searching = filters.search.trim() !== '';
  const activities = useActivities(searching && !lead);
  const whole = useWholeView(searching && !lead);
  // Filters other than the area's need the whole plan: with the lead they wait for the rest.
  const narrowed = searching || !!filters.status || !!filters.administration || !!filters.owner;
  const waiting = !!lead && narrowed;

  const latest = useMemo(() => latestFollowUps(view, session.canReadWorking), [view, session.canReadWorking]);
  const activityTitles = useMemo(() => {
    const map = new Map<number, string>();
    for (const a of view.activities) map.set(a.initiativeId, `${map.get(a.initiativeId) ?? ''} ${a.title}`);
    return map;
  }, [view.activities]);
  const administrations = useMemo(
    () =>
      [...(lead?.administrations ?? new Set(view.initiatives.flatMap((i) => i.administrations)))].sort(
        (a, b) => a.localeCompare(b, 'sv'),
      ),
    [view.initiatives, lead],
  );
  const owners = useMemo(() => {
    const map = new Map<number, string>();
    if (lead) for (const o of lead.owners) map.set(o.id, o.title);
    else for (const i of view.initiatives) if (i.owner) map.set(i.owner.id, i.owner.title);
    return [...map].sort((a, b) => a[1].localeCompare(b[1], 'sv'));
  }, [view.initiatives, lead]);
  const scoreOf = useMemo(
    () => new Map(readiness.initiatives.map((r) => [r.initiativeId, r.score])),
    [readiness],
  );
  const shown = waiting ? [] : filterInitiatives(view.initiatives, filters, activityTitles);
  const areaTotal = (areaId: number) => lead?.areas.find((a) => a.areaId === areaId)?.initiatives;
  const total = lead?.total ?? view.initiatives.length;
  const shownCount = !lead ? shown.length : filters.area ? (areaTotal(Number(filters.area)) ?? 0) : total;

  return (
    // `data-rest`: where the read of the rest stands when the overview painted from the app's lead.
    <div className={styles.page} data-rest={lead ? (rest.error ? 'failed' : 'loading') : 'ready'}>
      <PageHeading>{plan.title}</PageHeading>
      <PlanFacts plan={plan} decisions={view.decisions} initiatives={total} />
      <section aria-labelledby="filters-heading" className={styles.section}>
        <h2 id="filters-heading" className={styles.visuallyHidden}>
          {tr('tab.filters.heading')}
        </h2>
        <div className={styles.row} role="search">
          <Field label={tr('tab.filters.search')}>
            <Input type="search" value={filters.search} onChange={(_, d) => set({ search: d.value })} />
          </Field>
          <Field label={tr('tab.filters.area')}>
            <Select value={filters.area} onChange={(_, d) => set({ area: d.value })}>
              <option value="">{tr('tab.filters.all')}</option>
              {view.focusAreas.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {a.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tr('tab.filters.status')}>
            <Select
              value={filters.status}
              onChange={(_, d) => set({ status: d.value as OverviewFilters['status'] })}
            >
              <option value="">{tr('tab.filters.all')}</option>
              {INITIATIVE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tr(`initiativeStatus.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tr('tab.filters.administration')}>
            <Select value={filters.administration} onChange={(_, d) => set({ administration: d.value })}>
              <option value="">{tr('tab.filters.all')}</option>
              {administrations.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tr('tab.filters.owner')}>
            <Select value={filters.owner} onChange={(_, d) => set({ owner: d.value })}>
              <option value="">{tr('tab.filters.all')}</option>
              <option value="none">{tr('tab.filters.noOwner')}</option>
              {owners.map(([id, title]) => (
                <option key={id} value={String(id)}>
                  {title}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {searching && <OnDemandStatus state={activities} label="tab.overview.searchingActivities" />}
        {searching && !activities.loading && (
          <OnDemandStatus state={whole} label="tab.overview.searchingActivities" onRetry={loadDetails} />
        )}
        {lead && <OnDemandStatus state={rest} label="tab.loading.rest" onRetry={() => void refresh()} />}
        {lead && <PartialPrintNotice locale={tr.locale} />}
        {!waiting && (
          <p role="status" className={styles.text}>
            {tr('tab.filters.count', { shown: shownCount, total })}
          </p>
        )}
      </section>
      {!waiting && shown.length === 0 && <p className={styles.text}>{tr('tab.overview.emptyFiltered')}</p>}
      {view.focusAreas.map((area) => (
        <AreaTable
          key={area.id}
          area={area}
          rows={shown.filter((i) => i.focusAreaId === area.id)}
          total={areaTotal(area.id)}
          latest={latest}
          scoreOf={scoreOf}
        />
      ))}
    </div>
  );
}
