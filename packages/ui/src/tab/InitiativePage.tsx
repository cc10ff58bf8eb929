import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ColumnHeads, TableScroll } from './TableScroll.js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { periodOrder, TERTIAL_SCHEME, type DecisionOutcome, type Initiative } from '@devplan/core/domain';
import type { StringKey } from '@devplan/core/i18n';
import { formatDate, formatDateTime, periodLabel } from '@devplan/core/format';
import { useTab, visibleFollowUps } from './data.js';
import { useT } from './i18n.js';
import { ActivitiesSection } from './ActivitiesSection.js';
import { EffectsSection } from './effects/index.js';
import { AuditTrail, type ItemName } from './AuditTrail.js';
import { ErrorNotice, useOperation } from './operation.js';
import { PageHeading } from './PageHeading.js';
import type { InitiativeDetails } from '@devplan/core';
import { PendingApprovals } from './PendingApprovals.js';
import { EarlierYears } from './plans/EarlierYears.js';
import { usePlanReadiness } from './readiness.js';
import { routeHash, type Route } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';

/** Loads the initiative page's extras (who changed it, audit trail, decisions) with their own loading and error states. */
function useInitiativeDetails(initiative: Initiative | undefined, followUpIds: number[]) {
  const { port, session, edits } = useTab();
  // Read again after a save or delete (it adds to the audit trail); not when the activities arrive.
  const partsKey = edits;
  const operation = useOperation();
  const [details, setDetails] = useState<InitiativeDetails | null>(null);
  const idsKey = followUpIds.join(',');
  const { run } = operation;
  const { canReadWorking } = session;
  useEffect(() => {
    if (!initiative) return;
    const ids = idsKey ? idsKey.split(',').map(Number) : [];
    void run(async () => setDetails(await port.initiativeDetails(initiative, ids, canReadWorking)));
  }, [initiative, idsKey, partsKey, port, run, canReadWorking]);
  return { details, operation };
}

/** The audit trail's words for a decision's outcome. */
const DECISION_ACTIONS = {
  approved: 'tab.audit.action.approve',
  sentBack: 'tab.audit.action.sendBack',
} as const satisfies Record<DecisionOutcome, StringKey>;

/** Names the plan's items for the trail and the decisions: a focus area by its name, a follow-up by its period. */
function useItemNames(): ItemName {
  const tr = useT();
  const { view } = useTab();
  return useCallback(
    (list: string, id: number) => {
      const lists: Partial<Record<string, readonly { id: number; title: string }[]>> = {
        FocusAreas: view.focusAreas,
        Initiatives: view.initiatives,
        Activities: view.activities,
        Effects: view.effects,
      };
      const titled = lists[list];
      if (titled) return titled.find((item) => item.id === id)?.title;
      if (list !== 'FollowUps') return undefined;
      const f = view.followUps.find((item) => item.id === id);
      return f ? periodLabel(tr.locale, { year: f.periodYear, period: f.period }) : undefined;
    },
    [view, tr.locale],
  );
}

