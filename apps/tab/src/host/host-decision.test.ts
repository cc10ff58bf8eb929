import {
  decideHost,
  hashFromSubPage,
  isFramed,
  pageFromQuery,
  themeFromQuery,
  themeFromTeams,
} from './host-decision.js';

describe('isFramed', () => {
  it('is false for a top-level browser window', () => {
    const win = { self: 1, top: 1, opener: null };
    win.self = win as never;
    win.top = win as never;
    expect(isFramed(win)).toBe(false);
  });

  it('is true inside an iframe, as Teams frames a tab', () => {
    expect(isFramed({ self: {}, top: {} })).toBe(true);
  });

  it('is true when reading top throws, as cross-origin frames may', () => {
    const win = {
      self: {},
      get top(): unknown {
        throw new Error('cross-origin');
      },
    };
    expect(isFramed(win)).toBe(true);
  });
});

describe('decideHost', () => {
  it('never initialises teams-js when the page is not framed', async () => {
    const initialize = jest.fn(() => Promise.resolve('context'));
    await expect(decideHost({ framed: false, initialize })).resolves.toEqual({
      mode: 'standalone',
      reason: 'notFramed',
    });
    expect(initialize).not.toHaveBeenCalled();
  });

  it('runs inside Teams when framed and the initialisation answers in time', async () => {
    await expect(
      decideHost({ framed: true, initialize: () => Promise.resolve({ theme: 'dark' }) }),
    ).resolves.toEqual({
      mode: 'teams',
      context: { theme: 'dark' },
    });
  });

  it('falls back to standalone mode when the framed initialisation hangs past the timeout', async () => {
    jest.useFakeTimers();
    try {
      const decision = decideHost({
        framed: true,
        initialize: () => new Promise<never>(() => undefined),
        timeoutMs: 3000,
      });
      jest.advanceTimersByTime(3000);
      await expect(decision).resolves.toEqual({ mode: 'standalone', reason: 'timeout' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('falls back to standalone mode and keeps the reason when the initialisation fails', async () => {
    await expect(
      decideHost({ framed: true, initialize: () => Promise.reject(new Error('No Parent window found')) }),
    ).resolves.toEqual({ mode: 'standalone', reason: 'failed', detail: 'No Parent window found' });
  });
});

describe('themes and pages', () => {
  it('maps Teams themes to the tab themes', () => {
    expect([
      themeFromTeams('default'),
      themeFromTeams('dark'),
      themeFromTeams('contrast'),
      themeFromTeams(undefined),
    ]).toEqual(['light', 'dark', 'highContrast', 'light']);
  });

  it('accepts only known themes and pages from the URL', () => {
    expect([themeFromQuery('dark'), themeFromQuery('purple')]).toEqual(['dark', null]);
    expect([pageFromQuery('config'), pageFromQuery('personal'), pageFromQuery('x')]).toEqual([
      'config',
      'personal',
      'channel',
    ]);
  });
});

describe('a Teams deep link into the tab', () => {
  it('opens the initiative a card links to, and nothing else', () => {
    expect(hashFromSubPage('initiative/7')).toBe('#/initiative/7');
    expect(hashFromSubPage('initiative/7/../x')).toBeNull();
    expect(hashFromSubPage(undefined)).toBeNull();
  });
});
