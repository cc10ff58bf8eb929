import {
  lastChange,
  parseReaderSnapshot,
  READER_VIEW_LISTS,
  readerSnapshotFileText,
  sameStamps,
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
      view: { plan: { id: 1 }, initiatives: [] },
      windows: {},
    };
    expect(parseReaderSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