/** An initiative: facts, description, goal, readiness, activities, effects, follow-ups over time, decisions and audit trail. */
export function InitiativePage(props: {
  id: number;
  notice?: string | null;
  navigate(route: Route): void;
  /** A section to move focus to when the page opens (readiness links). */
  section?: 'effects';
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, session } = useTab();
  const initiative = view.initiatives.find((i) => i.id === props.id);
  const readiness = usePlanReadiness().initiatives.find((r) => r.initiativeId === props.id);
  const followUps = useMemo(
    () =>
      visibleFollowUps(view, session.canReadWorking)
        .filter((f) => f.initiativeId === props.id)
        .sort(
          (a, b) =>
            periodOrder(TERTIAL_SCHEME, { year: b.periodYear, period: b.period }) -
            periodOrder(TERTIAL_SCHEME, { year: a.periodYear, period: a.period }),
        ),
    [view, session.canReadWorking, props.id],
  );
  const workingIds = useMemo(
    () => view.followUps.filter((f) => f.initiativeId === props.id).map((f) => f.id),
    [view.followUps, props.id],
  );
  const { details, operation } = useInitiativeDetails(initiative, workingIds);
  const nameOf = useItemNames();
  const [notice, setNotice] = useState<string | null>(null);

  if (!initiative) {
    return (
      <div className={styles.page}>
        <PageHeading>{tr('tab.initiative.notFound')}</PageHeading>
        <Link href={routeHash({ page: 'overview' })}>{tr('tab.nav.backToOverview')}</Link>
      </div>
    );
  }
  const area = view.focusAreas.find((a) => a.id === initiative.focusAreaId);
  const none = tr('tab.value.empty');
  const canEdit = session.canEdit;

  return (
    <div className={styles.page}>
      <Link href={routeHash({ page: 'overview' })}>{tr('tab.nav.backToOverview')}</Link>
      <PageHeading>{initiative.title}</PageHeading>
      {(notice ?? props.notice) && (
        <MessageBar intent="success">
          <MessageBarBody>{notice ?? props.notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <StatusLabel status={{ kind: 'initiativeStatus', value: initiative.status }} />
        {canEdit && (
          <>
            <Button
              appearance="primary"
              onClick={() => props.navigate({ page: 'followUp', id: initiative.id })}
            >
              {tr('tab.initiative.writeFollowUp')}
            </Button>
            <Button onClick={() => props.navigate({ page: 'editInitiative', id: initiative.id })}>
              {tr('tab.initiative.edit')}
            </Button>
          </>
        )}
      </div>
      {!canEdit && <p className={styles.text}>{tr('tab.role.readOnly')}</p>}
      <PendingApprovals initiativeId={initiative.id} headingId="decide" />

      <section aria-labelledby="facts" className={styles.section}>
        <h2 id="facts" className={styles.subheading}>
          {tr('tab.initiative.facts')}
        </h2>
        <dl className={styles.dl}>
          <dt className={styles.dt}>{tr('tab.field.focusArea')}</dt>
          <dd className={styles.dd}>{area?.title ?? none}</dd>
          <dt className={styles.dt}>{tr('tab.field.owner')}</dt>
          <dd className={styles.dd}>{initiative.owner?.title ?? tr('tab.overview.noOwner')}</dd>
          <dt className={styles.dt}>{tr('tab.field.approver')}</dt>
          <dd className={styles.dd}>{initiative.approver?.title ?? tr('tab.initiative.noApprover')}</dd>
          <dt className={styles.dt}>{tr('tab.field.responsibleUnit')}</dt>
          <dd className={styles.dd}>{initiative.responsibleUnit || none}</dd>
          <dt className={styles.dt}>{tr('tab.field.administrations')}</dt>
          <dd className={styles.dd}>{initiative.administrations.join(', ') || none}</dd>
          <dt className={styles.dt}>{tr('tab.initiative.timeline')}</dt>
          <dd className={styles.dd}>
            {initiative.start || initiative.end
              ? `${formatDate(tr.locale, initiative.start) || '…'} – ${formatDate(tr.locale, initiative.end) || '…'}`
              : none}
          </dd>
          <dt className={styles.dt}>{tr('tab.field.budget')}</dt>
          <dd className={styles.dd}>
            {initiative.budget === null ? none : tr('tab.msek', { value: initiative.budget })}
          </dd>
          <dt className={styles.dt}>{tr('tab.field.investmentNeed')}</dt>
          <dd className={styles.dd}>{initiative.investmentNeed || none}</dd>
          <dt className={styles.dt}>{tr('tab.field.criticalFactors')}</dt>
          <dd className={styles.dd}>{initiative.criticalFactors || none}</dd>
        </dl>
      </section>

      <section aria-labelledby="description" className={styles.section}>
        <h2 id="description" className={styles.subheading}>
          {tr('tab.field.description')}
        </h2>
        <p className={styles.text}>{initiative.description || none}</p>
        <h3 className={styles.minor}>{tr('tab.field.goal')}</h3>
        <p className={styles.text}>{initiative.goal || none}</p>
      </section>

      {readiness && (
        <section aria-labelledby="readiness" className={styles.section}>
          <h2 id="readiness" className={styles.subheading}>
            {tr('readiness.title')}
          </h2>
          <p className={styles.text}>{tr('readiness.score', { score: readiness.score })}</p>
          {readiness.missing.length > 0 ? (
            <ul className={styles.list}>
              {readiness.missing.map((m) => (
                <li key={m.criterion}>{m.missing ? tr.pick(m.missing) : tr.pick(m.label)}</li>
              ))}
            </ul>
          ) : (
            <p className={styles.text}>{tr('tab.readiness.allMet')}</p>
          )}
        </section>
      )}

      <ActivitiesSection initiative={initiative} navigate={props.navigate} onNotice={setNotice} />

      <EffectsSection
        initiative={initiative}
        navigate={props.navigate}
        onNotice={setNotice}
        focus={props.section === 'effects'}
      />

      <section aria-labelledby="followups" className={styles.section}>
        <h2 id="followups" className={styles.subheading}>
          {tr('tab.initiative.followUps')}
        </h2>
        {!session.canReadWorking && <p className={styles.text}>{tr('tab.role.publishedOnly')}</p>}
        {followUps.length === 0 ? (
          <p className={styles.text}>{tr('tab.initiative.noFollowUps')}</p>
        ) : (
          <TableScroll label={tr('tab.initiative.followUps')}>
            <table className={styles.table}>
              <ColumnHeads
                labels={[
                  tr('tab.field.period'),
                  tr('tab.field.status'),
                  tr('tab.field.progress'),
                  tr('tab.field.state'),
                  tr('tab.field.summary'),
                ]}
              />
              <tbody>
                {followUps.map((f) => (
                  <tr key={`${f.published ? 'p' : 'w'}${f.id}`}>
                    <th scope="row" className={styles.td}>
                      {periodLabel(tr.locale, { year: f.periodYear, period: f.period })}
                    </th>
                    <td className={styles.td}>
                      <StatusLabel status={{ kind: 'followUpStatus', value: f.status }} />
                    </td>
                    <td className={styles.td}>{tr('tab.percent', { value: f.progress })}</td>
                    <td className={styles.td}>
                      <StatusLabel status={{ kind: 'followUpState', value: f.state }} />
                    </td>
                    <td className={styles.td}>{f.summary || none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <EarlierYears initiative={initiative} />

      <section aria-labelledby="history" className={styles.section}>
        <h2 id="history" className={styles.subheading}>
          {tr('tab.initiative.history')}
        </h2>
        <ErrorNotice error={operation.error} />
        {operation.busy && <Spinner size="tiny" label={tr('tab.loading.details')} />}
        {details && (
          <>
            <p className={styles.text}>
              {tr('tab.audit.stamp', {
                created: formatDateTime(tr.locale, details.stamp.created) || none,
                author: details.stamp.author ?? none,
                modified: formatDateTime(tr.locale, details.stamp.modified) || none,
                editor: details.stamp.editor ?? none,
              })}
            </p>
            <h3 className={styles.minor}>{tr('tab.initiative.decisions')}</h3>
            {session.canReadWorking ? (
              details.decisions.length === 0 ? (
                <p className={styles.text}>{tr('tab.initiative.noDecisions')}</p>
              ) : (
                <ul className={styles.list}>
                  {details.decisions.map((d) => (
                    <li key={d.id}>
                      {tr('tab.audit.entry', {
                        at: formatDateTime(tr.locale, d.decidedAt),
                        actor: d.decidedBy?.title ?? tr('tab.value.person', { id: String(d.decidedById) }),
                        action: tr(DECISION_ACTIONS[d.decision]),
                        what: nameOf('FollowUps', d.followUpId) ?? tr('list.FollowUps'),
                      })}
                      {d.comment ? ` – ${d.comment}` : ''}
                    </li>
                  ))}
                </ul>
              )
            ) : (
              <>
                {/* A reader sees the published follow-ups only: say so, rather than "no decisions". */}
                <p className={styles.text}>
                  {followUps.length === 0 ? `${tr('tab.initiative.noPublished')} ` : ''}
                  {tr('tab.initiative.publishedDecisions')}
                </p>
                {followUps.length > 0 && (
                  <ul className={styles.list}>
                    {followUps.map((f) => (
                      <li key={f.id}>
                        {tr('tab.initiative.approvedOn', {
                          period: periodLabel(tr.locale, { year: f.periodYear, period: f.period }),
                          date: 'approvedAt' in f ? formatDateTime(tr.locale, f.approvedAt) : '',
                        }).trim()}
                        {'decisionComment' in f && f.decisionComment ? ` – ${f.decisionComment}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            <h3 className={styles.minor}>{tr('list.AuditLog')}</h3>
            {!details.auditReadable ? (
              <p className={styles.text}>{tr('tab.audit.notReadable')}</p>
            ) : details.audit.length === 0 ? (
              <p className={styles.text}>{tr('tab.audit.none')}</p>
            ) : (
              <AuditTrail entries={details.audit} nameOf={nameOf} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
