import { render, screen } from '@testing-library/react';
import type { AuditEntry } from '@devplan/core/domain';
import { AuditTrail, type ItemName } from './AuditTrail.js';
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

const show = (entries: AuditEntry[], locale: 'sv' | 'en' = 'sv', nameOf?: ItemName) =>
  render(
    <TabRoot theme="light" locale={locale}>
      <AuditTrail entries={entries} nameOf={nameOf} />
    </TabRoot>,
  );

/** An audited edit of item 12 of `list` ("title"), with the fields it changed. */
const edited = (
  id: number,
  action: string,
  list: string,
  title: string,
  changes: { field: string; before: unknown; after: unknown }[],
): AuditEntry =>
  entry(id, action, 'Sara Lindqvist', { list, itemId: 12, version: 3, title, changes, state: {} });

describe('the audit trail in words', () => {
  const submitted = edited(1, 'submit', 'FollowUps', 'T1 2026', [
    { field: 'state', before: 'draft', after: 'submitted' },
    { field: 'submittedById', before: null, after: 7 },
    { field: 'submittedAt', before: null, after: '2026-03-02T23:16:00Z' },
  ]);
  const card = entry(2, 'cardSent', 'app', {});

  // TabRoot loads its theme on demand: each test waits for its first text to show.
  it('names recorded fields and their values as a person reads them, in Stockholm time, and hides ids', async () => {
    show([submitted, card]);
    expect(await screen.findByText('Läge: Utkast → Inskickad')).toBeTruthy();
    expect(screen.getByText('Inskickad: – → 3 mars 2026 00:16')).toBeTruthy();
    expect(screen.queryByText(/submittedById/)).toBeNull();
    expect(screen.getByText(/00:16: Sara Lindqvist skickade in Uppföljningar: T1 2026/)).toBeTruthy();
  });

  it('says what the app did in words', async () => {
    show([card]);
    expect(await screen.findByText(/Appen skickade godkännandekortet för Uppföljningar 12/)).toBeTruthy();
  });

  it('speaks English when the tab does', async () => {
    show([submitted, card], 'en');
    expect(await screen.findByText('State: Draft → Submitted')).toBeTruthy();
    expect(screen.getByText(/The app sent the approval card for/)).toBeTruthy();
  });

  it('writes dates as dates, the focus area and the approver by name, and leaves out where an item came from', async () => {
    const edit = edited(3, 'update', 'Initiatives', 'Identitet', [
      { field: 'end', before: null, after: '2026-12-31' },
      { field: 'focusAreaId', before: 1, after: 2 },
      { field: 'approverId', before: null, after: 'Karin Nilsson' },
      { field: 'carriedFromId', before: null, after: 4 },
    ]);
    show([edit], 'sv', (list, id) => (list === 'FocusAreas' ? ['Information', 'Teknik'][id - 1] : undefined));
    expect(await screen.findByText('Slutdatum: – → 31 dec. 2026')).toBeTruthy();
    expect(screen.getByText('Fokusområde: Information → Teknik')).toBeTruthy();
    expect(screen.getByText('Godkännare: – → Karin Nilsson')).toBeTruthy();
    expect(screen.queryByText(/carriedFromId/)).toBeNull();
  });

  it('names the item of an entry without a title (a card, a decision) by the name it has', async () => {
    show([entry(2, 'cardSent', 'app', {})], 'sv', (list, id) =>
      list === 'FollowUps' && id === 12 ? 'Tertial 1 2026' : undefined,
    );
    expect(
      await screen.findByText(/Appen skickade godkännandekortet för Uppföljningar: Tertial 1 2026/),
    ).toBeTruthy();
  });
});
