import { Link, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { isReadable, type Plan } from '@devplan/core/domain';
import type { PlansPort, PlanYearAnswer } from '@devplan/core';
import { useOverview, WholeView } from '../data.js';
import { OnDemandStatus } from '../OnDemandStatus.js';
import { useT } from '../i18n.js';
import { ErrorNotice } from '../operation.js';
import { PageHeading } from '../PageHeading.js';
import { usePageStyles } from '../styles.js';
import { DecisionChain, Notice } from './DecisionChain.js';
import { DraftContent } from './DraftContent.js';
import { NewPlanForm } from './NewPlanForm.js';
import { PlanDocumentSection } from './PlanDocumentSection.js';
import { PlanDetailsForm } from './PlanDetailsForm.js';
import { usePlanYears } from './use-plan-years.js';

/**
 * Plan years and decisions: every plan with its status (open one to show it), the shown plan's decision chain
 * with the next step for administrators, and a new plan year (administrators). Members and readers read.
 */
export function PlanYearsPage(props: { port: PlansPort; onOpenYear(year: number): void }) {
  const tr = useT();
  const styles = usePageStyles();
  const { plan, session, refresh, loadDetails } = useOverview();
  const { administrator, decisions, operation, reload } = usePlanYears(props.port, plan);
  const [notice, setNotice] = useState<string | null>(null);

  const recorded = async (_plan: Plan, message: string) => {
    setNotice(message);
    await Promise.all([reload(), refresh()]);
  };
  const created = async (answer: PlanYearAnswer) => {
    setNotice(
      tr('plans.new.created', {
        year: answer.plan.planYear,
        areas: answer.carried.focusAreas,
        initiatives: answer.carried.initiatives,
      }),
    );
    props.onOpenYear(answer.plan.planYear);
  };

  return (
    <div className={styles.page}>
      <PageHeading>{tr('plans.page.title')}</PageHeading>
      <p className={styles.text}>{tr('plans.page.intro')}</p>
      <Notice text={notice} />
      <section aria-labelledby="plan-years" className={styles.section}>
        <h2 id="plan-years" className={styles.subheading}>
          {tr('plans.years.heading')}
        </h2>
        <ul className={styles.list}>
          {session.plans.map((p) => (
            <li key={p.id}>
              {p.id === plan.id ? (
                <strong>
                  {p.title} – {tr(`planStatus.${p.status}`)} ({tr('plans.years.current')})
                </strong>
              ) : (
                <>
                  <Link
                    href={`?plan=${p.planYear}#/plans`}
                    onClick={(e) => {
                      e.preventDefault();
                      props.onOpenYear(p.planYear);
                    }}
                  >
                    {tr('plans.years.open', { year: p.planYear })}
                  </Link>{' '}
                  – {tr(`planStatus.${p.status}`)}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      {decisions === null ? (
        operation.busy ? (
          <Spinner size="tiny" label={tr('loading.page')} />
        ) : (
          <ErrorNotice error={operation.error} />
        )
      ) : (
        <DecisionChain
          port={props.port}
          plan={plan}
          decisions={decisions}
          administrator={administrator}
          onRecorded={recorded}
        />
      )}
      {(session.canEdit || administrator) && <PlanDocumentSection port={props.port} plan={plan} />}
      {administrator && !isReadable(plan) && (
        <PlanDetailsForm key={plan.etag} port={props.port} plan={plan} onSaved={async (m) => setNotice(m)} />
      )}
      {session.canEdit && !isReadable(plan) && (
        // A draft's content is moved and retired with the ETags read: from the whole view, read when it opens.
        <WholeView
          status={(state) => (
            <OnDemandStatus
              state={{ ...state, loading: !state.error }}
              label="loading.page"
              onRetry={loadDetails}
            />
          )}
        >
          <DraftContent />
        </WholeView>
      )}
      {administrator ? (
        <NewPlanForm key={session.plans.length} port={props.port} plans={session.plans} onCreated={created} />
      ) : (
        decisions !== null && <p className={styles.muted}>{tr('plans.page.readOnly')}</p>
      )}
    </div>
  );
}
