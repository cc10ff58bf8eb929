/**
 * Generated plans for the benchmarks: invented test data (never product data), written straight into the
 * emulator's storage with `bulkInsertItems` (validated like REST writes, no HTTP) so large plans take seconds.
 * The plan row itself is written through the repositories (PnPjs over HTTP).
 */
import {
  listDef,
  publicationSealPayload,
  OVERVIEW_PAGE,
  READER_PAGE,
  SEAL_KEYS_PROPERTY,
  type FollowUpStatus,
  type ListKey,
  type PublishedFollowUp,
} from '@devplan/core';
import {
  activityMapping,
  effectMapping,
  focusAreaMapping,
  followUpMapping,
  initiativeMapping,
  PeriodClosureRepository,
  publishedFollowUpMapping,
  SealSigner,
  toFields,
  type Repositories,
} from '@devplan/sharepoint';
import { bulkInsertItems, type RunningEmulator } from '@devplan/sp-emulator';

/** Site user ids of the demo users (emulator README): staff 7, staff2 8, approver 9, deputy 10. */
const OWNERS = [7, 8, 10];
const APPROVER = 9;
const STATUSES: FollowUpStatus[] = ['onTrack', 'atRisk', 'offTrack', 'done'];
const PERIODS = ['T1', 'T2', 'FY'];

/** What to generate. */
export interface PlanShape {
  /** Plan year (unique per plan). */
  year: number;
  initiatives: number;
  /** Focus areas the initiatives are spread over (default 4). */
  areas?: number;
  /**
   * Working follow-ups per initiative (default 3: T1, T2, FY of the plan year). Above 3 the rest are the
   * initiative's history in earlier years (3 per year), so the list grows without changing the view.
   */
  followUpsPerInitiative?: number;
  /** Seals the published follow-ups as the app does (readers show only sealed ones). */
  sealer: SealSigner;
  /**
   * Periods of the plan year closed as an administrator closes them, each with the app's seal over its
   * publications (default T1 and T2: the plan as it stands in December; `[]` for a plan with every period open).
   */
  closed?: readonly string[];
}

/** A publication as the app writes it: sealed over its content (`seal` empty without a sealer). */
export async function sealedPublication(
  content: Omit<PublishedFollowUp, 'id' | 'etag' | 'created' | 'modified' | 'seal'>,
  sealer?: SealSigner,
): Promise<Omit<PublishedFollowUp, 'id' | 'etag' | 'created' | 'modified'>> {
  return { ...content, seal: sealer ? await sealer.seal(publicationSealPayload(content)) : '' };
}

/** The published follow-ups of `contents` as list item fields, sealed by `sealer` (if any). */
export async function sealedPublicationRows(
  contents: readonly Omit<PublishedFollowUp, 'id' | 'etag' | 'created' | 'modified' | 'seal'>[],
  sealer?: SealSigner,
): Promise<Record<string, unknown>[]> {
  return Promise.all(
    contents.map(async (content) =>
      toFields(publishedFollowUpMapping, await sealedPublication(content, sealer)),
    ),
  );
}

/**
 * A new seal key, its public half published in the tenant property as a SharePoint administrator does once:
 * what test data written as the app seals its decisions and publications with.
 */
export async function publishSealKey(app: Repositories, kid = 'bench'): Promise<SealSigner> {
  const sealer = new SealSigner(await SealSigner.generateKey(kid));
  await app.site.sp.web.setStorageEntity(SEAL_KEYS_PROPERTY, JSON.stringify({ keys: [sealer.publicKey] }));
  return sealer;
}

/** The index of the initiative shown last when each area shows its first `page` (areas in turn). */
function lastShownIndex(count: number, areas: number, page = OVERVIEW_PAGE): number {
  const lastArea = (count - 1) % areas;
  const inLastArea = Math.ceil((count - lastArea) / areas);
  return lastArea + areas * (Math.min(page, inLastArea) - 1);
}

/** A generated plan and what it holds. */
export interface GeneratedPlan {
  planId: number;
  year: number;
  /** Title of the initiative shown last in the views (highest sort order). */
  lastInitiativeTitle: string;
  /**
   * Title of the initiative the tab's overview shows last before "show more": the last area's `OVERVIEW_PAGE`th (initiative
   * `i` is in area `i % areas`, in order).
   */
  lastShownTitle: string;
  /** Title of the initiative the intranet view shows last before "show more": the last area's `READER_PAGE`th. */
  lastShownReaderTitle: string;
  /** The initiative in the middle of the plan: the one whose page is timed (a card's link opens it first). */
  middle: { id: number; title: string };
  items: {
    areas: number;
    initiatives: number;
    activities: number;
    effects: number;
    followUps: number;
    published: number;
  };
}

const insert = (emulator: RunningEmulator, list: ListKey, rows: Record<string, unknown>[]): number[] => {
  const ids: number[] = [];
  // Chunks keep each storage transaction (and the rows array) moderate.
  for (let from = 0; from < rows.length; from += 10_000)
    ids.push(...bulkInsertItems(emulator, listDef(list).title, rows.slice(from, from + 10_000)));
  return ids;
};

/**
 * Generates a plan: areas, initiatives (owner, approver, timeline), 3 activities and 1 effect each, working
 * follow-ups (T1 and T2 of the plan year approved, FY a draft, earlier years approved) and the published
 * copies of T1 and T2 of the plan year.
 */
