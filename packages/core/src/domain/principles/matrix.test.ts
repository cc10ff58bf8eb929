import { DomainError, ValidationError } from '../common/errors.js';
import {
  assessmentKey,
  latestRound,
  planAdministrations,
  principleMatrix,
  snapshotPrinciples,
} from './matrix.js';
import {
  ADMINISTRATIONS_2026,
  levelNumber,
  PRINCIPLE_LEVELS,
  type PrincipleAssessment,
  type PrincipleRound,
} from './principles.js';
import { assertRoundOpen, assessedNames } from './rules.js';

const PRINCIPLES = [
  'Digitalisering med omtanke',
  'Skapa värde på nya sätt',
  'Människors behov i centrum',
  'Samarbete över gränserna',
];

let nextId = 1;
function assessment(administration: string, principle: string, level: PrincipleAssessment['level']) {
  return {
    id: nextId++,
    etag: '"1"',
    planId: 1,
    roundId: 7,
    administration,
    principle,
    level,
    comment: `${administration} om ${principle}`,
    assessedById: 3,
    assessedAt: '2026-06-01T10:00:00.000Z',
  } satisfies PrincipleAssessment;
}

function round(id: number, state: PrincipleRound['state'], openedAt: string): PrincipleRound {
  return {
    id,
    etag: '"1"',
    planId: 1,
    label: `Omgång ${id}`,
    state,
    openedById: 2,
    openedAt,
    closedById: null,
    closedAt: null,
  };
}

describe('the administrations of a plan', () => {
  it('are those its initiatives name, once each, in Swedish alphabetical order', () => {
    expect(
      planAdministrations([
        { administrations: ['Miljönämnden', 'Förskolenämnden'] },
        {
          administrations: [' förskolenämnden ', 'Överförmyndarnämnden', 'Arbetsmarknads- och socialnämnden'],
        },
        { administrations: [] },
      ]),
    ).toEqual([
      'Arbetsmarknads- och socialnämnden',
      'Förskolenämnden',
      'Miljönämnden',
      'Överförmyndarnämnden',
    ]);
  });

  it('are the committees the 2026 decision was sent to when no initiative names any', () => {
    const fallback = planAdministrations([{ administrations: [] }]);
    expect(fallback).toEqual([...ADMINISTRATIONS_2026]);
    expect(fallback).toHaveLength(14);
    expect(fallback).toContain('Servicenämnden');
    expect(fallback).not.toContain('Revisorskollegiet');
    expect(fallback).not.toContain('Stadskontorets handläggare');
  });
});

describe('the matrix of administrations and principles', () => {
  const administrations = ['Förskolenämnden', 'Grundskolenämnden', 'Kulturnämnden'];

  it('shows each administration’s level per principle and, per row, what is missing', () => {
    const matrix = principleMatrix({
      administrations,
      principles: PRINCIPLES,
      assessments: [
        ...PRINCIPLES.map((p) => assessment('Förskolenämnden', p, 'established')),
        assessment('grundskolenämnden', 'Människors behov i centrum', 'started'),
      ],
    });
    expect(
      matrix.rows.map((r) => [r.administration, r.cells.map((c) => c.assessment?.level ?? null)]),
    ).toEqual([
      ['Förskolenämnden', ['established', 'established', 'established', 'established']],
      ['Grundskolenämnden', [null, null, 'started', null]],
      ['Kulturnämnden', [null, null, null, null]],
    ]);
    expect(matrix.rows.map((r) => r.missing)).toEqual([
      [],
      ['Digitalisering med omtanke', 'Skapa värde på nya sätt', 'Samarbete över gränserna'],
      PRINCIPLES,
    ]);
    expect([matrix.filled, matrix.total]).toEqual([5, 12]);
    expect(matrix.complete).toEqual(['Förskolenämnden']);
    expect(matrix.notStarted).toEqual(['Kulturnämnden']);
  });

  it('keeps an administration that assessed itself but is no longer named, and drops principles the plan has not', () => {
    const matrix = principleMatrix({
      administrations: ['Kulturnämnden'],
      principles: PRINCIPLES.slice(0, 2),
      assessments: [
        assessment('Valnämnden', 'Digitalisering med omtanke', 'integrated'),
        assessment('Kulturnämnden', 'En princip som strukits', 'started'),
      ],
    });
    expect(matrix.administrations).toEqual(['Kulturnämnden', 'Valnämnden']);
    expect(matrix.rows[1]!.cells[0]!.assessment?.level).toBe('integrated');
    expect(matrix.rows[0]!.missing).toEqual(PRINCIPLES.slice(0, 2));
    expect([matrix.filled, matrix.total]).toEqual([1, 4]);
  });

  it('is all missing before anyone assessed, and freezes into a snapshot with levels and comments', () => {
    const empty = principleMatrix({ administrations, principles: PRINCIPLES, assessments: [] });
    expect([empty.filled, empty.total, empty.complete, empty.notStarted]).toEqual([
      0,
      12,
      [],
      administrations,
    ]);
    const matrix = principleMatrix({
      administrations,
      principles: PRINCIPLES,
      assessments: [assessment('Kulturnämnden', 'Skapa värde på nya sätt', 'started')],
    });
    const frozen = snapshotPrinciples(round(7, 'closed', '2026-05-01T08:00:00.000Z'), matrix);
    expect(frozen.round.label).toBe('Omgång 7');
    expect(frozen.rows[2]!.cells[1]).toEqual({
      principle: 'Skapa värde på nya sätt',
      level: 'started',
      comment: 'Kulturnämnden om Skapa värde på nya sätt',
    });
    expect(frozen.rows[0]!.cells[0]).toEqual({ principle: PRINCIPLES[0], level: null, comment: '' });
    expect([frozen.filled, frozen.total]).toEqual([1, 12]);
  });
});

