/// <reference types="jest" />
import { render, screen, within } from '@testing-library/react';
import DashboardLayout from './DashboardLayout.js';
import { buildReaderModel } from './model.js';
import { samplePlanView } from './test-fixtures.js';

// The chart library is ES-module-only d3 that jsdom cannot lay out: the charts are drawn in the browser
// tests; here the data table beside each chart is what the dashboard shows.
jest.mock('../dashboard/charts.js', () => ({
  StatusChart: () => <div data-testid="status-chart" />,
  ProgressChart: () => <div data-testid="progress-chart" />,
  ReadinessChart: () => <div data-testid="readiness-chart" />,
}));

/**
 * The readiness table's row of an initiative (its cells after the initiative's name) in the dashboard as
 * shown at `instant`. Only the clock is faked: timers and promises run as they do.
 */
async function readinessRowAt(instant: string, title: string): Promise<string[]> {
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  const { unmount } = render(
    <DashboardLayout model={buildReaderModel(samplePlanView(), { areaId: null })} locale="sv" />,
  );
  try {
    const table = await screen.findByRole('table', { name: 'Beslutsberedskap (%) per insats' });
    const row = within(table).getByRole('rowheader', { name: title }).closest('tr')!;
    return within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent ?? '');
  } finally {
    unmount();
  }
}

describe('DashboardLayout', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('judges readiness by the day in Stockholm, where a period has closed at midnight while UTC is still on its last day', async () => {
    // Öppna data has a published T2 follow-up and none for T1, and meets no other criterion. At 23:30 on
    // 31 August in Stockholm (21:30 UTC) T1 is the latest closed period, so its status is missing; at 00:30
    // on 1 September there (22:30 UTC, still 31 August in UTC) T2 has closed and its follow-up counts.
    expect(await readinessRowAt('2026-08-31T21:30:00Z', 'Öppna data')).toEqual(['Information', '0 %', '7']);
    expect(await readinessRowAt('2026-08-31T22:30:00Z', 'Öppna data')).toEqual(['Information', '14 %', '6']);
  });
});
