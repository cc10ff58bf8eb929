import {
  buildPlanDocument,
  goalSentence,
  planDocumentFileName,
  textBlocks,
  type PlanDocumentBlock,
  type PlanDocumentInput,
} from './document.js';

type Input = PlanDocumentInput;

const plan: Input['plan'] = {
  id: 7,
  title: 'Utvecklingsplan för kommungemensam IT och digitalisering 2027',
  planYear: 2027,
  caseNumber: 'STK-2026-1187',
  status: 'draft',
  summary:
    'Planen tar avstamp i stadens fyra principer:\n• Digitalisering med omtanke\n• Samarbete över gränserna\n\nDen är flerårig.',
  budgetRequested: 7.5,
  principles: ['Digitalisering med omtanke', 'Skapa värde på nya sätt', ' '],
};

const area = (id: number, title: string, sortOrder: number, longTermShift = `${title} på sikt.`) => ({
  id,
  planId: plan.id,
  title,
  longTermShift,
  sortOrder,
});

const initiative = (
  id: number,
  focusAreaId: number,
  title: string,
  sortOrder: number,
  more: Partial<Input['initiatives'][number]> = {},
): Input['initiatives'][number] => ({
  id,
  planId: plan.id,
  focusAreaId,
  title,
  description: `Beskrivning av ${title}:`,
  goal: 'Målet är att det ska gå bra.',
  status: 'planned',
  sortOrder,
  ...more,
});

const activity = (
  id: number,
  initiativeId: number,
  title: string,
  sortOrder: number,
  status: Input['activities'][number]['status'] = 'notStarted',
) => ({ id, initiativeId, title, status, sortOrder });

const decision = (
  id: number,
  step: Input['decisions'][number]['step'],
  body: string,
  date: string,
  paragraph: string,
) => ({ id, planId: plan.id, step, body, date, paragraph });

function input(more: Partial<Input> = {}): Input {
  return {
    plan,
    decisions: [],
    // Out of order on purpose: the document follows sortOrder.
    focusAreas: [area(2, 'Teknologi i förändring', 2), area(1, 'Information', 1)],
    initiatives: [
      initiative(12, 1, 'Utbilda inom information', 2, { goal: 'lyfta kompetensen kring information' }),
      initiative(11, 1, 'Förankra strategin', 1),
      initiative(13, 1, 'Inställd insats', 3, { status: 'cancelled' }),
      initiative(21, 2, 'Kontinuerligt stärka IT-säkerheten', 1, { goal: '' }),
    ],
    activities: [
      activity(102, 11, 'Förberedas för beslut', 2),
      activity(101, 11, 'Förankras', 1),
      activity(103, 11, 'Struken aktivitet', 3, 'cancelled'),
      activity(104, 11, 'Kommuniceras', 4, 'done'),
    ],
    generatedAt: '2026-12-03T23:16:00Z',
    ...more,
  };
}