describe('rounds and assessments', () => {
  it('follows up in the open round, else in the one opened last', () => {
    const older = round(1, 'closed', '2026-02-01T08:00:00.000Z');
    const newer = round(2, 'closed', '2026-06-01T08:00:00.000Z');
    expect(latestRound([older, newer])?.id).toBe(2);
    expect(latestRound([round(3, 'open', '2026-01-01T08:00:00.000Z'), newer])?.id).toBe(3);
    expect(latestRound([])).toBeNull();
  });

  it('numbers the levels 1 to 4, lowest first', () => {
    expect(PRINCIPLE_LEVELS.map(levelNumber)).toEqual([1, 2, 3, 4]);
  });

  it('keys one assessment per plan, round, administration and principle, case aside, within 255 characters', () => {
    expect(assessmentKey(1, 7, 'Kulturnämnden', 'Skapa värde på nya sätt')).toBe(
      assessmentKey(1, 7, ' kulturnämnden', 'SKAPA VÄRDE PÅ NYA SÄTT'),
    );
    expect(assessmentKey(1, 7, 'Kulturnämnden', 'A')).not.toBe(assessmentKey(1, 8, 'Kulturnämnden', 'A'));
    expect(assessmentKey(2 ** 31, 2 ** 31, 'x'.repeat(100), 'y'.repeat(100)).length).toBeLessThanOrEqual(255);
  });

  it('refuses an assessment in a closed round, in both languages', () => {
    const closed = { ...round(4, 'closed', '2026-01-01T08:00:00.000Z'), label: 'T1 2026' };
    expect(() => assertRoundOpen(closed)).toThrow(DomainError);
    try {
      assertRoundOpen(closed);
    } catch (error) {
      expect((error as DomainError).status).toBe(409);
      expect((error as DomainError).reason.sv).toContain('Omgången T1 2026 är stängd');
      expect((error as DomainError).reason.en).toContain('The round T1 2026 is closed');
    }
    expect(() => assertRoundOpen(round(5, 'open', '2026-01-01T08:00:00.000Z'))).not.toThrow();
  });

  it('takes the names as the plan writes them and refuses names the plan does not have, per field', () => {
    const plan = { administrations: ['Kulturnämnden'], principles: PRINCIPLES };
    expect(
      assessedNames({ administration: 'KULTURNÄMNDEN', principle: 'samarbete över gränserna' }, plan),
    ).toEqual({
      administration: 'Kulturnämnden',
      principle: 'Samarbete över gränserna',
    });
    try {
      assessedNames({ administration: 'Nöjesnämnden', principle: 'Snabbhet' }, plan);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.message.sv])).toEqual([
        ['administration', 'Nöjesnämnden är inte en av planens förvaltningar.'],
        ['principle', 'Snabbhet är inte en av planens principer.'],
      ]);
    }
  });
});
