import type { OverviewPlanView } from './plan-view.js';
import {
  OVERVIEW_SNAPSHOT_VERSION,
  overviewLead,
  overviewSnapshotJson,
  parseOverviewSnapshot,
  TAB_VIEW_LISTS,
  type TabViewStamps,
} from './overview-lead.js';
import { sameStamps } from './reader-snapshot.js';

/**
 * A plan of two areas: area 10 with `first` initiatives (ids 1…), area 20 with `second` (ids 1001…); each with
 * an effect, a follow-up in T1 and T2, an administration of its own parity and owner `id % 3` (none for 0).
 */
function plan(first: number, second: number): OverviewPlanView {
  const ids = [
    ...Array.from({ length: first }, (_, n) => [n + 1, 10] as const),
    ...Array.from({ length: second }, (_, n) => [n + 1001, 20] as const),
  ];
  return {
    plan: { id: 1, planYear: 2026 },
    decisions: [{ id: 1, planId: 1, step: 'ks' }],
    focusAreas: [
      { id: 10, title: 'Tio' },
      { id: 20, title: 'Tjugo' },
    ],
    initiatives: ids.map(([id, focusAreaId]) => ({
      id,
      focusAreaId,
      title: `Insats ${id}`,
      administrations: [id % 2 ? 'Udda' : 'Jämna'],
      ownerId: id % 3 || null,
      owner: id % 3 ? { id: id % 3, title: `Ägare ${id % 3}` } : null,
    })),
    activities: [],
    effects: ids.map(([id]) => ({ id, initiativeId: id, planId: 1 })),
    followUps: ids.flatMap(([id]) => [
      { id, initiativeId: id, planId: 1, periodYear: 2026, period: 'T1' },
      { id: id + 5000, initiativeId: id, planId: 1, periodYear: 2026, period: 'T2' },
    ]),
    published: [],
  } as unknown as OverviewPlanView;
}

describe('overviewLead', () => {
  it('is the view itself when every area fits on its first page', () => {
    const view = plan(3, 2);
    expect(overviewLead(view, 3)).toBe(view);
  });

  it('holds each area’s first page with its effects and follow-ups, and the whole’s counts and choices', () => {
    const view = plan(5, 2);
    const lead = overviewLead(view, 3);
    expect(lead.initiatives.map((i) => i.id)).toEqual([1, 2, 3, 1001, 1002]);
    expect(lead.effects.map((e) => e.initiativeId)).toEqual([1, 2, 3, 1001, 1002]);
    expect(lead.followUps).toHaveLength(10);
    expect(lead.decisions).toEqual(view.decisions);
    expect(lead.lead).toEqual({
      page: 3,
      total: 7,
      areas: [
        { areaId: 10, initiatives: 5 },
        { areaId: 20, initiatives: 2 },
      ],
      administrations: ['Udda', 'Jämna'],
      // Initiative 5 is past the first page: its owner is a choice all the same.
      owners: [
        { id: 1, title: 'Ägare 1' },
        { id: 2, title: 'Ägare 2' },
      ],
    });
  });

  it('goes through its file’s JSON unchanged, and a file of another version is not read', () => {
    const stamps = Object.fromEntries(
      TAB_VIEW_LISTS.map((list) => [list, { modified: '2026-12-01T10:00:00Z', deleted: '' }]),
    ) as TabViewStamps;
    const snapshot = {
      version: OVERVIEW_SNAPSHOT_VERSION,
      builtAt: '2026-12-01T10:00:05Z',
      stamps,
      sealKeys: 'k',
      view: overviewLead(plan(5, 2), 3),
    };
    const json = overviewSnapshotJson(snapshot);
    expect(parseOverviewSnapshot(json)).toEqual(snapshot);
    expect(parseOverviewSnapshot(json.replace('"version":1', '"version":2'))).toBeNull();
    expect(parseOverviewSnapshot('not json')).toBeNull();
    expect(sameStamps(stamps, { ...stamps }, TAB_VIEW_LISTS)).toBe(true);
    const changed = { ...stamps, FollowUps: { modified: '2026-12-01T10:00:01Z', deleted: '' } };
    expect(sameStamps(stamps, changed, TAB_VIEW_LISTS)).toBe(false);
  });
});
