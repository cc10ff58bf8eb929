import type * as AdaptiveCardsModule from 'adaptivecards';
import { approvalCard, changesSincePrevious, type ApprovalCardModel } from './approval-card.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;

const model: ApprovalCardModel = {
  locale: 'sv',
  plan: { title: 'Utvecklingsplan 2026', caseNumber: 'STK-2025-1042', planYear: 2026 },
  areaTitle: 'Information',
  initiativeTitle: 'Förankra informationsstrategin',
  followUp: {
    id: 7,
    version: 3,
    periodYear: 2026,
    period: 'T2',
    status: 'atRisk',
    progress: 40,
    summary: 'Försenad upphandling.',
    risks: 'Leverantör',
    nextSteps: '',
    state: 'submitted',
  },
  submittedByName: 'Sara Lindqvist',
  previous: { periodYear: 2026, period: 'T1', status: 'onTrack', progress: 20, risks: '' },
  readinessScore: 57,
  approverName: 'Karin Nilsson',
  decision: null,
  data: { followUpId: 7, version: 3, sig: 'x' },
  refreshUserIds: ['8:orgid:abc'],
};

const parse = (card: object) => {
  const parsed = new AdaptiveCards.AdaptiveCard();
  const errors = new AdaptiveCards.SerializationContext();
  parsed.parse(card, errors);
  return {
    parsed,
    errors: Array.from({ length: errors.eventCount }, (_, i) => errors.getEventAt(i).message),
  };
};

describe('the approval card', () => {
  it('is an Adaptive Card 1.5 that Microsoft’s parser reads without errors, in both views', () => {
    for (const view of ['status', 'approver'] as const) {
      const card = approvalCard(model, view);
      expect(card.version).toBe('1.5');
      expect(parse(card).errors).toEqual([]);
    }
  });

  it('gives everyone the status with a refresh for the approver, and the approver Approve and Send back', () => {
    const status = approvalCard(model, 'status');
    expect(status.actions).toBeUndefined();
    expect(status.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'refresh', data: model.data },
      userIds: ['8:orgid:abc'],
    });
    const approver = approvalCard(model, 'approver');
    expect(approver.actions?.map((a) => [a.verb, a.title, a.data])).toEqual([
      ['approve', 'Godkänn', model.data],
      ['sendBack', 'Skicka tillbaka', model.data],
    ]);
    expect(approver.body.some((e) => e.type === 'Input.Text' && e.id === 'comment')).toBe(true);
  });

  it('shows what changed since the last approved follow-up', () => {
    expect(changesSincePrevious(model)).toEqual([
      'Status: Enligt plan → Risk för avvikelse',
      'Genomfört: 20 % → 40 %',
      'Risker: – → Leverantör',
    ]);
    expect(changesSincePrevious({ ...model, previous: null })).toEqual([
      'Ingen tidigare godkänd uppföljning.',
    ]);
  });

  it('after a decision shows it, with no actions and no refresh, in English when asked', () => {
    const card = approvalCard(
      {
        ...model,
        locale: 'en',
        decision: {
          outcome: 'sentBack',
          byName: 'Karin Nilsson',
          at: '2026-05-04T09:30:00Z',
          comment: 'Add risks',
        },
      },
      'approver',
    );
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
    // 09:30 UTC is 11:30 in Stockholm in May (summer time).
    expect(JSON.stringify(card)).toContain('Sent back by Karin Nilsson 4 May 2026, 11:30.');
    expect(JSON.stringify(card)).toContain('Comment: Add risks');
  });

  it('shows when a decision was made in Stockholm time, also when that is past midnight', () => {
    const card = approvalCard(
      {
        ...model,
        decision: { outcome: 'approved', byName: 'Karin Nilsson', at: '2026-12-03T23:27:00Z', comment: '' },
      },
      'status',
    );
    expect(JSON.stringify(card)).toContain('Godkänd av Karin Nilsson 4 dec. 2026 00:27.');
  });
});
