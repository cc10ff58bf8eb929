import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  PeriodAlreadyClosedError,
  type PeriodClosure,
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

/** A port over fixed data that records what the view asked for (a test double for the host's client). */
function fakePort(administrator: boolean, overrides: Partial<ReportsPort> = {}) {
  const calls: string[] = [];
  let closures: PeriodClosure[] = [];
  let reports: StoredReport[] = [];
  const port: ReportsPort = {
    isAdministrator: () => Promise.resolve(administrator),
    closures: () => Promise.resolve(closures),
    reports: () => Promise.resolve(reports),
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
  return { port, calls };
}

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

  it('closes nothing when the administrator cancels', async () => {
    const { port, calls } = fakePort(true);
    show(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng Helår 2026' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls).toEqual([]);
  });

  it('shows the server’s reason when the period was closed meanwhile', async () => {
    const { port } = fakePort(true, {
      closePeriod: () =>
        Promise.reject(new PeriodAlreadyClosedError(plan.title, { year: 2026, period: 'T2' })),
    });
    show(port);
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng Tertial 2 2026' }));
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
