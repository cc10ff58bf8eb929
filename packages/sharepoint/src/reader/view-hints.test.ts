import { layeredViewHints, settingsViewHints, type ViewHint, type ViewHintStore } from './view-hints.js';

const hint = (planId: number, windows: Record<string, number> = {}): ViewHint => ({
  planId,
  planYear: 2026,
  windows,
});

function memory(): ViewHintStore & { kept: Map<string, ViewHint | null> } {
  const kept = new Map<string, ViewHint | null>();
  return { kept, get: (c) => kept.get(c) ?? null, set: (c, h) => void kept.set(c, h) };
}

describe('settingsViewHints', () => {
  it('gives the hint kept in the settings for a choice, and none for anything malformed', () => {
    const store = settingsViewHints(() => ({
      latest: hint(3, { Activities: 15033 }),
      '2026': { planId: 'x' },
      '2025': null,
    }));
    expect(store.get('latest')).toEqual(hint(3, { Activities: 15033 }));
    expect(store.get('2026')).toBeNull();
    expect(store.get('2025')).toBeNull();
    expect(settingsViewHints(() => 'garbage').get('latest')).toBeNull();
  });

  it('keeps a learned hint beside the others where the host can save, and removes one set to null', () => {
    let saved: unknown = { '2026': hint(1) };
    const store = settingsViewHints(
      () => saved,
      (next) => (saved = next),
    );
    store.set('latest', hint(3));
    expect(saved).toEqual({ '2026': hint(1), latest: hint(3) });
    store.set('2026', null);
    expect(saved).toEqual({ latest: hint(3) });
  });

  it('changes nothing where the host cannot save (a reader’s visit)', () => {
    const saved = { latest: hint(3) };
    const store = settingsViewHints(() => saved);
    store.set('latest', hint(4));
    expect(store.get('latest')).toEqual(hint(3));
  });
});

describe('layeredViewHints', () => {
  it('prefers the browser’s hint and falls back to the page’s', () => {
    const own = memory();
    const shared = memory();
    shared.set('latest', hint(3));
    const layered = layeredViewHints(own, shared)!;
    expect(layered.get('latest')).toEqual(hint(3));
    own.set('latest', hint(4));
    expect(layered.get('latest')).toEqual(hint(4));
  });

  it('keeps what a read learns in both stores', () => {
    const own = memory();
    const shared = memory();
    layeredViewHints(own, shared)!.set('2026', hint(2));
    expect([own.get('2026'), shared.get('2026')]).toEqual([hint(2), hint(2)]);
  });

  it('is no store when neither is there, and the one store when only one is', () => {
    const own = memory();
    expect(layeredViewHints(undefined, undefined)).toBeUndefined();
    layeredViewHints(undefined, own)!.set('latest', hint(5));
    expect(own.get('latest')).toEqual(hint(5));
  });
});
