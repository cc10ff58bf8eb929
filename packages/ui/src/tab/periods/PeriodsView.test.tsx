import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  PeriodAlreadyClosedError,
  type PeriodClosure,
  type PeriodFollowUps,
  type Plan,
  type StoredReport,
} from '@devplan/core/domain';
import { TabRoot } from '../TabApp.js';
import type { ReportsPort } from '@devplan/core';
import { PeriodsView } from './PeriodsView.js';

beforeAll(() => {
  // jsdom has no object URLs (saving a file); ResizeObserver comes from tests/support/jsdom-setup.ts.
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => undefined;
});

const plan: Plan = {
  id: 1,
  title: 'Utvecklingsplan 2026',
  planYear: 2026,
  caseNumber: 'STK-2025-1042',
  status: 'approved',
  summary: '',
  budgetRequested: 7,
  principles: [],
};

const report: StoredReport = {
  id: 5,
  name: 'utvecklingsplan-2026-T1-rapport.docx',
  serverRelativeUrl: '/sites/utvecklingsplan/Reports/utvecklingsplan-2026-T1-rapport.docx',
  kind: 'report',
  planId: 1,
  periodYear: 2026,
  period: 'T1',
  caseNumber: 'STK-2025-1042',
  size: 20480,
  created: '2026-05-10T08:00:00.000Z',
};

const closure: PeriodClosure = {
  id: 3,
  planId: 1,
  periodYear: 2026,
  period: 'T1',
  state: 'closed',
  closedById: 6,
  closedAt: '2026-05-10T08:00:00.000Z',
  caseNumber: 'STK-2025-1042',
  followUpCount: 2,
  reportUrl: report.serverRelativeUrl,
  snapshotUrl: '',
  exportUrl: '',
};

/** The plan's initiatives (and one of another plan), with their follow-ups of T1, T2 and the full year. */
const periodData: PeriodFollowUps = {
  initiatives: [
    { id: 14, planId: 1, title: 'Gemensam e-tjänsteplattform', sortOrder: 4 },
    { id: 11, planId: 1, title: 'Digital brevlåda', sortOrder: 1 },
    { id: 12, planId: 1, title: 'Stadsnät 2.0', sortOrder: 2 },
    { id: 13, planId: 1, title: 'AI i ärendehandläggning', sortOrder: 3 },
    { id: 90, planId: 2, title: 'Insats i en annan plan', sortOrder: 0 },
  ],
  followUps: [
    // T1: approved, waiting, a draft; the e-service platform has none.
    { planId: 1, initiativeId: 11, periodYear: 2026, period: 'T1', state: 'approved' },
    { planId: 1, initiativeId: 12, periodYear: 2026, period: 'T1', state: 'submitted' },
    { planId: 1, initiativeId: 13, periodYear: 2026, period: 'T1', state: 'draft' },
    // Other periods and plans do not count for T1.
    { planId: 1, initiativeId: 14, periodYear: 2026, period: 'T2', state: 'submitted' },
    { planId: 2, initiativeId: 90, periodYear: 2026, period: 'T1', state: 'submitted' },
    ...[11, 12, 13, 14].map((initiativeId) => ({
      planId: 1,
      initiativeId,
      periodYear: 2026,
      period: 'FY',
      state: 'approved' as const,
    })),
  ],
  published: [
    { planId: 1, initiativeId: 11, periodYear: 2026, period: 'T1' },
    { planId: 1, initiativeId: 13, periodYear: 2026, period: 'T2' },
    { planId: 1, initiativeId: 13, periodYear: 2025, period: 'T1' },
    ...[11, 12, 13, 14].map((initiativeId) => ({ planId: 1, initiativeId, periodYear: 2026, period: 'FY' })),
  ],
};

/**
 * A port over fixed data that records what the view asked for (a test double for the host's client):
 * `calls` the writes and downloads, `reads` the follow-up reads of the close check.
 */
function fakePort(administrator: boolean, overrides: Partial<ReportsPort> = {}) {
  const calls: string[] = [];
  const reads: string[] = [];
  let closures: PeriodClosure[] = [];
  let reports: StoredReport[] = [];
  const port: ReportsPort = {
    isAdministrator: () => Promise.resolve(administrator),
    closures: () => Promise.resolve(closures),
    reports: () => Promise.resolve(reports),
    periodFollowUps: (planId, period) => {
      reads.push(`follow-ups ${planId} ${period.year}-${period.period}`);
      return Promise.resolve(periodData);
    },
    closePeriod: (planId, period) => {
      calls.push(`close ${planId} ${period.year}-${period.period}`);
      closures = [closure];
      reports = [report];
      return Promise.resolve({ closure, files: [report] });
    },
    download: (r) => {
      calls.push(`download ${r.name}`);
      return Promise.resolve({ name: r.name, blob: new Blob(['x']) });
    },
    exportFollowUps: (planId, period) => {
      calls.push(`export ${planId} ${period.year}-${period.period}`);
      return Promise.resolve({ name: 'x.xlsx', blob: new Blob(['x']) });
    },
    ...overrides,
  };
  return { port, calls, reads };
}

