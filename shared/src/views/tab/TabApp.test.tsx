import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  ConcurrencyError,
  PermissionError,
  type Activity,
  type FollowUp,
  type Initiative,
  type Plan,
  type PlanView,
} from '../../domain/index.js';
import { filterInitiatives } from './PlanOverview.js';
import type { TabDataPort, TabSession } from './port.js';
import { TabApp, TabRoot } from './TabApp.js';

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
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
  etag: '"1"',
};

const initiative = (id: number, patch: Partial<Initiative> = {}): Initiative => ({
  id,
  planId: 1,
  focusAreaId: 10,
  title: `Insats ${id}`,
  description: 'Beskrivning',
  goal: 'Målet är …',
  ownerId: null,
  approverId: null,
  responsibleUnit: '',
  administrations: [],
  principles: [],
  start: null,
  end: null,
  status: 'planned',
  budget: null,
  criticalFactors: '',
  investmentNeed: '',
  sortOrder: id,
  etag: '"1"',
  ...patch,
});

const activity: Activity = {
  id: 100,
  planId: 1,
  initiativeId: 1,
  title: 'Förankras',
  status: 'notStarted',
  due: null,
  responsible: '',
  sortOrder: 1,
  etag: '"1"',
};

function view(): PlanView {
  return {
    plan,
    decisions: [],
    focusAreas: [{ id: 10, planId: 1, title: 'Information', longTermShift: '', sortOrder: 1 }],
    initiatives: [initiative(1), initiative(2, { status: 'ongoing', administrations: ['Servicenämnden'] })],
    activities: [activity],
    effects: [],
    followUps: [],
    published: [],
  };
}

