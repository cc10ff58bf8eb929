import { render, screen } from '@testing-library/react';
import type { Decision, Plan } from '@devplan/core/domain';
import { samplePlanView } from '../reader/test-fixtures.js';
import { PlanFacts } from './PlanFacts.js';
import { TabRoot } from './TabApp.js';

const { plan } = samplePlanView();

const decision = (
  id: number,
  step: Decision['step'],
  body: string,
  date: string,
  paragraph: string,
): Decision => ({
  id,
  planId: 1,
  step,
  body,
  date,
  paragraph,
  outcome: '',
  notes: '',
});

const CHAIN = [
  decision(3, 'ks', 'Kommunstyrelsen (KS)', '2025-10-15', '§ 301'),
  decision(1, 'committee', 'Servicenämnden', '2025-06-17', '§ 64'),
  decision(2, 'ksau', 'Kommunstyrelsens arbetsutskott (KSAU)', '2025-09-15', '§ 426'),
];

const show = (p: Plan, decisions: Decision[], locale: 'sv' | 'en' = 'sv') =>
  render(
    <TabRoot theme="light" locale={locale}>
      <PlanFacts plan={p} decisions={decisions} initiatives={13} />
    </TabRoot>,
  );

describe('the plan’s facts in the tab', () => {
  // TabRoot loads its theme on demand: each test waits for its text to show.
  it('gives the decision with its paragraph and the budget, as the web part does', async () => {
    show(plan, CHAIN);
    expect(
      await screen.findByText(
        'Godkänd av kommunstyrelsen: Kommunstyrelsen (KS) 15 okt. 2025 § 301. Diarienummer STK-2025-1042. Begärd budget 7 mnkr. 13 insatser.',
      ),
    ).toBeTruthy();
  });

  it('leaves out what the plan does not give, and speaks English when the tab does', async () => {
    show({ ...plan, status: 'draft', caseNumber: '', budgetRequested: null }, [], 'en');
    expect(await screen.findByText(/^Draft\. 13 initiatives\.$/)).toBeTruthy();
  });
});
