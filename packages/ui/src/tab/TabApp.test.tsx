import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  ConcurrencyError,
  DecisionRefusedError,
  PermissionError,
  initiativeSlice,
  overviewLead,
  overviewOf,
  type Activity,
  type ApprovalDecision,
  type DecisionOutcome,
  type FollowUp,
  type Initiative,
  type OverviewPlanView,
  type Plan,
  type PlanView,
} from '@devplan/core/domain';
import { filterInitiatives } from './PlanOverview.js';
import type { PlansPort, TabDataPort, TabSession } from '@devplan/core';
import { TabApp, TabRoot } from './TabApp.js';

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

/** A follow-up of initiative 1 in 2026 (sent back unless `over` says otherwise). */
function followUpOf(over: Partial<FollowUp> & Pick<FollowUp, 'id' | 'period'>): FollowUp {
  return {
    planId: 1,
    initiativeId: 1,
    periodYear: 2026,
    status: 'onTrack',
    progress: 40,
    summary: 'Enligt plan.',
    risks: '',
    nextSteps: '',
    effectsSeen: '',
    state: 'sentBack',
    submittedById: 7,
    submittedAt: '2026-06-10T08:00:00Z',
    version: 3,
    etag: '"3"',
    ...over,
  };
}

/** Karin Nilsson's decision on follow-up 61, at `decidedAt`. */
function karinDecided(decision: DecisionOutcome, decidedAt: string, comment: string): ApprovalDecision {
  return {
    id: 5,
    etag: '"1"',
    followUpId: 61,
    decision,
    decidedById: 9,
    decidedBy: { id: 9, title: 'Karin Nilsson' },
    decidedAt,
    comment,
    followUpVersion: 2,
    seal: '',
  };
}

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
  // An initiative's part of the plan is read from the same plan as the whole view (and with its activities).
  const whole =
    (overrides.planView as jest.Mock<Promise<PlanView>> | undefined)?.getMockImplementation() ??
    (() => Promise.resolve(view()));
  return {
    session: jest.fn(() => Promise.resolve(session)),
    // As SharePoint answers: the overview's columns, or the whole view, without the activities (read on demand).
    planOverview: jest.fn(() => Promise.resolve(overviewOf({ ...view(), activities: [] }))),
    planView: jest.fn(() => Promise.resolve({ ...view(), activities: [] })),
    initiativeView: jest.fn(async (_plan: Plan, id: number) =>
      initiativeSlice({ ...(await whole()), activities: view().activities }, id),
    ),
    planActivities: jest.fn(() => Promise.resolve(view().activities)),
    planFocusAreas: jest.fn(() => Promise.resolve(view().focusAreas)),
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
    getFollowUps: jest.fn(refuse),
    addFollowUp: jest.fn(refuse),
    updateFollowUp: jest.fn(refuse),
    submitFollowUp: jest.fn(refuse),
    addActivity: jest.fn(refuse),
    deleteActivity: jest.fn(refuse),
    pendingApprovals: jest.fn(() => Promise.resolve([])),
    decideFollowUp: jest.fn(refuse),
    followUpDecisions: jest.fn(() => Promise.resolve([])),
    delegations: jest.fn(() => Promise.resolve({ approver: false, given: [], received: [] })),
    isAdministrator: jest.fn(() => Promise.resolve(false)),
    assignApprover: jest.fn(refuse),
    ...overrides,
  } as jest.Mocked<TabDataPort>;
}

/** A promise the test settles when it chooses (`resolve`). */
function answerLater<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve: (value) => resolve(value) };
}

/** A plan still drafted: an editor moves and retires its content on its plan years, which read the whole view. */
const draftPlan: Plan = { ...plan, status: 'draft' };

/** The plan years' port of someone who is not an administrator, for a plan with no decisions yet. */
function plansPort(): PlansPort {
  const refuse = () => Promise.reject(new Error('not expected in this test'));
  return {
    isAdministrator: jest.fn(() => Promise.resolve(false)),
    decisions: jest.fn(() => Promise.resolve([])),
    initiatives: jest.fn(refuse),
    createPlanYear: jest.fn(refuse),
    updatePlan: jest.fn(refuse),
    closePlanYear: jest.fn(refuse),
    recordDecision: jest.fn(refuse),
    planDocument: jest.fn(refuse),
  };
}

