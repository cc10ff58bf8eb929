import { render, screen } from '@testing-library/react';
import type { AuditEntry } from '@devplan/core/domain';
import { AuditTrail } from './AuditTrail.js';
import { TabRoot } from './TabApp.js';

const entry = (id: number, action: string, actor: string, details: Record<string, unknown>): AuditEntry => ({
  id,
  etag: '"1"',
  action,
  listName: 'FollowUps',
  itemId: 12,
  actor,
  at: '2026-03-02T23:16:00Z',
  details,
  source: 'tab',
  entryKey: `k${id}`,
});

const show = (entries: AuditEntry[], locale: 'sv' | 'en' = 'sv') =>
  render(
    <TabRoot theme="light" locale={locale}>
      <AuditTrail entries={entries} />
    </TabRoot>,
  );

describe('the audit trail in words', () => {
  const submitted = entry(1, 'submit', 'Sara Lindqvist', {
    list: 'FollowUps',
    itemId: 12,
    version: 3,
    title: 'T1 2026',
    changes: [
      { field: 'state', before: 'draft', after: 'submitted' },
      { field: 'submittedById', before: null, after: 7 },
      { field: 'submittedAt', before: null, after: '2026-03-02T23:16:00Z' },
    ],
    state: {},
  });
  const card = entry(2, 'cardSent', 'app', {});

  it('names recorded fields and their values as a person reads them, in Stockholm time, and hides ids', () => {
    show([submitted, card]);
    expect(screen.getByText('Läge: Utkast → Inskickad')).toBeTruthy();
    expect(screen.getByText('Inskickad: – → 3 mars 2026 00:16')).toBeTruthy();
    expect(screen.queryByText(/submittedById/)).toBeNull();
    expect(screen.getByText(/00:16: Sara Lindqvist skickade in Uppföljningar: T1 2026/)).toBeTruthy();
  });

  it('says what the app did in words', () => {
    show([card]);
    expect(screen.getByText(/Appen skickade godkännandekortet för Uppföljningar 12/)).toBeTruthy();
  });

  it('speaks English when the tab does', () => {
    show([submitted, card], 'en');
    expect(screen.getByText('State: Draft → Submitted')).toBeTruthy();
    expect(screen.getByText(/The app sent the approval card for/)).toBeTruthy();
  });
});
