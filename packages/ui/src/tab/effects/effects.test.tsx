import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  initiativeSlice,
  overviewOf,
  type Effect,
  type Initiative,
  type Measurement,
  type Plan,
  type PlanView,
} from '@devplan/core/domain';
import type { TabDataPort, TabSession } from '@devplan/core';
import { today } from '../readiness.js';
import { TabApp, TabRoot } from '../TabApp.js';

// The chart library is ES-module-only d3 that jsdom cannot lay out: the charts are drawn in the browser
// tests (tests/e2e/effects); here a stand-in shows what each chart was given.
jest.mock('../../dashboard/charts.js', () => ({
  EffectChart: (p: { effect: { title: string }; measurements: unknown[] }) => (
    <div data-testid="effect-chart">{`${p.effect.title}: ${p.measurements.length}`}</div>
  ),
  StatusChart: () => <div data-testid="status-chart" />,
  ProgressChart: () => <div data-testid="progress-chart" />,
  ReadinessChart: () => <div data-testid="readiness-chart" />,
}));

/** A create key as the forms make them (one per form, the same on every attempt). */
const CREATE_KEY = /^[0-9a-f-]{36}$/;

const plan: Plan = {
  id: 1,
  title: 'Utvecklingsplan 2026',
  planYear: 2026,
  caseNumber: 'STK-2025-1042',
  status: 'approved',
  summary: '',
  budgetRequested: 7,
  principles: [],
  etag: '"1"',
};

const initiative = (id: number, patch: Partial<Initiative> = {}): Initiative => ({
  id,
  planId: 1,
  focusAreaId: 10,
  title: `Insats ${id}`,
  description: '',
  goal: '',
  ownerId: null,
  approverId: null,
  responsibleUnit: '',
  administrations: [],
  principles: [],
  start: null,
  end: null,
  status: 'ongoing',
  budget: null,
  criticalFactors: '',
  investmentNeed: '',
  sortOrder: id,
  etag: '"1"',
  ...patch,
});

const effect: Effect = {
  id: 30,
  planId: 1,
  initiativeId: 1,
  title: 'Färre pappersblanketter',
  description: '',
  kind: 'qualitative',
  direction: 'benefit',
  indicator: 'Antal blanketter',
  method: 'Räkning',
  schedule: 'Varje kvartal',
  measureEveryMonths: 3,
  unit: 'st',
  baseline: 120,
  baselineDate: '2026-01-15',
  target: 40,
  targetDate: '2027-12-31',
  realisedBy: 'Servicenämnden',
  followedUpBy: 'Stadskontoret',
  etag: '"4"',
};

function view(): PlanView {
  return {
    plan,
    decisions: [],
    focusAreas: [{ id: 10, planId: 1, title: 'Information', longTermShift: '', sortOrder: 1 }],
    initiatives: [initiative(1), initiative(2)],
    activities: [],
    effects: [effect],
    followUps: [],
    published: [],
  };
}

function fakePort(overrides: Partial<TabDataPort> = {}): jest.Mocked<TabDataPort> {
  const session: TabSession = {
    user: { id: 7, title: 'Sara Lindqvist' },
    canEdit: true,
    canReadWorking: true,
    plans: [plan],
  };
  const refuse = () => Promise.reject(new Error('not expected in this test'));
  return {
    session: jest.fn(() => Promise.resolve(session)),
    // As SharePoint answers: the overview's columns, or the whole view, without the activities (read on demand).
    planOverview: jest.fn(() => Promise.resolve(overviewOf({ ...view(), activities: [] }))),
    planView: jest.fn(() => Promise.resolve({ ...view(), activities: [] })),
    initiativeView: jest.fn((_plan: Plan, id: number) => Promise.resolve(initiativeSlice(view(), id))),
    planActivities: jest.fn(() => Promise.resolve(view().activities)),
    planFocusAreas: jest.fn(() => Promise.resolve(view().focusAreas)),
    initiativeDetails: jest.fn(() =>
      Promise.resolve({
        stamp: { created: null, author: null, modified: null, editor: null },
        audit: [],
        decisions: [],
        auditReadable: true,
      }),
    ),
    siteUsers: jest.fn(() => Promise.resolve([])),
    measurements: jest.fn(() => Promise.resolve([])),
    addMeasurement: jest.fn(refuse),
    deleteEffect: jest.fn(refuse),
    addEffect: jest.fn(refuse),
    updateEffect: jest.fn(refuse),
    getEffect: jest.fn(refuse),
    effectLedger: jest.fn(refuse),
    pendingApprovals: jest.fn(() => Promise.resolve([])),
    ...overrides,
  } as unknown as jest.Mocked<TabDataPort>;
}

