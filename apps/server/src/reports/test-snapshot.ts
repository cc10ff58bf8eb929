import {
  buildSnapshot,
  type FocusArea,
  type Initiative,
  type PeriodSnapshot,
  type PublishedFollowUp,
} from '@devplan/core';

/**
 * A snapshot for tests of the renderers: `initiatives` initiatives over three focus areas, all but the last
 * with an approved T1 2026 follow-up (the first one with an effect, an owner and an approver). `at` moves
 * the close and the approvals to other instants. Invented test data, not product data.
 */
export function sampleSnapshot(
  initiatives = 3,
  at: { closedAt?: string; approvedAt?: string } = {},
): PeriodSnapshot {
  const areas: FocusArea[] = [1, 2, 3].map((id) => ({
    id,
    planId: 1,
    title: ['Gemensam infrastruktur', 'Digital förmåga', 'Data och analys'][id - 1]!,
    // The first area's shift has a theme of its own, as the plan's texts write them (a short line alone).
    longTermShift:
      id === 1
        ? 'Förflyttning 1.\n\nGemensamma tjänster\n\nStaden samlar sina tjänster.'
        : `Förflyttning ${id}`,
    sortOrder: id,
  }));
  const list: Initiative[] = Array.from({ length: initiatives }, (_, n) => ({
    id: 11 + n,
    planId: 1,
    focusAreaId: [1, 2, 1][n] ?? 1 + (n % 3),
    title: ['Identitet', 'Kompetens', 'Nätverk'][n] ?? `Insats ${n + 1}`,
    description: '',
    goal: `Mål ${n + 1}`,
    ownerId: n === 0 ? 7 : null,
    approverId: n === 0 ? 9 : null,
    ...(n === 0
      ? { owner: { id: 7, title: 'Sara Lindqvist' }, approver: { id: 9, title: 'Karin Nilsson' } }
      : {}),
    responsibleUnit: '',
    administrations: [],
    principles: [],
    start: null,
    end: null,
    status: 'ongoing',
    budget: null,
    criticalFactors: '',
    investmentNeed: '',
    sortOrder: n,
  }));
  const published: PublishedFollowUp[] = list.slice(0, -1).map((i, n) => ({
    id: 100 + n,
    planId: 1,
    initiativeId: i.id,
    followUpId: 200 + n,
    periodYear: 2026,
    period: 'T1',
    status: n % 2 ? 'atRisk' : 'onTrack',
    progress: 45 + n,
    summary: `Sammanfattning ${n + 1}`,
    risks: `Risk ${n + 1}`,
    nextSteps: '',
    effectsSeen: '',
    approvedById: 9,
    approvedAt: at.approvedAt ?? '2026-05-03T10:00:00.000Z',
    decisionComment: '',
  }));
  return buildSnapshot({
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
    period: { year: 2026, period: 'T1' },
    decisions: [],
    focusAreas: areas,
    initiatives: list,
    published,
    effects: [
      {
        id: 50,
        planId: 1,
        initiativeId: 11,
        title: 'Kortare handläggning',
        description: '',
        kind: 'qualitative',
        direction: 'benefit',
        indicator: 'Handläggningstid',
        method: '',
        schedule: '',
        measureEveryMonths: null,
        unit: 'dagar',
        baseline: 30,
        baselineDate: '2026-01-15',
        target: 10,
        targetDate: '2026-12-31',
        realisedBy: '',
        followedUpBy: '',
      },
    ],
    measurements: [],
    closedAt: at.closedAt ?? '2026-05-10T08:00:00.000Z',
    closedBy: { id: 6, name: 'Maria Ek' },
  });
}