export async function generatePlan(
  emulator: RunningEmulator,
  app: Repositories,
  shape: PlanShape,
): Promise<GeneratedPlan> {
  const { year, initiatives: count } = shape;
  const areaCount = shape.areas ?? 4;
  const perInitiative = shape.followUpsPerInitiative ?? 3;
  const plan = await app.plans.add({
    title: `Testdata: genererad plan ${year} med ${count} insatser`,
    planYear: year,
    caseNumber: `STK-${year - 1}-9${String(count).padStart(3, '0').slice(-3)}`,
    status: 'approved',
    summary: 'Genererad testdata för prestandamätning, inte en verklig plan.',
    budgetRequested: null,
    principles: [],
  });
  const planId = plan.id;
  const areaIds = insert(
    emulator,
    'FocusAreas',
    Array.from({ length: areaCount }, (_, n) =>
      toFields(focusAreaMapping, {
        planId,
        title: `Testområde ${n + 1}`,
        longTermShift: '',
        sortOrder: n + 1,
      }),
    ),
  );
  const initiativeIds = insert(
    emulator,
    'Initiatives',
    Array.from({ length: count }, (_, i) =>
      toFields(initiativeMapping, {
        planId,
        focusAreaId: areaIds[i % areaIds.length]!,
        title: `Testinsats ${i + 1}`,
        goal: `Målet är testdata ${i + 1}.`,
        ownerId: OWNERS[i % OWNERS.length]!,
        approverId: APPROVER,
        start: `${year}-0${1 + (i % 6)}-01`,
        end: `${year}-12-31`,
        status: 'ongoing',
        sortOrder: i + 1,
      }),
    ),
  );
  const activities = insert(
    emulator,
    'Activities',
    initiativeIds.flatMap((initiativeId, i) =>
      [1, 2, 3].map((n) =>
        toFields(activityMapping, {
          planId,
          initiativeId,
          title: `Aktivitet ${n} av testinsats ${i + 1}`,
          status: 'ongoing',
          sortOrder: n,
        }),
      ),
    ),
  );
  const effects = insert(
    emulator,
    'Effects',
    initiativeIds.map((initiativeId, i) =>
      toFields(effectMapping, {
        planId,
        initiativeId,
        title: `Testeffekt ${i + 1}`,
        kind: 'qualitative',
        direction: 'benefit',
        indicator: 'Testindikator',
        unit: 'st',
        baseline: i,
        target: i + 10,
      }),
    ),
  );
  const followUps = insert(
    emulator,
    'FollowUps',
    initiativeIds.flatMap((initiativeId, i) =>
      Array.from({ length: perInitiative }, (_, k) => {
        const periodYear = year - Math.floor(k / 3);
        const period = PERIODS[k % 3]!;
        const draft = periodYear === year && period === 'FY';
        return toFields(followUpMapping, {
          planId,
          initiativeId,
          periodYear,
          period,
          status: STATUSES[(i + k) % 4]!,
          progress: (i * 3 + k * 7) % 101,
          summary: `Testdata: läget ${period} ${periodYear} för testinsats ${i + 1}.`,
          risks: '',
          nextSteps: '',
          effectsSeen: '',
          state: draft ? 'draft' : 'approved',
          submittedById: draft ? null : OWNERS[i % OWNERS.length]!,
          submittedAt: draft ? null : `${periodYear}-0${5 + (k % 3)}-01T09:00:00.000Z`,
        });
      }),
    ),
  );
  const contents = initiativeIds.flatMap((initiativeId, i) =>
    ['T1', 'T2'].map((period, p) => ({
      planId,
      initiativeId,
      // Unique column; offset so it never meets the invented ids of webpart-bench's addExampleData.
      followUpId: 1_000_000 + (followUps[i * perInitiative + p] ?? i * 2 + p),
      periodYear: year,
      period,
      status: STATUSES[(i + p) % 4]!,
      progress: (i * 3 + p * 7) % 101,
      summary: `Testdata: läget ${period} ${year} för testinsats ${i + 1}.`,
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      approvedById: APPROVER,
      approvedAt: `${year}-0${5 + p * 4}-10T09:00:00.000Z`,
      decisionComment: '',
    })),
  );
  const published = insert(
    emulator,
    'PublishedFollowUps',
    await sealedPublicationRows(contents, shape.sealer),
  );
  // The closes themselves (their reports are not generated): what a reader reads of them.
  const closures = new PeriodClosureRepository(app.site);
  for (const period of perInitiative >= 2 ? (shape.closed ?? ['T1', 'T2']) : []) {
    const frozen = contents.filter((c) => c.period === period);
    await closures.create({
      planId,
      periodYear: year,
      period,
      state: 'closed',
      closedById: null,
      closedAt: `${year}-${period === 'T1' ? '06' : '09'}-15T09:00:00.000Z`,
      caseNumber: plan.caseNumber,
      followUpCount: frozen.length,
      reportUrl: '',
      snapshotUrl: '',
      exportUrl: '',
      publicationsSeal: await shape.sealer.sealPeriod(planId, { year, period }, frozen),
    });
  }
  return {
    planId,
    year,
    lastInitiativeTitle: `Testinsats ${count}`,
    lastShownTitle: `Testinsats ${lastShownIndex(count, areaIds.length) + 1}`,
    lastShownReaderTitle: `Testinsats ${lastShownIndex(count, areaIds.length, READER_PAGE) + 1}`,
    middle: { id: initiativeIds[Math.floor(count / 2)]!, title: `Testinsats ${Math.floor(count / 2) + 1}` },
    items: {
      areas: areaIds.length,
      initiatives: initiativeIds.length,
      activities: activities.length,
      effects: effects.length,
      followUps: followUps.length,
      published: perInitiative >= 2 ? published.length : 0,
    },
  };
}