async function open(port: TabDataPort, hash: string, locale: 'sv' | 'en' = 'sv') {
  window.location.hash = hash;
  render(
    <TabRoot theme="light" locale={locale}>
      <TabApp port={port} page="channel" planYear={2026} focusAreaId={null} />
    </TabRoot>,
  );
  await screen.findAllByRole('heading', { level: 1 });
}

/** The message Fluent's Field shows for an input (its aria-describedby). */
function messageOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('recording a measurement', () => {
  it('refuses a value in another unit next to the field, naming the unit, and saves nothing', async () => {
    const port = fakePort();
    await open(port, '#/initiative/1');
    const card = await screen.findByRole('article', { name: effect.title });
    fireEvent.click(within(card).getByRole('button', { name: `Registrera mätning: ${effect.title}` }));
    const value = await within(card).findByLabelText(/Värde \(st\)/);
    fireEvent.change(value, { target: { value: '12 %' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Spara mätningen' }));
    await waitFor(() => expect(value.getAttribute('aria-invalid')).toBe('true'));
    expect(messageOf(value)).toContain('Värdet ska anges i enheten st, inte ”%”');
    expect(document.activeElement).toBe(value);
    expect(port.addMeasurement).not.toHaveBeenCalled();
  });

  it('saves once the value is a number in the unit, and the chart and its table show the measurement', async () => {
    const saved: Measurement = {
      id: 900,
      effectId: 30,
      measuredAt: today(),
      value: 95.5,
      comment: 'Första mätningen',
      etag: '"1"',
    };
    const port = fakePort({ addMeasurement: jest.fn(() => Promise.resolve(saved)) });
    await open(port, '#/initiative/1');
    const card = await screen.findByRole('article', { name: effect.title });
    fireEvent.click(within(card).getByRole('button', { name: `Registrera mätning: ${effect.title}` }));
    fireEvent.change(await within(card).findByLabelText(/Värde \(st\)/), { target: { value: '95,5 st' } });
    fireEvent.change(within(card).getByLabelText(/Kommentar/), { target: { value: 'Första mätningen' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Spara mätningen' }));
    expect(await screen.findByText('Mätningen är sparad.')).toBeTruthy();
    expect(port.addMeasurement).toHaveBeenCalledWith(
      {
        effectId: 30,
        value: 95.5,
        measuredAt: today(),
        comment: 'Första mätningen',
      },
      expect.stringMatching(CREATE_KEY),
    );
    expect(await within(card).findByText(`${effect.title}: 1`)).toBeTruthy();
    const table = within(card).getByRole('table', { name: /Mätningar av Färre pappersblanketter/ });
    expect(within(table).getByRole('cell', { name: '95,5' })).toBeTruthy();
    expect(within(card).getByText(/1 mätning\. Senaste värde 95,5 st/)).toBeTruthy();
  });

  it('refuses a future date and a date before the baseline, in English', async () => {
    const port = fakePort();
    await open(port, '#/initiative/1', 'en');
    const card = await screen.findByRole('article', { name: effect.title });
    fireEvent.click(within(card).getByRole('button', { name: `Record measurement: ${effect.title}` }));
    const value = await within(card).findByLabelText(/Value \(st\)/);
    const date = within(card).getByLabelText(/Date measured/);
    fireEvent.change(value, { target: { value: '80' } });
    fireEvent.change(date, { target: { value: '2999-01-01' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save the measurement' }));
    await waitFor(() => expect(messageOf(date)).toContain('cannot be in the future'));
    fireEvent.change(date, { target: { value: '2026-01-14' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save the measurement' }));
    await waitFor(() => expect(messageOf(date)).toContain('cannot be before the baseline (2026-01-15)'));
    expect(port.addMeasurement).not.toHaveBeenCalled();
  });
});

describe('the effects of an initiative', () => {
  it('show every field of the benefit-realisation plan and whether a measurement is due', async () => {
    await open(fakePort(), '#/initiative/1', 'en');
    const card = await screen.findByRole('article', { name: effect.title });
    const values = within(card)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(values).toEqual([
      'Antal blanketter',
      'Räkning',
      'Varje kvartal – Every 3 months',
      'st',
      '120 st (15 Jan 2026)',
      '40 st (31 Dec 2027)',
      'Servicenämnden',
      'Stadskontoret',
    ]);
    expect(card.querySelector('[data-due]')).not.toBeNull();
  });

  it('are kept when the person does not confirm the deletion', async () => {
    const port = fakePort({ deleteEffect: jest.fn(() => Promise.resolve()) });
    await open(port, '#/initiative/1');
    const card = await screen.findByRole('article', { name: effect.title });
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: `Ta bort effekt: ${effect.title}` }));
    });
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(dialog.textContent).toContain('Ta bort effekten?');
    expect(dialog.textContent).toContain('och dess 0 mätningar tas bort');
    // In jsdom the open dialog is reported aria-hidden (Fluent's inert focus trap), hence `hidden: true`.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(port.deleteEffect).not.toHaveBeenCalled();
    expect(screen.getByRole('article', { name: effect.title })).toBeTruthy();
  });

  it('are deleted after confirming, with the ETag that was read', async () => {
    const port = fakePort({ deleteEffect: jest.fn(() => Promise.resolve()) });
    await open(port, '#/initiative/1');
    const card = await screen.findByRole('article', { name: effect.title });
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: `Ta bort effekt: ${effect.title}` }));
    });
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(dialog.textContent).toContain('Ta bort effekten?');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort effekten', hidden: true }));
    });
    expect(await screen.findByText(`Effekten ”${effect.title}” är borttagen.`)).toBeTruthy();
    expect(port.deleteEffect).toHaveBeenCalledWith(30, '"4"');
    expect(screen.queryByRole('article', { name: effect.title })).toBeNull();
  });
});