function fakePort(canEdit: boolean, overrides: Partial<TabDataPort> = {}): jest.Mocked<TabDataPort> {
  const session: TabSession = {
    user: { id: 7, title: 'Sara Lindqvist' },
    canEdit,
    canReadWorking: canEdit,
    plans: [plan],
  };
  const refuse = () => Promise.reject(new Error('not expected in this test'));
  return {
    session: jest.fn(() => Promise.resolve(session)),
    planView: jest.fn(() => Promise.resolve(view())),
    initiativeDetails: jest.fn(() =>
      Promise.resolve({
        stamp: { created: null, author: null, modified: null, editor: null },
        audit: [],
        decisions: [],
        auditReadable: canEdit,
      }),
    ),
    siteUsers: jest.fn(() => Promise.resolve([])),
    getInitiative: jest.fn(refuse),
    updateInitiative: jest.fn(refuse),
    getActivity: jest.fn(refuse),
    updateActivity: jest.fn(refuse),
    getEffect: jest.fn(refuse),
    addEffect: jest.fn(refuse),
    updateEffect: jest.fn(refuse),
    getFollowUp: jest.fn(refuse),
    addFollowUp: jest.fn(refuse),
    updateFollowUp: jest.fn(refuse),
    submitFollowUp: jest.fn(refuse),
    ...overrides,
  } as jest.Mocked<TabDataPort>;
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

describe('the follow-up form', () => {
  it('shows the messages next to their fields in the user’s language and saves nothing until the input is valid', async () => {
    const port = fakePort(true);
    await open(port, '#/initiative/1/follow-up', 'en');
    fireEvent.change(screen.getByLabelText(/Progress/), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit for approval' }));
    expect(await screen.findByText('Must be at most 100.')).toBeTruthy();
    expect(screen.getByText('This field is required.')).toBeTruthy();
    expect(screen.getByLabelText(/Summary/).getAttribute('aria-invalid')).toBe('true');
    expect(port.addFollowUp).not.toHaveBeenCalled();
    expect(port.submitFollowUp).not.toHaveBeenCalled();
  });

  it('creates the draft and submits it once the input is valid', async () => {
    const draft: FollowUp = {
      id: 50,
      planId: 1,
      initiativeId: 1,
      periodYear: 2026,
      period: 'T2',
      status: 'onTrack',
      progress: 40,
      summary: 'Klart',
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      state: 'draft',
      submittedById: null,
      submittedAt: null,
      version: 1,
      etag: '"1"',
    };
    const port = fakePort(true, {
      addFollowUp: jest.fn(() => Promise.resolve(draft)),
      submitFollowUp: jest.fn(() => Promise.resolve({ ...draft, state: 'submitted' as const, etag: '"2"' })),
    });
    await open(port, '#/initiative/1/follow-up');
    fireEvent.change(screen.getByLabelText(/Genomfört/), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText(/Sammanfattning/), { target: { value: 'Klart' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka för godkännande' }));
    expect(await screen.findByText('Uppföljningen är inskickad för godkännande.')).toBeTruthy();
    expect(port.addFollowUp).toHaveBeenCalledWith(
      expect.objectContaining({ initiativeId: 1, progress: 40, summary: 'Klart' }),
    );
    expect(port.submitFollowUp).toHaveBeenCalledWith(50, '"1"', 7);
  });
});

describe('a follow-up that waits for a decision', () => {
  it('is shown read-only with the reason, without save or submit buttons', async () => {
    const submitted: FollowUp = {
      id: 51,
      planId: 1,
      initiativeId: 1,
      periodYear: 2026,
      period: 'T2',
      status: 'atRisk',
      progress: 30,
      summary: 'Försenad upphandling',
      risks: '',
      nextSteps: '',
      effectsSeen: '',
      state: 'submitted',
      submittedById: 7,
      submittedAt: '2026-09-01T10:00:00.000Z',
      version: 2,
      etag: '"2"',
    };
    const port = fakePort(true, {
      planView: jest.fn(() => Promise.resolve({ ...view(), followUps: [submitted] })),
    });
    await open(port, '#/initiative/1/follow-up');
    expect(await screen.findByText('Uppföljningen väntar på beslut och kan inte ändras nu.')).toBeTruthy();
    expect(screen.getByText('Försenad upphandling')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Skicka för godkännande|Spara utkast/ })).toBeNull();
  });
});

describe('leaving a form with unsaved changes', () => {
  it('asks first, and keeps the changes when the user chooses to keep editing', async () => {
    const port = fakePort(true);
    await open(port, '#/initiative/1/activity/100');
    fireEvent.change(screen.getByLabelText(/^Ansvarig/), { target: { value: 'Ny ansvarig' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Osparade ändringar' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fortsätt redigera' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((screen.getByLabelText(/^Ansvarig/) as HTMLInputElement).value).toBe('Ny ansvarig');
    expect(port.updateActivity).not.toHaveBeenCalled();
  });
});

describe('editing an activity someone else saved first', () => {
  it('shows what they changed and reapplies my change on their version', async () => {
    const theirs: Activity = { ...activity, responsible: 'IT-avdelningen', etag: '"2"' };
    const port = fakePort(true, {
      updateActivity: jest
        .fn()
        .mockRejectedValueOnce(new ConcurrencyError('Activities', 100))
        .mockResolvedValueOnce({ ...theirs, status: 'ongoing', etag: '"3"' }),
      getActivity: jest.fn(() => Promise.resolve(theirs)),
    });
    await open(port, '#/initiative/1/activity/100');
    fireEvent.change(screen.getByLabelText(/Status/), { target: { value: 'ongoing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('IT-avdelningen');
    expect(dialog.textContent).toContain('Pågår');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara mina ändringar ovanpå' }));
    });
    await waitFor(() =>
      expect(port.updateActivity).toHaveBeenLastCalledWith(100, { status: 'ongoing' }, '"2"'),
    );
    expect(await screen.findByText('Aktiviteten är sparad.')).toBeTruthy();
  });
});

describe('a reader', () => {
  it('sees no edit controls on the initiative page', async () => {
    await open(fakePort(false), '#/initiative/1');
    expect(screen.getByText('Du har läsbehörighet och kan inte ändra planen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Skriv uppföljning|Redigera/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Redigera/ })).toBeNull();
  });

  it('gets the refusal shown, not swallowed, when a write is refused anyway', async () => {
    const port = fakePort(true, { updateActivity: jest.fn(() => Promise.reject(new PermissionError())) });
    await open(port, '#/initiative/1/activity/100');
    fireEvent.change(screen.getByLabelText(/Status/), { target: { value: 'done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Du har inte behörighet att göra detta.',
    );
  });
});

describe('filterInitiatives', () => {
  it('combines area, status, administration, owner and a search in titles and activities', () => {
    const list = [
      initiative(1),
      initiative(2, { status: 'ongoing', administrations: ['Servicenämnden'], ownerId: 7 }),
    ];
    const all = { area: '', status: '' as const, administration: '', owner: '', search: '' };
    expect(filterInitiatives(list, { ...all, status: 'ongoing' }).map((i) => i.id)).toEqual([2]);
    expect(filterInitiatives(list, { ...all, administration: 'Servicenämnden' }).map((i) => i.id)).toEqual([
      2,
    ]);
    expect(filterInitiatives(list, { ...all, owner: 'none' }).map((i) => i.id)).toEqual([1]);
    expect(
      filterInitiatives(list, { ...all, search: 'förankras' }, new Map([[1, 'Förankras']])).map((i) => i.id),
    ).toEqual([1]);
    expect(filterInitiatives(list, { ...all, area: '99' })).toEqual([]);
  });
});