/**
 * `fakePort` for a member whose plan is `draftPlan` (members read the working lists, so they see drafts): an
 * editor, or with `canEdit` false one who may only read.
 */
function draftPort(overrides: Partial<TabDataPort> = {}, canEdit = true): jest.Mocked<TabDataPort> {
  const port = fakePort(canEdit, overrides);
  const session = port.session.getMockImplementation();
  port.session.mockImplementation(async () => ({
    ...(await session!()),
    canReadWorking: true,
    plans: [draftPlan],
  }));
  return port;
}

async function open(port: TabDataPort, hash: string, locale: 'sv' | 'en' = 'sv', plans?: PlansPort) {
  window.location.hash = hash;
  render(
    <TabRoot theme="light" locale={locale}>
      <TabApp port={port} plans={plans} page="channel" planYear={2026} focusAreaId={null} />
    </TabRoot>,
  );
  await screen.findAllByRole('heading', { level: 1 });
  await settled();
}

/** Lets the plan load and the page's on-demand chunk (React.lazy) arrive and render. */
async function settled() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
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
      expect.stringMatching(CREATE_KEY),
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

const submittedFollowUp: FollowUp = {
  id: 60,
  planId: 1,
  initiativeId: 2,
  periodYear: 2026,
  period: 'T2',
  status: 'atRisk',
  progress: 35,
  summary: 'Upphandlingen är försenad.',
  risks: 'Leverantören',
  nextSteps: '',
  effectsSeen: '',
  state: 'submitted',
  submittedById: 8,
  submittedAt: '2026-09-01T10:00:00.000Z',
  version: 2,
  etag: '"2"',
};

function approverPort(overrides: Partial<TabDataPort> = {}) {
  return fakePort(true, {
    planView: jest.fn(() => Promise.resolve({ ...view(), followUps: [submittedFollowUp] })),
    // The personal view paints from the overview: it reads the waiting follow-ups' texts in one request.
    getFollowUps: jest.fn(() => Promise.resolve([submittedFollowUp])),
    pendingApprovals: jest.fn(() =>
      Promise.resolve([{ followUpId: 60, version: 2, initiativeId: 2, period: 'T2', periodYear: 2026 }]),
    ),
    ...overrides,
  });
}

