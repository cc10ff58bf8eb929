import type { Effect, FocusArea, Initiative, PlanView, PublishedFollowUp } from '@devplan/core/domain';

/**
 * A small plan view for tests of the reader: two areas, three initiatives, follow-ups published for T1 and T2
 * and one effect. Invented test data, not product data.
 */
export function samplePlanView(): PlanView {
  const area = (id: number, title: string, sortOrder: number): FocusArea => ({
    id,
    planId: 1,
    title,
    longTermShift: `Long-term text of ${title}`,
    sortOrder,
  });
  const initiative = (
    id: number,
    focusAreaId: number,
    title: string,
    extra: Partial<Initiative> = {},
  ): Initiative => ({
    id,
    planId: 1,
    focusAreaId,
    title,
    description: '',
    goal: `Goal of ${title}`,
    ownerId: null,
    approverId: null,
    responsibleUnit: '',
    administrations: [],
    principles: [],
    start: null,
    end: null,
    status: 'ongoing',
    budget: null,
    criticalFactors: '',
    investmentNeed: '',
    sortOrder: id,
    ...extra,
  });
  const published = (
    id: number,
    initiativeId: number,
    period: string,
    status: PublishedFollowUp['status'],
    progress: number,
  ): PublishedFollowUp => ({
    id,
    planId: 1,
    initiativeId,
    followUpId: id,
    periodYear: 2026,
    period,
    status,
    progress,
    summary: `Summary ${period} of initiative ${initiativeId}`,
    risks: '',
    nextSteps: '',
    effectsSeen: '',
    approvedById: 9,
    approvedAt: '2026-05-10T10:00:00Z',
    decisionComment: '',
  });
  const effect: Effect = {
    id: 1,
    planId: 1,
    initiativeId: 1,
    title: 'Fewer manual steps',
    description: '',
    kind: 'qualitative',
    direction: 'benefit',
    indicator: 'Share of digital cases',
    method: '',
    schedule: '',
    unit: '%',
    baseline: 20,
    baselineDate: '2025-12-31',
    target: 60,
    targetDate: '2026-12-31',
    realisedBy: '',
    followedUpBy: '',
    measureEveryMonths: null,
  };
  return {
    plan: {
      id: 1,
      title: 'Utvecklingsplan 2026',
      planYear: 2026,
      caseNumber: 'STK-2025-1042',
      status: 'approved',
      summary: '',
      budgetRequested: 7,
      principles: [],
    },
    decisions: [
      { id: 1, planId: 1, body: 'KS', date: '2025-10-15', paragraph: '§ 301', outcome: '', notes: '' },
    ],
    focusAreas: [area(10, 'Information', 1), area(20, 'Teknologi', 2)],
    initiatives: [
      initiative(1, 10, 'Informationsförvaltning', {
        owner: { id: 7, title: 'Sara Lindqvist' },
        ownerId: 7,
        start: '2026-02-01',
        end: '2026-09-30',
      }),
      initiative(2, 10, 'Öppna data'),
      initiative(3, 20, 'AI-uppdraget', { status: 'planned' }),
    ],
    activities: [
      {
        id: 1,
        planId: 1,
        initiativeId: 1,
        title: 'Inventera system',
        status: 'ongoing',
        due: null,
        responsible: '',
        sortOrder: 1,
      },
    ],
    effects: [effect],
    followUps: [],
    published: [
      published(1, 1, 'T1', 'onTrack', 20),
      published(2, 1, 'T2', 'atRisk', 40),
      published(3, 2, 'T2', 'onTrack', 10),
    ],
  };
}
