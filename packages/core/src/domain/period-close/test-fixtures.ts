import type { PublishedFollowUp } from '../approval/approval.js';
import type { Effect, Measurement } from '../effect/effect.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import type { Initiative } from '../initiative/initiative.js';
import type { Decision, Plan } from '../plan/plan.js';
import type { SnapshotInput } from './snapshot.js';

/**
 * A small plan for tests of period close: two areas (given out of order), three initiatives, two approved
 * follow-ups of T1 2026 (one superseded by a later approval), one of T2, one of another plan, an effect with
 * measurements before and after the close. Invented test data, not product data.
 */
export function sampleSnapshotInput(): SnapshotInput {
  const plan: Plan = {
    id: 1,
    title: 'Utvecklingsplan 2026',
    planYear: 2026,
    caseNumber: 'STK-2025-1042',
    status: 'approved',
    summary: 'Planens sammanfattning',
    budgetRequested: 7,
    principles: [],
  };
  const area = (id: number, title: string, sortOrder: number): FocusArea => ({
    id,
    planId: 1,
    title,
    longTermShift: `Förflyttning för ${title}`,
    sortOrder,
  });
  const initiative = (id: number, focusAreaId: number, title: string, sortOrder: number): Initiative => ({
    id,
    planId: 1,
    focusAreaId,
    title,
    description: '',
    goal: `Mål för ${title}`,
    ownerId: null,
    approverId: null,
    responsibleUnit: 'IT-avdelningen',
    administrations: [],
    principles: [],
    start: '2026-01-01',
    end: '2026-12-31',
    status: 'ongoing',
    budget: null,
    criticalFactors: '',
    investmentNeed: '',
    sortOrder,
  });
  const published = (
    id: number,
    initiativeId: number,
    period: string,
    progress: number,
    approvedAt: string,
    planId = 1,
  ): PublishedFollowUp => ({
    id,
    planId,
    initiativeId,
    followUpId: id + 100,
    periodYear: 2026,
    period,
    status: 'onTrack',
    progress,
    summary: `Sammanfattning ${id}`,
    risks: `Risk ${id}`,
    nextSteps: '',
    effectsSeen: '',
    approvedById: 9,
    approvedAt,
    decisionComment: '',
  });
  const effect: Effect = {
    id: 50,
    planId: 1,
    initiativeId: 11,
    title: 'Kortare handläggning',
    description: '',
    kind: 'qualitative',
    direction: 'benefit',
    indicator: 'Handläggningstid',
    method: 'Ärendesystemet',
    schedule: 'Varje tertial',
    measureEveryMonths: 4,
    unit: 'dagar',
    baseline: 30,
    baselineDate: '2026-01-15',
    target: 10.5,
    targetDate: '2026-12-31',
    realisedBy: 'Förvaltningen',
    followedUpBy: 'IT-avdelningen',
  };
  const measurement = (id: number, measuredAt: string, value: number): Measurement => ({
    id,
    effectId: 50,
    measuredAt,
    value,
    comment: '',
  });
  const decision: Decision = {
    id: 1,
    planId: 1,
    body: 'Servicenämnden',
    date: '2025-06-17',
    paragraph: '§ 64',
    outcome: 'Fastställd',
    notes: '',
  };
  return {
    plan,
    period: { year: 2026, period: 'T1' },
    decisions: [decision],
    focusAreas: [area(2, 'Digital förmåga', 2), area(1, 'Gemensam infrastruktur', 1)],
    initiatives: [
      initiative(12, 1, 'Nätverk', 2),
      initiative(11, 1, 'Identitet', 1),
      initiative(21, 2, 'Kompetens', 1),
    ],
    published: [
      published(1, 11, 'T1', 40, '2026-05-02T10:00:00.000Z'),
      published(2, 11, 'T1', 45, '2026-05-03T10:00:00.000Z'),
      published(3, 21, 'T1', 70, '2026-05-02T11:00:00.000Z'),
      published(4, 12, 'T2', 90, '2026-09-02T11:00:00.000Z'),
      published(5, 12, 'T1', 99, '2026-05-02T11:00:00.000Z', 7),
    ],
    effects: [effect],
    measurements: [
      measurement(2, '2026-04-30', 22),
      measurement(1, '2026-02-28', 27),
      measurement(3, '2026-06-30', 15),
    ],
    closedAt: '2026-05-10T08:00:00.000Z',
    closedBy: { id: 6, name: 'Maria Ek' },
  };
}