// jsdom runs no animations, so Fluent's dialogs stay "entering" and hidden from the accessibility tree: the
// buttons inside them are found with `hidden: true` (the e2e tests click them in a real browser).
describe('deciding a follow-up from the tab', () => {
  it('shows in the personal view what a waiting follow-up says, its texts read in one request, not the whole view', async () => {
    const port = approverPort();
    await open(port, '#/mine');
    expect(await screen.findByText('Upphandlingen är försenad.')).toBeTruthy();
    expect(screen.getByText('Leverantören')).toBeTruthy();
    expect(port.getFollowUps).toHaveBeenCalledTimes(1);
    expect(port.getFollowUps).toHaveBeenCalledWith([60]);
    expect(port.planView).not.toHaveBeenCalled();
  });

  it('says so in the personal view when the waiting follow-ups’ texts cannot be read, and still lets the approver decide', async () => {
    const port = approverPort({
      getFollowUps: jest.fn(() => Promise.reject(new Error('nätverket svarade inte'))),
    });
    await open(port, '#/mine');
    expect(await screen.findByText(/nätverket svarade inte/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Godkänn' })).toBeTruthy();
  });

  it('refuses to send back without a comment, next to the field, and sends nothing', async () => {
    const port = approverPort();
    await open(port, '#/mine', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Send back' }));
    expect(await screen.findByText('Write a comment on why the follow-up is sent back.')).toBeTruthy();
    expect(screen.getByLabelText(/Comment/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(port.decideFollowUp).not.toHaveBeenCalled();
  });

  it('approves after confirmation with the version read, waits until the server completed it, then reads the plan and the pending list again', async () => {
    // The server completes a recorded decision from a queue: the first read still shows it submitted.
    const states = ['submitted', 'approved'] as const;
    const port = approverPort({
      decideFollowUp: jest.fn(() =>
        Promise.resolve({ status: 'recorded' as const, followUpState: 'approved' as const }),
      ),
      getFollowUp: jest.fn(() =>
        Promise.resolve({ ...submittedFollowUp, state: states[Math.min(reads++, 1)]! }),
      ),
    });
    let reads = 0;
    await open(port, '#/initiative/2');
    const section = (await screen.findByRole('heading', { name: 'Väntar på mitt godkännande' }))
      .parentElement!;
    expect(within(section).getByText('Upphandlingen är försenad.')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Godkänn' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Godkänna uppföljningen?' });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Godkänn', hidden: true }));
    });
    expect(await screen.findByText('Uppföljningen är godkänd och publiceras på intranätet.')).toBeTruthy();
    expect(port.decideFollowUp).toHaveBeenCalledWith({
      followUpId: 60,
      version: 2,
      decision: 'approved',
      comment: '',
    });
    // The plan (and the initiative's part of it) is read again once the follow-up shows the decision.
    await waitFor(() => expect(port.initiativeView).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    expect(port.planOverview).toHaveBeenCalledTimes(2);
    expect(port.planView).not.toHaveBeenCalled();
    expect(port.getFollowUp).toHaveBeenCalledTimes(2);
    expect(port.pendingApprovals).toHaveBeenCalledTimes(2);
  });

  it('shows why the server refused (someone else decided first) and refreshes', async () => {
    const port = approverPort({
      decideFollowUp: jest.fn(() =>
        Promise.reject(
          new DecisionRefusedError('alreadyDecided', {
            sv: 'Uppföljningen är redan beslutad av Erik Johansson: godkänd.',
            en: 'The follow-up was already decided by Erik Johansson: approved.',
          }),
        ),
      ),
    });
    await open(port, '#/mine');
    fireEvent.change(await screen.findByLabelText(/Kommentar/), { target: { value: 'Komplettera risker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka tillbaka' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Skicka tillbaka uppföljningen?' });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka', hidden: true }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Uppföljningen är redan beslutad av Erik Johansson: godkänd.',
    );
    expect(port.decideFollowUp).toHaveBeenCalledWith(
      expect.objectContaining({ decision: 'sentBack', comment: 'Komplettera risker' }),
    );
    expect(port.pendingApprovals).toHaveBeenCalledTimes(2);
  });
});

describe('the overview of a plan', () => {
  /** The whole view, with initiative 1 described (a text the overview's read does not have). */
  const described = (): PlanView => ({
    ...view(),
    activities: [],
    initiatives: [initiative(1, { description: 'Ett nytt ärendesystem' }), initiative(2)],
  });

  it('paints from the overview’s own read, an initiative’s page from its part of the plan, and reads the whole view only when another page needs it, once', async () => {
    const port = draftPort({ planView: jest.fn(() => Promise.resolve(described())) });
    await open(port, '#/', 'sv', plansPort());
    expect(screen.getByRole('link', { name: 'Insats 2' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(1);
    expect(port.planView).not.toHaveBeenCalled();
    act(() => {
      window.location.hash = '#/readiness';
    });
    await settled();
    expect(port.planView).not.toHaveBeenCalled();
    act(() => {
      window.location.hash = '#/initiative/1';
    });
    // The description is not in the overview's read: it is in the initiative's.
    expect(await screen.findByText('Ett nytt ärendesystem')).toBeTruthy();
    expect(port.initiativeView).toHaveBeenLastCalledWith(draftPlan, 1, true);
    act(() => {
      window.location.hash = '#/initiative/2';
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Insats 2' })).toBeTruthy();
    expect(port.initiativeView).toHaveBeenLastCalledWith(draftPlan, 2, true);
    expect(port.planView).not.toHaveBeenCalled();
    act(() => {
      window.location.hash = '#/plans';
    });
    await settled();
    act(() => {
      window.location.hash = '#/initiative/1';
    });
    expect(await screen.findByText('Ett nytt ärendesystem')).toBeTruthy();
    // Once the whole view is read, an initiative's page takes it rather than reading its part.
    expect(port.planView).toHaveBeenCalledTimes(1);
    expect(port.initiativeView).toHaveBeenCalledTimes(2);
  });

  it('reads only the whole view when the page opened first needs it (the overview is part of it)', async () => {
    const port = draftPort({ planView: jest.fn(() => Promise.resolve(described())) });
    await open(port, '#/plans', 'sv', plansPort());
    act(() => {
      window.location.hash = '#/';
    });
    expect(await screen.findByRole('link', { name: 'Insats 2' })).toBeTruthy();
    expect(port.planView).toHaveBeenCalledTimes(1);
    expect(port.planOverview).not.toHaveBeenCalled();
  });

  it('shows an adopted plan’s years from the overview’s read, never reading the whole view', async () => {
    const port = fakePort(true);
    await open(port, '#/plans', 'sv', plansPort());
    expect(await screen.findByRole('heading', { level: 1, name: 'Planår och beslut' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/';
    });
    expect(await screen.findByRole('link', { name: 'Insats 2' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(1);
    expect(port.planView).not.toHaveBeenCalled();
  });

  it('shows a draft plan’s years to someone who reads the working lists but cannot edit from the overview’s read', async () => {
    const port = draftPort({}, false);
    await open(port, '#/plans', 'sv', plansPort());
    expect(await screen.findByRole('heading', { level: 1, name: 'Planår och beslut' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(1);
    expect(port.planView).not.toHaveBeenCalled();
  });

  it('reads the overview and the initiative’s part when an initiative’s page opens first, not the whole view', async () => {
    const port = fakePort(true, { planView: jest.fn(() => Promise.resolve(described())) });
    await open(port, '#/initiative/1');
    expect(await screen.findByText('Ett nytt ärendesystem')).toBeTruthy();
    // Its activities came with it.
    expect(screen.getByRole('rowheader', { name: 'Förankras' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(1);
    expect(port.initiativeView).toHaveBeenCalledTimes(1);
    expect(port.planView).not.toHaveBeenCalled();
    expect(port.planActivities).not.toHaveBeenCalled();
  });

  it('paints an initiative’s page opened first from its part before the overview’s read answers; other pages wait for it and say so', async () => {
    const overview = answerLater<OverviewPlanView>();
    const port = fakePort(true, { planOverview: jest.fn(() => overview.promise) });
    await open(port, '#/initiative/1');
    expect(screen.getByRole('heading', { level: 1, name: 'Insats 1' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Förankras' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/';
    });
    expect(await screen.findByText('Hämtar planen …')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Insats 2' })).toBeNull();
    await act(async () => overview.resolve(overviewOf({ ...view(), activities: [] })));
    expect(await screen.findByRole('link', { name: 'Insats 2' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/initiative/1';
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Insats 1' })).toBeTruthy();
    // The part read with the plan served the page: it was not read again.
    expect(port.initiativeView).toHaveBeenCalledTimes(1);
    expect(port.planOverview).toHaveBeenCalledTimes(1);
  });

  it('keeps what was saved on an initiative’s page opened first when the overview’s read, made before, answers', async () => {
    const overview = answerLater<OverviewPlanView>();
    const port = fakePort(true, {
      planOverview: jest.fn(() => overview.promise),
      updateInitiative: jest.fn((id: number, patch) =>
        Promise.resolve({ ...initiative(id), ...patch, etag: '"2"' } as Initiative),
      ),
    });
    await open(port, '#/initiative/1/edit');
    fireEvent.change(await screen.findByLabelText(/^Namn/), { target: { value: 'Nytt ärendesystem' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Insatsen är sparad.')).toBeTruthy();
    await act(async () => overview.resolve(overviewOf({ ...view(), activities: [] })));
    act(() => {
      window.location.hash = '#/';
    });
    expect(await screen.findByRole('link', { name: 'Nytt ärendesystem' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Insats 1' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Insats 2' })).toBeTruthy();
  });

  it('keeps an initiative’s page opened first when the overview’s read fails, and opens the overview on a retry', async () => {
    let fail = true;
    const port = fakePort(true, {
      planOverview: jest.fn(() =>
        fail
          ? Promise.reject(new Error('nätverket svarade inte'))
          : Promise.resolve(overviewOf({ ...view(), activities: [] })),
      ),
    });
    await open(port, '#/initiative/1');
    expect(screen.getByRole('heading', { level: 1, name: 'Insats 1' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/';
    });
    expect(await screen.findByText(/nätverket svarade inte/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('link', { name: 'Insats 2' })).toBeTruthy();
  });

  it('searches the descriptions and goals once the whole view is read', async () => {
    const port = fakePort(true, {
      planView: jest.fn(() =>
        Promise.resolve({
          ...view(),
          activities: [],
          initiatives: [initiative(1), initiative(2, { goal: 'Ett gemensamt diarium' })],
        }),
      ),
    });
    await open(port, '#/');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök insats eller aktivitet' }), {
      target: { value: 'diarium' },
    });
    expect(await screen.findByRole('link', { name: 'Insats 2' })).toBeTruthy();
    await settled();
    expect(screen.queryByRole('link', { name: 'Insats 1' })).toBeNull();
    expect(port.planView).toHaveBeenCalledTimes(1);
  });

  it('says why a draft plan’s content could not be shown when the whole view’s read fails, the rest of its years shown, and shows it on a retry', async () => {
    let fail = true;
    const port = draftPort({
      planView: jest.fn(() =>
        fail ? Promise.reject(new Error('nätverket svarade inte')) : Promise.resolve(described()),
      ),
    });
    await open(port, '#/', 'sv', plansPort());
    act(() => {
      window.location.hash = '#/plans';
    });
    expect(await screen.findByText(/nätverket svarade inte/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Planår och beslut' })).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(screen.queryByText(/nätverket svarade inte/)).toBeNull());
    expect(port.planView).toHaveBeenCalledTimes(2);
  });

  it('says why an initiative’s page could not open when its read fails, and opens it on a retry', async () => {
    let fail = true;
    const port = fakePort(true);
    port.initiativeView.mockImplementation(async (_plan, id) =>
      fail
        ? Promise.reject(new Error('nätverket svarade inte'))
        : initiativeSlice({ ...described(), activities: [activity] }, id),
    );
    await open(port, '#/');
    act(() => {
      window.location.hash = '#/initiative/1';
    });
    expect(await screen.findByText(/nätverket svarade inte/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Ett nytt ärendesystem')).toBeTruthy();
    expect(port.initiativeView).toHaveBeenCalledTimes(2);
    expect(port.planView).not.toHaveBeenCalled();
  });
});

describe('the readiness check', () => {
  it('shows the checklists a page at a time, and the next page on request with focus on its first initiative', async () => {
    const many = Array.from({ length: 120 }, (_, n) => initiative(n + 1));
    const port = fakePort(true, {
      planOverview: jest.fn(() =>
        Promise.resolve(overviewOf({ ...view(), initiatives: many, activities: [] })),
      ),
    });
    await open(port, '#/readiness');
    const rows = () => document.querySelectorAll('tr[data-initiative]');
    expect(rows()).toHaveLength(50);
    expect(screen.getByText('Visar 50 av 120 insatser i checklistan.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Visa 50 till' }));
    await waitFor(() => expect(rows()).toHaveLength(100));
    expect(document.activeElement?.textContent).toBe('Insats 51');
    expect(port.planView).not.toHaveBeenCalled();
  });
});

describe('activities', () => {
  it('are not read for the overview until someone searches, then once, and the search finds by them', async () => {
    const port = fakePort(true);
    await open(port, '#/');
    expect(port.planActivities).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök insats eller aktivitet' }), {
      target: { value: 'förankras' },
    });
    expect(await screen.findByRole('link', { name: 'Insats 1' })).toBeTruthy();
    await settled();
    expect(screen.queryByRole('link', { name: 'Insats 2' })).toBeNull();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök insats eller aktivitet' }), {
      target: { value: 'förankra' },
    });
    await settled();
    expect(port.planActivities).toHaveBeenCalledTimes(1);
    expect(port.planActivities).toHaveBeenCalledWith({ id: 1 });
  });

  it('say on the initiative page, once the whole view is read without them, that they are being read, and why not with a retry when the read fails', async () => {
    let fail = true;
    const port = draftPort({
      planActivities: jest.fn(() =>
        fail ? Promise.reject(new Error('nätverket svarade inte')) : Promise.resolve([activity]),
      ),
    });
    await open(port, '#/plans');
    act(() => {
      window.location.hash = '#/initiative/1';
    });
    expect(await screen.findByText(/nätverket svarade inte/)).toBeTruthy();
    expect(screen.queryByText('Insatsen har inga aktiviteter.')).toBeNull();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('rowheader', { name: 'Förankras' })).toBeTruthy();
    expect(port.planActivities).toHaveBeenCalledTimes(2);
  });

  it('are added with the initiative, the plan and the next sort order', async () => {
    const port = fakePort(true, {
      addActivity: jest.fn((input) =>
        Promise.resolve({ ...activity, ...input, id: 101, etag: '"1"' } as Activity),
      ),
    });
    await open(port, '#/initiative/1');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till aktivitet' }));
    await screen.findByRole('heading', { level: 1, name: 'Ny aktivitet: Insats 1' });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Fältet måste fyllas i.')).toBeTruthy();
    expect(port.addActivity).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Aktivitet/), { target: { value: 'Utbilda chefer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Aktiviteten är tillagd.')).toBeTruthy();
    expect(port.addActivity).toHaveBeenCalledWith(
      expect.objectContaining({ planId: 1, initiativeId: 1, title: 'Utbilda chefer', sortOrder: 2 }),
      expect.stringMatching(CREATE_KEY),
    );
    expect(screen.getByRole('rowheader', { name: 'Utbilda chefer' })).toBeTruthy();
  });

  it('are deleted only after confirmation, with the ETag read', async () => {
    const port = fakePort(true, { deleteActivity: jest.fn(() => Promise.resolve()) });
    await open(port, '#/initiative/1');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort: Förankras' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort aktiviteten?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(port.deleteActivity).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort: Förankras' }));
    await act(async () => {
      fireEvent.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', {
          name: 'Ta bort aktiviteten',
          hidden: true,
        }),
      );
    });
    expect(await screen.findByText('Aktiviteten ”Förankras” är borttagen.')).toBeTruthy();
    expect(port.deleteActivity).toHaveBeenCalledWith(100, '"1"');
    expect(screen.getByText('Insatsen har inga aktiviteter.')).toBeTruthy();
  });
});

describe('editing an initiative’s administrations and principles', () => {
  it('sends them as lists, one value per line', async () => {
    const port = fakePort(true, {
      updateInitiative: jest.fn((id: number, patch) =>
        Promise.resolve({ ...initiative(id), ...patch, etag: '"2"' } as Initiative),
      ),
    });
    await open(port, '#/initiative/1/edit');
    fireEvent.change(await screen.findByLabelText(/Berörda förvaltningar/), {
      target: { value: 'Servicenämnden\n\n  Stadsbyggnadsnämnden ' },
    });
    fireEvent.change(screen.getByLabelText(/Principer/), { target: { value: 'Digitalt först' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Insatsen är sparad.')).toBeTruthy();
    expect(port.updateInitiative).toHaveBeenCalledWith(
      1,
      { administrations: ['Servicenämnden', 'Stadsbyggnadsnämnden'], principles: ['Digitalt först'] },
      '"1"',
    );
  });
});

describe('naming an initiative’s approver', () => {
  const people = [
    { id: 7, title: 'Sara Lindqvist' },
    { id: 9, title: 'Karin Nilsson' },
  ];

  it('is offered to a plan administrator, who saves it through the app server', async () => {
    const port = fakePort(true, {
      siteUsers: jest.fn(() => Promise.resolve(people)),
      isAdministrator: jest.fn(() => Promise.resolve(true)),
      assignApprover: jest.fn((id: number, approverId: number | null) =>
        Promise.resolve({
          ...initiative(id),
          approverId,
          approver: { id: 9, title: 'Karin Nilsson' },
          etag: '"2"',
        } as Initiative),
      ),
    });
    await open(port, '#/initiative/1/edit');
    const select = await screen.findByRole('combobox', { name: 'Godkännare' });
    fireEvent.change(select, { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara godkännare' }));
    expect(await screen.findByText('Godkännaren är sparad.')).toBeTruthy();
    expect(port.assignApprover).toHaveBeenCalledWith(1, 9);
    expect(port.updateInitiative).not.toHaveBeenCalled();
  });

  it('is shown to a member as who approves and who names the approver, with nothing to change', async () => {
    const port = fakePort(true, { siteUsers: jest.fn(() => Promise.resolve(people)) });
    await open(port, '#/initiative/1/edit');
    expect(await screen.findByText(/Godkännaren utses av en planadministratör/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Godkännare' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Spara godkännare' })).toBeNull();
    expect(port.assignApprover).not.toHaveBeenCalled();
  });
});

describe('a follow-up that was sent back', () => {
  it('shows on top of its form who sent it back, when in Swedish time, and the comment to act on', async () => {
    const sentBack = (n: number, period: string): FollowUp =>
      followUpOf({ id: 60 + n, period, status: 'atRisk', summary: 'Upphandlingen är försenad.' });
    const port = fakePort(true, {
      planView: jest.fn(() =>
        Promise.resolve({ ...view(), followUps: ['T1', 'T2', 'T3'].map((p, n) => sentBack(n, p)) }),
      ),
      followUpDecisions: jest.fn(() =>
        Promise.resolve([
          karinDecided('sentBack', '2026-06-14T22:16:00Z', 'Beskriv tidplanen för upphandlingen.'),
        ]),
      ),
    });
    await open(port, '#/initiative/1/follow-up');
    expect(await screen.findByText('Skickad tillbaka av Karin Nilsson 15 juni 2026 00:16')).toBeTruthy();
    expect(screen.getByText('Beskriv tidplanen för upphandlingen.')).toBeTruthy();
    expect(screen.getByText(/Rätta det som efterfrågas/)).toBeTruthy();
  });
});

describe('who is signed in', () => {
  it('names a site owner as administrator, not as a member', async () => {
    const member = fakePort(true);
    const session = await member.session();
    const port = fakePort(true, { session: jest.fn(() => Promise.resolve({ ...session, siteOwner: true })) });
    await open(port, '#/overview');
    expect(screen.getByText('Inloggad: Sara Lindqvist (administratör)')).toBeTruthy();
    expect(screen.queryByText(/\(medlem\)/)).toBeNull();
  });
});

describe('the decision history of an initiative', () => {
  const followUp = followUpOf({ id: 61, period: 'T1', state: 'approved' });

  it('says who decided on which follow-up, and when in Swedish time', async () => {
    const port = fakePort(true, {
      planView: jest.fn(() => Promise.resolve({ ...view(), followUps: [followUp] })),
      initiativeDetails: jest.fn(() =>
        Promise.resolve({
          stamp: { created: null, author: null, modified: null, editor: null },
          audit: [],
          auditReadable: true,
          decisions: [karinDecided('approved', '2026-03-02T23:16:00Z', 'Bra.')],
        }),
      ),
    });
    await open(port, '#/initiative/1');
    expect(
      await screen.findByText('3 mars 2026 00:16: Karin Nilsson godkände Tertial 1 2026 – Bra.'),
    ).toBeTruthy();
  });

  it('tells a reader what they may see instead of "no decisions" when nothing is published', async () => {
    await open(fakePort(false), '#/initiative/1');
    expect(
      await screen.findByText(
        /^Ingen uppföljning av insatsen är godkänd och publicerad ännu\. Du ser de godkända/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText('Inga beslut ännu.')).toBeNull();
  });
});

describe('the configuration page', () => {
  it('lists the focus areas of another plan from their own read, not a whole plan view', async () => {
    const plan2027: Plan = { ...plan, id: 2, title: 'Utvecklingsplan 2027', planYear: 2027 };
    const port = fakePort(true, {
      planFocusAreas: jest.fn(() =>
        Promise.resolve([{ id: 20, planId: 2, title: 'Digital service', longTermShift: '', sortOrder: 1 }]),
      ),
    });
    port.session.mockResolvedValue({
      user: { id: 7, title: 'Sara Lindqvist' },
      canEdit: true,
      canReadWorking: true,
      plans: [plan2027, plan],
    });
    const onConfigChange = jest.fn();
    render(
      <TabRoot theme="light" locale="sv">
        <TabApp
          port={port}
          page="config"
          planYear={2026}
          focusAreaId={null}
          onConfigChange={onConfigChange}
        />
      </TabRoot>,
    );
    const planField = await screen.findByLabelText('Utvecklingsplan');
    expect(screen.getByRole('option', { name: 'Information' })).toBeTruthy();
    fireEvent.change(planField, { target: { value: '2027' } });
    expect(await screen.findByRole('option', { name: 'Digital service' })).toBeTruthy();
    expect(port.planFocusAreas).toHaveBeenCalledWith(plan2027);
    // The configured plan's areas come with the overview's read.
    expect(port.planOverview).toHaveBeenCalledTimes(1);
    expect(port.planView).not.toHaveBeenCalled();
    expect(onConfigChange).toHaveBeenLastCalledWith({ planYear: 2027, focusAreaId: null });
  });
});

describe('the plan overview painted from the app’s lead', () => {
  /** The plan of `view()` with 30 initiatives in its one area (a page is 25); the last has an owner. */
  const large = (): OverviewPlanView =>
    overviewOf({
      ...view(),
      activities: [],
      initiatives: Array.from({ length: 30 }, (_, n) =>
        initiative(n + 1, n === 29 ? { ownerId: 3, owner: { id: 3, title: 'Olle Ek' } } : {}),
      ),
    });

  /** `fakePort` for a member whose session brings `lead` (the app's lead of the overview, or null). */
  function leadPort(lead: OverviewPlanView | null, overrides: Partial<TabDataPort> = {}) {
    const port = fakePort(true, overrides);
    const session = port.session.getMockImplementation();
    port.session.mockImplementation(async () => ({ ...(await session!()), lead }));
    return port;
  }

  it('paints each area’s first page with the counts of the whole, other pages waiting, then the rest', async () => {
    const overview = answerLater<OverviewPlanView>();
    const whole = large();
    const port = leadPort(overviewLead(whole), { planOverview: jest.fn(() => overview.promise) });
    await open(port, '#/');
    expect(port.session).toHaveBeenCalledWith(2026);
    expect(screen.getByRole('link', { name: 'Insats 25' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Insats 26' })).toBeNull();
    expect(screen.getByText('Visar 30 av 30 insatser.')).toBeTruthy();
    expect(screen.getByText('Visar 25 av 30 insatser i Information.')).toBeTruthy();
    expect(screen.getByText('Resten av planen läses in …')).toBeTruthy();
    // A printout now would be of the first pages only, and says so on paper.
    expect(
      screen.getByText(
        'Utskriften visar bara början av planen: resten hade inte lästs in när du skrev ut. Skriv ut igen när hela planen visas.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resten läses in …' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    // The owner filter offers the owner of an initiative past the first page.
    expect(screen.getByRole('option', { name: 'Olle Ek' })).toBeTruthy();
    // A filter other than the area's waits for the rest.
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ongoing' } });
    expect(screen.queryByRole('link', { name: 'Insats 1' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    act(() => {
      window.location.hash = '#/readiness';
    });
    expect(await screen.findByText('Hämtar planen …')).toBeTruthy();
    act(() => {
      window.location.hash = '#/';
    });
    await act(async () => overview.resolve(whole));
    expect(screen.queryByText('Resten av planen läses in …')).toBeNull();
    expect(screen.queryByText(/^Utskriften visar bara början/)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Visa 5 till' }));
    expect(await screen.findByRole('link', { name: 'Insats 30' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(1);
  });

  it('reads nothing more when the lead is the whole overview (a plan whose areas fit on their first page)', async () => {
    const port = leadPort(overviewLead(overviewOf({ ...view(), activities: [] })));
    await open(port, '#/');
    expect(screen.getByRole('link', { name: 'Insats 2' })).toBeTruthy();
    expect(port.planOverview).not.toHaveBeenCalled();
  });

  it('is not used for another plan than the one the tab opens on', async () => {
    const other = { ...overviewLead(large()), plan: { ...plan, id: 2, planYear: 2027 } };
    const port = leadPort(other);
    await open(port, '#/');
    expect(screen.getByRole('link', { name: 'Insats 2' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(1);
  });

  it('keeps the first screen and says why when the rest cannot be read, and reads it again on request', async () => {
    const whole = large();
    const port = leadPort(overviewLead(whole), {
      planOverview: jest
        .fn<Promise<OverviewPlanView>, [Pick<Plan, 'id' | 'planYear'>, boolean]>()
        .mockRejectedValueOnce(new Error('Nätverket svarar inte'))
        .mockResolvedValue(whole),
    });
    await open(port, '#/');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Insats 25' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Visa 5 till' })).toBeTruthy();
    expect(port.planOverview).toHaveBeenCalledTimes(2);
  });

  it('is not asked for when a page other than the overview opens first', async () => {
    const port = leadPort(null);
    await open(port, '#/readiness');
    expect(port.session).toHaveBeenCalledWith(undefined);
  });
});
