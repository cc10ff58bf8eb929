import { cardBytes, CARD_BUDGET_BYTES } from './budget';
import { planLinkCard, planLinkUnavailableCard, type PlanLinkCardModel } from './plan-link-card';

const model = (over: Partial<PlanLinkCardModel> = {}): PlanLinkCardModel => ({
  locale: 'sv',
  kind: 'followUp',
  audience: 'member',
  plan: { title: 'Utvecklingsplan 2026', planYear: 2026, readable: true },
  areaTitle: 'Information',
  initiative: { id: 7, title: 'Förankra strategin', status: 'ongoing' },
  ownerName: 'Sara Lindqvist',
  latestApproved: {
    periodYear: 2026,
    period: 'T1',
    status: 'atRisk',
    progress: 40,
    summary: 'Godkänd text.',
    approvedAt: '2026-05-04T08:00:00Z',
  },
  working: {
    periodYear: 2026,
    period: 'T2',
    status: 'offTrack',
    progress: 45,
    state: 'submitted',
    summary: 'Arbete.',
  },
  openUrl: 'https://utvecklingsplan.malmo.se/tab/#/initiative/7/follow-up',
  ...over,
});

const texts = (card: ReturnType<typeof planLinkCard>) => JSON.stringify(card.body);

describe('the link card', () => {
  it('shows statuses as icon and text, with the dates in Stockholm time', () => {
    const card = planLinkCard(model());
    expect(texts(card)).toContain('▶️ Pågår');
    expect(texts(card)).toContain('⚠️ Risk för avvikelse – Tertial 1 2026 (godkänd 4 maj 2026)');
    expect(texts(card)).toContain('📨 Inskickad – ❌ Avviker');
    expect(card.refresh?.action).toMatchObject({
      verb: 'planLink.refresh',
      data: { kind: 'followUp', initiativeId: 7 },
    });
  });

  it('gives a reader no working follow-up and the approved summary', () => {
    const card = planLinkCard(model({ audience: 'reader', working: null }));
    expect(texts(card)).not.toContain('Arbetsläge');
    expect(texts(card)).toContain('Godkänd text.');
  });

  it('stays within the card budget with a very long summary, and says it was shortened', () => {
    const long = 'Lång text om läget i förvaltningarna. '.repeat(2000);
    const card = planLinkCard(model({ working: { ...model().working!, summary: long } }));
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(card.body.some((e) => e.type === 'TextBlock' && e.id === 'shortened')).toBe(true);
  });

  it('says in English when a viewer may not see the linked initiative', () => {
    const card = planLinkUnavailableCard('en', { kind: 'initiative', initiativeId: 7 });
    expect(texts(card)).toContain('not allowed to see');
  });
});
