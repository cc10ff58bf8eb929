import {
  lastChange,
  parseReaderSnapshot,
  READER_VIEW_LISTS,
  readerSnapshotFileText,
  readerSnapshotJson,
  sameStamps,
  snapshotView,
  splitReaderSnapshotFile,
  type ReaderViewStamps,
} from './reader-snapshot.js';

const stamps = (modified: string): ReaderViewStamps =>
  Object.fromEntries(
    READER_VIEW_LISTS.map((list) => [list, { modified, deleted: '2026-01-01T00:00:00Z' }]),
  ) as ReaderViewStamps;

describe('reader snapshots', () => {
  it('are the same only when every list has the same stamps', () => {
    const a = stamps('2026-12-05T10:00:00Z');
    expect(sameStamps(a, stamps('2026-12-05T10:00:00Z'))).toBe(true);
    expect(
      sameStamps(a, {
        ...a,
        PublishedFollowUps: { ...a.PublishedFollowUps, deleted: '2026-12-05T10:00:01Z' },
      }),
    ).toBe(false);
  });

  it('take the newest stamp of any list as the last change', () => {
    const a = {
      ...stamps('2026-12-05T10:00:00Z'),
      Effects: { modified: '2026-12-05T10:00:00Z', deleted: '2026-12-05T11:00:00Z' },
    };
    expect(lastChange(a)).toBe(Date.parse('2026-12-05T11:00:00Z'));
  });

  it('keep the seal and the JSON on one line, and leave out a line break after it', () => {
    const json = JSON.stringify({ text: 'två\nrader' });
    const file = readerSnapshotFileText('kid.signature', json);
    expect(file).not.toContain('\n');
    expect(splitReaderSnapshotFile(`${file}\r\n`)).toEqual({ seal: 'kid.signature', json });
    expect(splitReaderSnapshotFile('{"no":"seal"}')).toBeNull();
  });

  it('are not read from JSON of another version or shape', () => {
    expect(parseReaderSnapshot('not json')).toBeNull();
    expect(parseReaderSnapshot(JSON.stringify({ version: 2 }))).toBeNull();
    const snapshot = {
      version: 1,
      builtAt: '2026-12-05T10:00:00Z',
      stamps: stamps('2026-12-05T10:00:00Z'),
      sealKeys: '',
      view: {
        plan: { id: 1 },
        decisions: [],
        focusAreas: [],
        initiatives: [],
        activities: [],
        effects: [],
        followUps: [],
        published: [],
      },
      windows: {},
    };
    expect(parseReaderSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('are written with each list’s keys once and read back as they were', () => {
    const snapshot = {
      version: 1 as const,
      builtAt: '2026-12-05T10:00:00Z',
      stamps: stamps('2026-12-05T10:00:00Z'),
      sealKeys: '',
      view: {
        plan: { id: 1, etag: '' },
        decisions: [],
        focusAreas: [{ id: 1, title: 'Information' }],
        initiatives: [
          { id: 2, title: 'Första', owner: { id: 7, title: 'Sara' }, goal: null, etag: undefined },
          { id: 3, title: 'Andra', owner: null, goal: 'Mål' },
        ],
        activities: [],
        // Items of different keys are kept as they are.
        effects: [{ id: 4, title: 'Effekt' }, { id: 5 }],
        followUps: [],
        published: [],
      },
      windows: { Activities: 15000 },
    } as unknown as Parameters<typeof readerSnapshotJson>[0];
    const json = readerSnapshotJson(snapshot);
    expect(json.match(/"goal"/g)).toHaveLength(1);
    expect(parseReaderSnapshot(json)).toEqual(snapshot);
  });

  it('hold the view without the items’ times and the publications’ own seals, the plan as it is', () => {
    const plan = { id: 1, etag: '', created: 'c', modified: 'm' };
    const view = {
      plan,
      decisions: [],
      focusAreas: [],
      initiatives: [{ id: 2, created: 'c', modified: 'm', title: 'Insats' }],
      activities: [],
      effects: [],
      followUps: [],
      published: [{ id: 3, created: 'c', modified: 'm', seal: 'kid.sig', summary: 'Läget' }],
    } as unknown as Parameters<typeof snapshotView>[0];
    const slim = snapshotView(view);
    expect(slim.plan).toBe(plan);
    expect(slim.initiatives).toEqual([{ id: 2, title: 'Insats' }]);
    expect(slim.published).toEqual([{ id: 3, seal: '', summary: 'Läget' }]);
  });
});
