import type * as AdaptiveCardsModule from 'adaptivecards';
import { approvalCard, changesSincePrevious, type ApprovalCardModel } from './approval-card.js';
import { CARD_BUDGET_BYTES, cardBytes, shortenText, utf8Bytes } from './budget.js';

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

describe('the approval card within Teams’ limits', () => {
  const swedish = (n: number) =>
    'Åtgärder för återställning av äldre system påbörjas. '.repeat(n).slice(0, 63_999);
  const long: ApprovalCardModel = {
    ...model,
    followUp: { ...model.followUp, summary: swedish(1300), risks: swedish(1300), nextSteps: swedish(1300) },
    previous: { ...model.previous!, risks: swedish(1300) },
    openUrl:
      'https://teams.microsoft.com/l/entity/app/plan?context=%7B%22subEntityId%22%3A%22initiative%2F7%22%7D',
  };

  it('fits 26 KB with three 63,999-character fields of Swedish text, says so and links to the whole follow-up', () => {
    expect(utf8Bytes(long.followUp.summary)).toBeGreaterThan(63_999);
    const decided = {
      ...long,
      decision: {
        outcome: 'sentBack' as const,
        byName: 'Karin Nilsson',
        at: '2026-06-14T22:16:00Z',
        comment: swedish(40),
      },
    };
    for (const [name, card] of [
      ['status', approvalCard(long, 'status')],
      ['approver', approvalCard(long, 'approver')],
      ['decided', approvalCard(decided, 'status')],
    ] as const) {
      expect([name, cardBytes(card) <= CARD_BUDGET_BYTES]).toEqual([name, true]);
      expect(parse(card).errors).toEqual([]);
      const texts = JSON.stringify(card);
      expect(texts).toContain('Långa texter är förkortade på kortet. Läs hela uppföljningen i fliken.');
      expect(card.body).toContainEqual({
        type: 'ActionSet',
        id: 'open',
        actions: [{ type: 'Action.OpenUrl', title: 'Öppna i fliken', url: long.openUrl }],
      });
    }
  });

  it('keeps short texts whole, without the shortening line, and is full width', () => {
    const card = approvalCard(model, 'approver');
    expect(JSON.stringify(card)).not.toContain('förkortade');
    expect(card.body).toContainEqual(
      expect.objectContaining({ id: 'summary', text: 'Försenad upphandling.' }),
    );
    expect(card.msteams).toEqual({ width: 'full' });
  });

  it('cuts a text at a word, whole characters only, and ends it with an ellipsis', () => {
    expect(shortenText('Åtta små älgar åt äpplen i skogen', 22)).toEqual({
      text: 'Åtta små älgar åt…',
      shortened: true,
    });
    expect(shortenText('kort', 12)).toEqual({ text: 'kort', shortened: false });
    expect([...shortenText('😀'.repeat(20), 5).text]).toHaveLength(5);
  });
});

describe('times on the approval card', () => {
  const decidedAt = (at: string) =>
    JSON.stringify(
      approvalCard(
        { ...model, decision: { outcome: 'approved', byName: 'Karin Nilsson', at, comment: '' } },
        'status',
      ),
    );

  it('shows a decision at 00:16 Swedish summer time as 00:16 on the right day, not UTC', () => {
    expect(decidedAt('2026-06-14T22:16:00Z')).toContain('15 juni 2026 00:16');
  });

  it('shows a decision at 00:16 Swedish winter time as 00:16, and across the change to summer time', () => {
    expect(decidedAt('2026-01-14T23:16:00Z')).toContain('15 jan. 2026 00:16');
    expect(decidedAt('2026-03-29T00:59:00Z')).toContain('29 mars 2026 01:59');
    expect(decidedAt('2026-03-29T01:00:00Z')).toContain('29 mars 2026 03:00');
  });
});

describe('what the approval card lists as changed', () => {
  it('names a changed summary without repeating it, and says when nothing changed', () => {
    const previous = { ...model.previous!, status: 'atRisk' as const, progress: 40, risks: 'Leverantör' };
    expect(
      changesSincePrevious({ ...model, previous: { ...previous, summary: 'Förra tertialet.' } }),
    ).toEqual(['Sammanfattningen är ändrad (se ovan).']);
    expect(
      changesSincePrevious({ ...model, previous: { ...previous, summary: 'Försenad upphandling.' } }),
    ).toEqual(['Inga ändringar i status, genomförande, risker eller sammanfattning.']);
  });
});