describe('the effect editor', () => {
  it('checks the measuring interval next to its field and sends it when valid', async () => {
    const created = { ...effect, id: 31, title: 'Ny effekt', measureEveryMonths: 6, etag: '"1"' };
    const port = fakePort({ addEffect: jest.fn(() => Promise.resolve(created)) });
    await open(port, '#/initiative/1/effect/new');
    fireEvent.change(screen.getByLabelText(/^Effekt/), { target: { value: 'Ny effekt' } });
    const every = screen.getByLabelText(/Mäts var n:e månad/);
    fireEvent.change(every, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(every.getAttribute('aria-invalid')).toBe('true'));
    expect(messageOf(every)).toContain('Får vara minst 1.');
    expect(port.addEffect).not.toHaveBeenCalled();
    fireEvent.change(every, { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(port.addEffect).toHaveBeenCalledWith(
        expect.objectContaining({ initiativeId: 1, title: 'Ny effekt', measureEveryMonths: 6 }),
        expect.stringMatching(CREATE_KEY),
      ),
    );
  });
});

describe('the readiness checklist', () => {
  it('lists every criterion per initiative and links each missing one straight to where it is fixed', async () => {
    await open(fakePort(), '#/readiness');
    const first = (await screen.findByRole('rowheader', { name: 'Insats 1' })).closest('tr')!;
    const link = (name: string) => within(first).getByRole('link', { name }).getAttribute('href');
    expect(link('Utse en ansvarig')).toBe('#/initiative/1/edit/ownerId');
    expect(link('Utse en godkännare')).toBe('#/initiative/1/edit/approverId');
    expect(link('Ange start- och slutdatum')).toBe('#/initiative/1/edit/start');
    expect(link('Beskriv investeringsbehovet')).toBe('#/initiative/1/edit/investmentNeed');
    expect(first.querySelector('[data-criterion="measurableGoal"]')?.getAttribute('data-outcome')).toBe(
      'met',
    );
    const second = screen.getByRole('rowheader', { name: 'Insats 2' }).closest('tr')!;
    expect(
      within(second)
        .getByRole('link', { name: 'Lägg till en effekt med indikator, nollmätning och mål' })
        .getAttribute('href'),
    ).toBe('#/initiative/2/effect/new');
  });

  it('opens the initiative editor at the missing field', async () => {
    await open(fakePort(), '#/initiative/1/edit/investmentNeed');
    await waitFor(() => expect(document.activeElement?.id).toBe('initiative-investmentNeed'));
  });
});

describe('the effect ledger', () => {
  it('lists the effects of every plan with their latest measurement and what is overdue', async () => {
    const old: Effect = {
      ...effect,
      id: 40,
      planId: 9,
      initiativeId: 90,
      title: 'Lägre kostnad',
      unit: 'kr',
    };
    const port = fakePort({
      effectLedger: jest.fn(() =>
        Promise.resolve({
          plans: [plan, { ...plan, id: 9, planYear: 2025 }],
          initiatives: [
            { id: 1, planId: 1, title: 'Insats 1' },
            { id: 90, planId: 9, title: 'Gammal insats' },
          ],
          effects: [
            effect,
            { ...old, baselineDate: '2024-01-01', measureEveryMonths: 12, targetDate: '2030-01-01' },
          ],
          measurements: [
            { id: 1, effectId: 40, measuredAt: '2025-01-05', value: 1200, comment: '', etag: '"1"' },
          ],
        }),
      ),
    });
    await open(port, '#/effects', 'en');
    const row = (await screen.findByRole('rowheader', { name: 'Lägre kostnad' })).closest('tr')!;
    expect(row.textContent).toContain('2025');
    expect(row.textContent).toContain('Gammal insats');
    expect(row.textContent).toContain('1,200 kr');
    expect(row.querySelector('[data-due="overdue"]')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/of 2 effects/);
  });
});