const headings = (blocks: PlanDocumentBlock[]) =>
  blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level} ${b.text}` : ''));

/** The blocks from the heading `text` up to the next heading of the same or a higher level. */
function under(blocks: PlanDocumentBlock[], text: string): PlanDocumentBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
  const level = (blocks[start] as { level: number }).level;
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

describe('the plan document for the committee', () => {
  it('follows the city’s structure: introduction, principles, decisions, then each area with its shift and planned initiatives', () => {
    expect(headings(buildPlanDocument(input(), 'sv').body)).toEqual([
      '1 Inledning',
      '1 Stadens principer för digitalisering',
      '1 Beslut om planen',
      '1 Information',
      '2 Förflyttningar på sikt',
      '2 Planerade insatser 2027',
      '3 Förankra strategin',
      '3 Utbilda inom information',
      '1 Teknologi i förändring',
      '2 Förflyttningar på sikt',
      '2 Planerade insatser 2027',
      '3 Kontinuerligt stärka IT-säkerheten',
    ]);
  });

  it('writes each initiative as its description, its activities as bullets in order, and "Målet är …"', () => {
    const body = buildPlanDocument(input(), 'sv').body;
    expect(under(body, 'Förankra strategin')).toEqual([
      { kind: 'paragraph', text: 'Beskrivning av Förankra strategin:' },
      { kind: 'bullets', items: ['Förankras', 'Förberedas för beslut', 'Kommuniceras'] },
      { kind: 'paragraph', text: 'Målet är att det ska gå bra.' },
    ]);
    expect(under(body, 'Utbilda inom information')).toContainEqual({
      kind: 'paragraph',
      text: 'Målet är lyfta kompetensen kring information.',
    });
    expect(under(body, 'Kontinuerligt stärka IT-säkerheten')).toContainEqual({
      kind: 'paragraph',
      text: 'Målet är inte beskrivet ännu.',
      note: true,
    });
    expect(JSON.stringify(body)).not.toContain('Inställd insats');
    expect(JSON.stringify(body)).not.toContain('Struken aktivitet');
  });

  it('turns the summary’s bullet lines into a list and lists the principles', () => {
    const body = buildPlanDocument(input(), 'sv').body;
    expect(under(body, 'Inledning')).toEqual([
      { kind: 'paragraph', text: 'Planen tar avstamp i stadens fyra principer:' },
      { kind: 'bullets', items: ['Digitalisering med omtanke', 'Samarbete över gränserna'] },
      { kind: 'paragraph', text: 'Den är flerårig.' },
    ]);
    expect(under(body, 'Stadens principer för digitalisering')).toContainEqual({
      kind: 'bullets',
      items: ['Digitalisering med omtanke', 'Skapa värde på nya sätt'],
    });
  });

  it('marks a draft on the cover, in the header, the title and the file name', () => {
    const doc = buildPlanDocument(input(), 'sv');
    expect(doc.draft).toBe(true);
    expect(doc.cover.draftNotice).toMatch(/^Utkast: planen är inte fastställd/);
    expect(doc.header).toBe(`UTKAST – ${plan.title}`);
    expect(doc.properties.title).toBe(`${plan.title} (Utkast)`);
    expect(doc.fileName).toBe('utvecklingsplan-2027-utkast.docx');
    expect(doc.language).toBe('sv-SE');
  });

  it('gives the case number, status, requested budget and the Stockholm time it was made', () => {
    const doc = buildPlanDocument(input(), 'sv');
    expect(doc.cover.facts).toEqual([
      { label: 'Planår', value: '2027' },
      { label: 'Diarienummer', value: 'STK-2026-1187' },
      { label: 'Status', value: 'Utkast' },
      { label: 'Begärd budget', value: '7,5 miljoner kronor' },
    ]);
    expect(doc.cover.generated).toBe(
      'Dokumentet är framtaget ur Utvecklingsplanen 4 december 2026 kl. 00:16.',
    );
    expect(doc.footer).toBe('Utvecklingsplan 2027 · STK-2026-1187');
    expect(doc.properties).toMatchObject({
      creator: 'Utvecklingsplanen',
      keywords: 'STK-2026-1187, 2027, Utkast',
    });
  });

  it('says that a draft has no decisions yet and what comes next', () => {
    expect(under(buildPlanDocument(input(), 'sv').body, 'Beslut om planen')).toEqual([
      { kind: 'paragraph', text: 'Inga beslut om planen är registrerade ännu.', note: true },
      { kind: 'paragraph', text: 'Nästa steg: Servicenämnden fastställer planen.' },
    ]);
  });

  it('lists the decision chain so far in its order: step, body, date and paragraph', () => {
    const doc = buildPlanDocument(
      input({
        plan: { ...plan, status: 'prepared' },
        decisions: [
          decision(2, 'ksau', 'Kommunstyrelsens arbetsutskott (KSAU)', '2026-09-15', '§ 426'),
          decision(1, 'committee', 'Servicenämnden', '2026-06-17', '§ 64'),
        ],
      }),
      'sv',
    );
    expect(doc.draft).toBe(false);
    expect(doc.header).toBeNull();
    expect(doc.fileName).toBe('utvecklingsplan-2027.docx');
    expect(under(doc.body, 'Beslut om planen')).toEqual([
      {
        kind: 'table',
        columns: ['Steg', 'Beslutande organ', 'Datum', 'Paragraf'],
        rows: [
          ['Fastställd av servicenämnden', 'Servicenämnden', '17 juni 2026', '§ 64'],
          ['Beredd av KSAU', 'Kommunstyrelsens arbetsutskott (KSAU)', '15 september 2026', '§ 426'],
        ],
      },
      { kind: 'paragraph', text: 'Nästa steg: Kommunstyrelsen godkänner planen.' },
    ]);
  });

  it('says what is not written yet in an empty draft, and leaves out principles it does not have', () => {
    const doc = buildPlanDocument(
      input({
        plan: { ...plan, summary: '', principles: [], budgetRequested: null, caseNumber: '' },
        focusAreas: [area(1, 'Information', 1, '')],
        initiatives: [],
        activities: [],
      }),
      'sv',
    );
    expect(headings(doc.body)).not.toContain('1 Stadens principer för digitalisering');
    expect(under(doc.body, 'Inledning')).toEqual([
      { kind: 'paragraph', text: 'Planens sammanfattning är inte skriven ännu.', note: true },
    ]);
    expect(under(doc.body, 'Förflyttningar på sikt')).toEqual([
      { kind: 'paragraph', text: 'Förflyttningarna på sikt är inte beskrivna ännu.', note: true },
    ]);
    expect(under(doc.body, 'Planerade insatser 2027')).toEqual([
      { kind: 'paragraph', text: 'Inga planerade insatser ännu.', note: true },
    ]);
    expect(doc.cover.facts.slice(1)).toEqual([
      { label: 'Diarienummer', value: 'Inte angivet' },
      { label: 'Status', value: 'Utkast' },
      { label: 'Begärd budget', value: 'Inte angivet' },
    ]);
  });

  it('is written in English when asked, keeping the plan’s own Swedish texts', () => {
    const doc = buildPlanDocument(input(), 'en');
    expect(doc.language).toBe('en-GB');
    expect(headings(doc.body).slice(0, 5)).toEqual([
      '1 Introduction',
      '1 The city’s principles for digitalisation',
      '1 Decisions on the plan',
      '1 Information',
      '2 Long-term shifts',
    ]);
    expect(doc.cover.facts[3]).toEqual({ label: 'Requested budget', value: 'SEK 7.5 million' });
    expect(under(doc.body, 'Förankra strategin')).toContainEqual({
      kind: 'paragraph',
      text: 'Målet är att det ska gå bra.',
    });
  });
});

describe('the plan document’s texts', () => {
  it('keeps a goal that begins "Målet är", and otherwise writes it after "Målet är" ending with a full stop', () => {
    expect(goalSentence('sv', 'Målet är att öka motståndskraften.')).toBe(
      'Målet är att öka motståndskraften.',
    );
    expect(goalSentence('sv', 'målet är att öka')).toBe('målet är att öka.');
    expect(goalSentence('sv', 'Att öka motståndskraften')).toBe('Målet är att öka motståndskraften.');
    expect(goalSentence('sv', 'IT-säkerheten stärks')).toBe('Målet är IT-säkerheten stärks.');
    expect(goalSentence('en', 'To reduce administration')).toBe('The goal is to reduce administration.');
    expect(goalSentence('sv', '  ')).toBe('');
  });

  it('reads lines as paragraphs and runs of bullet lines as one list', () => {
    expect(textBlocks('Ett\n\n• a\n- b\nTvå\n* c')).toEqual([
      { kind: 'paragraph', text: 'Ett' },
      { kind: 'bullets', items: ['a', 'b'] },
      { kind: 'paragraph', text: 'Två' },
      { kind: 'bullets', items: ['c'] },
    ]);
  });

  it('reads a short line standing alone in a long-term shift as a sub-heading, and nothing else', () => {
    const shift = [
      'Information har en central roll i all digitalisering.',
      'Information som strategisk resurs',
      'Stadens samlade information är en strategisk tillgång.',
      'Inom IT handlar det exempelvis om:',
      '• AI Act\n• Data Act',
      '[1] Se handlingsplanen',
      'Slutord utan punkt',
    ].join('\n\n');
    expect(textBlocks(shift, 3)).toEqual([
      { kind: 'paragraph', text: 'Information har en central roll i all digitalisering.' },
      { kind: 'heading', level: 3, text: 'Information som strategisk resurs' },
      { kind: 'paragraph', text: 'Stadens samlade information är en strategisk tillgång.' },
      { kind: 'paragraph', text: 'Inom IT handlar det exempelvis om:' },
      { kind: 'bullets', items: ['AI Act', 'Data Act'] },
      { kind: 'paragraph', text: '[1] Se handlingsplanen' },
      { kind: 'paragraph', text: 'Slutord utan punkt' },
    ]);
    expect(textBlocks(shift).some((b) => b.kind === 'heading')).toBe(false);
  });

  it('gives each area’s long-term shift its themes as Heading 3 in the plan document', () => {
    const doc = buildPlanDocument(
      {
        ...input(),
        focusAreas: [
          area(
            1,
            'Information',
            1,
            'Inledning.\n\nTillgång till information\n\nMed utvecklingen ökar möjligheterna.',
          ),
        ],
      },
      'sv',
    );
    const at = doc.body.findIndex((b) => b.kind === 'heading' && b.text === 'Tillgång till information');
    expect(doc.body[at]).toEqual({ kind: 'heading', level: 3, text: 'Tillgång till information' });
    expect(doc.body[at - 2]).toEqual({ kind: 'heading', level: 2, text: 'Förflyttningar på sikt' });
  });

  it('names the file by year, with -utkast for a draft', () => {
    expect(planDocumentFileName({ planYear: 2027, status: 'draft' })).toBe(
      'utvecklingsplan-2027-utkast.docx',
    );
    expect(planDocumentFileName({ planYear: 2026, status: 'approved' })).toBe('utvecklingsplan-2026.docx');
  });
});