/** The titles of the list labelled `name` in the open close dialog. */
const titlesOf = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const show = (port: ReportsPort) =>
  render(
    <TabRoot theme="light" locale="sv">
      <PeriodsView port={port} plan={plan} />
    </TabRoot>,
  );

describe('the periods page', () => {
  it('lets an administrator close a period after confirming, then shows the stored report', async () => {
    const { port, calls } = fakePort(true);
    show(port);
    await screen.findByText('Inga rapporter är sparade ännu.');
    fireEvent.click(screen.getByRole('button', { name: 'Stäng Tertial 1 2026' }));
    await screen.findByRole('alertdialog', { name: 'Stänga Tertial 1 2026?' });
    await screen.findByRole('heading', { name: '3 insatser saknar godkänd uppföljning' });
    expect(calls).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Stäng perioden' }));
    });
    await screen.findByText('Tertial 1 2026 är stängd. Rapporten är sparad (20 kB).');
    expect(calls).toEqual(['close 1 2026-T1']);
    await screen.findByRole('button', { name: /^Ladda ner utvecklingsplan-2026-T1-rapport\.docx/ });
    expect(screen.queryByRole('button', { name: 'Stäng Tertial 1 2026' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Stäng Tertial 2 2026' })).toBeTruthy();
  });

  it('lists the initiatives without an approved follow-up and those waiting for approval before closing', async () => {
    const reads: string[] = [];
    let answer: (data: PeriodFollowUps) => void = () => undefined;
    const { port, calls } = fakePort(true, {
      periodFollowUps: (planId, period) => {
        reads.push(`follow-ups ${planId} ${period.year}-${period.period}`);
        return new Promise((resolve) => (answer = resolve));
      },
    });
    show(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng Tertial 1 2026' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Stänga Tertial 1 2026?' });
    expect(within(dialog).getByText('Hämtar insatsernas uppföljningar …')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Stäng perioden' })).toHaveProperty('disabled', true);

    await act(async () => answer(periodData));
    await within(dialog).findByRole('heading', { level: 3, name: '3 insatser saknar godkänd uppföljning' });
    expect(titlesOf('3 insatser saknar godkänd uppföljning')).toEqual([
      'Stadsnät 2.0',
      'AI i ärendehandläggning',
      'Gemensam e-tjänsteplattform',
    ]);
    const waiting = '1 insats har en uppföljning som väntar på godkännande';
    expect(within(dialog).getByRole('heading', { level: 3, name: waiting })).toBeTruthy();
    expect(titlesOf(waiting)).toEqual(['Stadsnät 2.0']);
    expect(
      within(dialog).getByRole('region', { name: 'Insatsernas uppföljningar för perioden' }),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Stäng perioden' })).toHaveProperty('disabled', false);
    expect(reads).toEqual(['follow-ups 1 2026-T1']);
    expect(calls).toEqual([]);
  });

  it('says so when every initiative is approved, and closes nothing when the administrator cancels', async () => {
    const { port, calls, reads } = fakePort(true);
    show(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng Helår 2026' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Stänga Helår 2026?' });
    await within(dialog).findByText('Alla insatser har en godkänd uppföljning.');
    expect(
      within(dialog).getByRole('heading', { name: '0 insatser saknar godkänd uppföljning' }),
    ).toBeTruthy();
    expect(within(dialog).getByText('Ingen uppföljning väntar på godkännande.')).toBeTruthy();
    expect(within(dialog).queryAllByRole('listitem')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls).toEqual([]);
    expect(reads).toEqual(['follow-ups 1 2026-FY']);
    expect(screen.getByRole('button', { name: 'Stäng Helår 2026' })).toBeTruthy();
  });

  it('still lets the administrator close when the follow-ups cannot be read, saying why', async () => {
    const { port, calls } = fakePort(true, {
      periodFollowUps: () => Promise.reject(new Error('SharePoint svarade inte')),
    });
    show(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng Tertial 2 2026' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Stänga Tertial 2 2026?' });
    expect((await within(dialog).findByRole('alert')).textContent).toContain('SharePoint svarade inte');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Stäng perioden' }));
    });
    expect(calls).toEqual(['close 1 2026-T2']);
  });

  it('shows the server’s reason when the period was closed meanwhile', async () => {
    const { port } = fakePort(true, {
      closePeriod: () =>
        Promise.reject(new PeriodAlreadyClosedError(plan.title, { year: 2026, period: 'T2' })),
    });
    show(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng Tertial 2 2026' }));
    await screen.findByRole('heading', { name: '3 insatser saknar godkänd uppföljning' });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Stäng perioden' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tertial 2 2026 är redan stängd för planen Utvecklingsplan 2026.',
    );
  });

  it('shows a member the stored reports to download, and no close or export', async () => {
    const { port, calls } = fakePort(false);
    await port.closePeriod(1, { year: 2026, period: 'T1' });
    calls.length = 0;
    show(port);
    await screen.findByText('Periodstängning och export görs av en administratör.');
    expect(screen.queryByRole('button', { name: /^Stäng / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Exportera / })).toBeNull();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: /^Ladda ner utvecklingsplan-2026-T1-rapport\.docx \(20 kB\)/ }),
      );
    });
    expect(calls).toEqual(['download utvecklingsplan-2026-T1-rapport.docx']);
  });
});
