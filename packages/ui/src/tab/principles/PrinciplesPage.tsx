import { Field, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { levelNumber, PRINCIPLE_LEVELS } from '@devplan/core/domain';
import { formatDateTime } from '@devplan/core/format';
import type { PrinciplesPort } from '@devplan/core';
import { useOverview } from '../data.js';
import { useT } from '../i18n.js';
import { ErrorNotice } from '../operation.js';
import { PageHeading } from '../PageHeading.js';
import { Notice } from '../plans/DecisionChain.js';
import { usePageStyles } from '../styles.js';
import { AssessmentForm } from './AssessmentForm.js';
import { MissingAssessments, PrincipleMatrixTable } from './PrincipleMatrixTable.js';
import { RoundControls } from './RoundControls.js';
import { usePrinciples } from './use-principles.js';
import { usePrinciplesStyles } from './styles.js';

/**
 * The follow-up of the principles per administration (members and owners; readers never see it): the levels,
 * the round shown (open, or the latest; earlier ones can be chosen), its matrix administrations × principles
 * with what is missing, a member's form for their administration's self-assessment while a round is open, and
 * for plan administrators the controls to open and close rounds.
 */
export function PrinciplesPage(props: { port: PrinciplesPort }) {
  const tr = useT();
  const page = usePageStyles();
  const styles = usePrinciplesStyles();
  const { plan, view, session } = useOverview();
  const state = usePrinciples(props.port, plan, view.initiatives);
  const { round, openRound, matrix, rounds, operation } = state;
  const [notice, setNotice] = useState<string | null>(null);

  const changed = async (message: string, show: number | null = round?.id ?? null) => {
    setNotice(message);
    await state.reload(show);
  };

  return (
    <div className={page.page}>
      <PageHeading>{tr('principles.page.title')}</PageHeading>
      <p className={page.text}>{tr('principles.page.intro')}</p>
      <section aria-labelledby="principles-levels" className={page.section}>
        <h2 id="principles-levels" className={page.subheading}>
          {tr('principles.levels.heading')}
        </h2>
        <ul className={styles.levels}>
          {PRINCIPLE_LEVELS.map((l) => (
            <li key={l}>
              <strong>
                {tr('principles.levelValue', { number: levelNumber(l), name: tr(`principles.level.${l}`) })}
              </strong>
              {': '}
              {tr(`principles.levelHelp.${l}`)}
            </li>
          ))}
        </ul>
      </section>
      <Notice text={notice} />
      {rounds === null ? (
        operation.busy ? (
          <Spinner size="tiny" label={tr('loading.page')} />
        ) : (
          <ErrorNotice error={operation.error} />
        )
      ) : (
        <>
          <ErrorNotice error={operation.error} />
          {state.administrator && (
            <RoundControls
              port={props.port}
              plan={plan}
              open={openRound}
              matrix={matrix}
              onChanged={changed}
            />
          )}
          <section aria-labelledby="principles-matrix" className={page.section}>
            <h2 id="principles-matrix" className={page.subheading}>
              {tr('principles.matrix.heading')}
            </h2>
            <p className={page.text}>
              {!round
                ? tr('principles.round.none', { year: plan.planYear })
                : round.state === 'open'
                  ? tr('principles.round.open', {
                      label: round.label,
                      date: formatDateTime(tr.locale, round.openedAt),
                    })
                  : tr('principles.round.closed', {
                      label: round.label,
                      date: formatDateTime(tr.locale, round.closedAt),
                    })}
            </p>
            {rounds.length > 1 && round && (
              <Field label={tr('principles.round.choose')}>
                <Select
                  id="principle-round"
                  value={String(round.id)}
                  onChange={(_, d) => void state.reload(Number(d.value))}
                >
                  {rounds.map((r) => (
                    <option key={r.id} value={String(r.id)}>
                      {tr('principles.round.option', {
                        label: r.label,
                        state: tr(`principles.roundState.${r.state}`),
                      })}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {round && <PrincipleMatrixTable round={round} matrix={matrix} />}
          </section>
          {round && <MissingAssessments matrix={matrix} />}
          {openRound && round?.id === openRound.id && session.canEdit ? (
            <AssessmentForm
              key={openRound.id}
              port={props.port}
              round={openRound}
              matrix={matrix}
              onSaved={(message) => changed(message, openRound.id)}
            />
          ) : (
            !openRound && <p className={page.muted}>{tr('principles.form.noOpenRound')}</p>
          )}
        </>
      )}
    </div>
  );
}
