/// <reference types="jest" />
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { DomainError, readerLead, type ReaderPlanView } from '@devplan/core/domain';
import { DevelopmentPlanReader } from './DevelopmentPlanReader.js';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from './settings.js';
import type { PlanSource } from '@devplan/core/ports';
import { samplePlanView } from './test-fixtures.js';

const noActivities = () => Promise.resolve([]);
const loaded: PlanSource = { activities: noActivities, load: () => Promise.resolve(samplePlanView()) };

function show(
  settings: Partial<ReaderSettings> = {},
  source: PlanSource = loaded,
  locale: 'sv' | 'en' = 'sv',
) {
  return render(
    <DevelopmentPlanReader
      source={source}
      locale={locale}
      settings={{ ...DEFAULT_READER_SETTINGS, ...settings }}
    />,
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

/** The sample plan with 120 more initiatives in Teknologi (ids 101…220), and the source of its lead and whole. */
function largePlan(whole: () => Promise<ReaderPlanView | null>) {
  const view: ReaderPlanView = samplePlanView();
  const template = view.initiatives.find((i) => i.focusAreaId === 20)!;
  for (let n = 1; n <= 120; n++)
    view.initiatives.push({ ...template, id: 100 + n, title: `Insats ${n}`, sortOrder: 100 + n });
  const lead = readerLead(view);
  const source: PlanSource = {
    activities: noActivities,
    load: () => Promise.resolve(lead),
    whole: jest.fn(whole),
  };
  return { view, lead, source };
}

describe('DevelopmentPlanReader', () => {
  it('shows a loading state, then the plan with its areas, initiatives and goals', async () => {
    show();
    expect(screen.getByText('Hämtar planen …')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Utvecklingsplan 2026' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Information' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Öppna data' })).toBeTruthy();
    expect(screen.getByText('Goal of AI-uppdraget')).toBeTruthy();
    expect(screen.getByText('Long-term text of Teknologi')).toBeTruthy();
    expect(screen.getByText('Sara Lindqvist')).toBeTruthy();
  });

  it('shows the latest approved follow-up with its status as text and icon, its progress and summary', async () => {
    show();
    const card = (await screen.findByRole('heading', { name: 'Informationsförvaltning' })).closest(
      'article',
    )!;
    const status = within(card as HTMLElement)
      .getByText('Risk för avvikelse')
      .closest('[data-status-tone]')!;
    expect(status.querySelector('svg[data-icon="warning"]')).not.toBeNull();
    expect(
      within(card as HTMLElement)
        .getByRole('progressbar', { name: 'Framsteg' })
        .getAttribute('aria-valuenow'),
    ).toBe('40');
    expect(within(card as HTMLElement).getByText('Summary T2 of initiative 1')).toBeTruthy();
    expect(within(card as HTMLElement).getByText('Share of digital cases')).toBeTruthy();
  });

  it('says so when an initiative has no approved follow-up, no owner and no timeline', async () => {
    show();
    const card = (await screen.findByRole('heading', { name: 'AI-uppdraget' })).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('Ingen godkänd uppföljning ännu.')).toBeTruthy();
    expect(within(card).getByText('Ingen ansvarig angiven')).toBeTruthy();
    expect(within(card).getByText('Ingen tidplan angiven')).toBeTruthy();
  });

  it('lists what changed since the last period', async () => {
    show();
    const changes = await screen.findByTestId('changes');
    expect(within(changes).getByText('Jämför Tertial 2 2026 med Tertial 1 2026.')).toBeTruthy();
    expect(within(changes).getByText('Status ändrad från Enligt plan till Risk för avvikelse')).toBeTruthy();
    expect(within(changes).getByText('Framsteg från 20 % till 40 %')).toBeTruthy();
    expect(within(changes).getByText(/Ny uppföljning/)).toBeTruthy();
    expect(within(changes).queryByText('AI-uppdraget')).toBeNull();
  });

  it('lists the changes of a large plan 50 at a time, with a button for the next 50', async () => {
    const view = samplePlanView();
    const [first] = view.initiatives;
    const [published] = view.published;
    for (let n = 0; n < 120; n++) {
      const id = 1000 + n;
      view.initiatives.push({ ...first!, id, title: `Insats ${id}`, sortOrder: id });
      view.published.push({ ...published!, id, initiativeId: id, followUpId: id, period: 'T2' });
    }
    show({}, { activities: noActivities, load: () => Promise.resolve(view) });
    const changes = await screen.findByTestId('changes');
    expect(within(changes).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(within(changes).getByRole('button', { name: 'Visa 50 till' }));
    expect(within(changes).getAllByRole('listitem')).toHaveLength(100);
  });

  it('hides the parts the editor switched off', async () => {
    show({ sections: ['followUp'] });
    await screen.findByRole('heading', { level: 2 });
    expect(screen.queryByTestId('changes')).toBeNull();
    expect(screen.queryByText('Förväntade effekter')).toBeNull();
    expect(screen.queryByText('Long-term text of Teknologi')).toBeNull();
    expect(screen.getAllByText('Senaste godkända uppföljning').length).toBe(3);
  });

  it('filters the initiatives by focus area', async () => {
    show();
    const filter = (await screen.findByLabelText('Fokusområde')) as HTMLSelectElement;
    fireEvent.change(filter, { target: { value: '20' } });
    expect(screen.queryByRole('heading', { name: 'Öppna data' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'AI-uppdraget' })).toBeTruthy();
    expect(screen.getByText('1 av 3 insatser visas')).toBeTruthy();
  });

  it('starts with the focus area the editor chose', async () => {
    show({ areaId: 20 });
    expect(await screen.findByText('1 av 3 insatser visas')).toBeTruthy();
  });

  it('switches to the table layout with a row per initiative', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Tabell' }));
    const table = await screen.findByRole('table', { name: 'Insatser i Utvecklingsplan 2026' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: 'Öppna data' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tabell' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('loads the timeline on demand and draws dated initiatives over the plan year', async () => {
    show({ layout: 'timeline' });
    const timeline = await screen.findByTestId('timeline');
    expect(within(timeline).getByRole('heading', { name: 'Insatser över planåret 2026' })).toBeTruthy();
    const dated = within(timeline).getAllByRole('list')[0]!;
    expect(within(dated).getByText('Informationsförvaltning')).toBeTruthy();
    expect(within(timeline).getByRole('heading', { name: 'Insatser utan tidplan' })).toBeTruthy();
  });

  it('opens the initiative a deep link points at and moves focus to it', async () => {
    window.history.replaceState(null, '', '/#initiative=2');
    show({ layout: 'table' });
    const region = await screen.findByRole('region', { name: 'Vald insats' });
    const card = within(region).getByRole('article');
    expect(within(card).getByRole('heading', { name: 'Öppna data' })).toBeTruthy();
    expect(document.activeElement).toBe(card);
    fireEvent.click(within(region).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('region', { name: 'Vald insats' })).toBeNull();
    expect(window.location.hash).toBe('');
  });

  it('paints the initiative a link on arrival names from its own part while the whole plan is read', async () => {
    window.history.replaceState(null, '', '/#initiative=2');
    const whole = samplePlanView();
    const own = <T extends { initiativeId: number }>(list: readonly T[]) =>
      list.filter((item) => item.initiativeId === 2);
    let answer: (view: typeof whole) => void = () => undefined;
    const source: PlanSource = {
      activities: noActivities,
      load: () => new Promise((resolve) => (answer = resolve)),
      initiative: jest.fn(() =>
        Promise.resolve({
          ...whole,
          initiatives: whole.initiatives.filter((i) => i.id === 2),
          activities: own(whole.activities),
          effects: own(whole.effects),
          published: own(whole.published),
        }),
      ),
    };
    show({}, source);
    const region = await screen.findByRole('region', { name: 'Vald insats' });
    expect(within(region).getByRole('heading', { name: 'Öppna data' })).toBeTruthy();
    expect(screen.getByText('Hämtar planen …')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'AI-uppdraget' })).toBeNull();
    expect(source.initiative).toHaveBeenCalledWith('latest', 2);
    await act(async () => answer(whole));
    expect(await screen.findByRole('heading', { name: 'AI-uppdraget' })).toBeTruthy();
    expect(screen.queryByText('Hämtar planen …')).toBeNull();
    expect(document.activeElement?.getAttribute('data-initiative')).toBe('2');
  });

  it('shows the whole plan as usual when the linked initiative’s own read fails', async () => {
    window.history.replaceState(null, '', '/#initiative=2');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    show({}, { ...loaded, initiative: () => Promise.reject(new Error('503')) });
    expect(await screen.findByRole('heading', { name: 'AI-uppdraget' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-initiative')).toBe('2');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('503'));
    warn.mockRestore();
  });

  it('paints a large plan from its first screen with the whole counts, and shows more once the rest is read', async () => {
    let answer: (view: ReaderPlanView) => void = () => undefined;
    const { view, lead, source } = largePlan(() => new Promise((resolve) => (answer = resolve)));
    expect(lead.lead?.total).toBe(123);
    const { container } = show({}, source);
    expect(await screen.findByText('Visar 12 av 121 insatser i Teknologi.')).toBeTruthy();
    expect(screen.getByText('Insats 11')).toBeTruthy();
    expect(screen.queryByText('Insats 12')).toBeNull();
    const root = container.querySelector('[data-testid="devplan-reader"]')!;
    expect(root.getAttribute('data-whole')).toBe('loading');
    expect(screen.getByRole('button', { name: 'Resten läses in …' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(source.whole).toHaveBeenCalledWith('latest');
    await act(async () => answer(view));
    expect(root.getAttribute('data-whole')).toBe('ready');
    fireEvent.click(screen.getByRole('button', { name: 'Visa 12 till' }));
    expect(screen.getByText('Insats 23')).toBeTruthy();
  });

  it('keeps the first screen and says so when the rest of a large plan cannot be read', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { source } = largePlan(() => Promise.reject(new Error('503 Service Unavailable')));
    show({}, source);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Resten av planen kunde inte hämtas: 503 Service Unavailable');
    expect(screen.getByText('Insats 11')).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('503'));
    warn.mockRestore();
  });

  it('shows a layout of every initiative only once the rest of a large plan is read', async () => {
    let answer: (view: ReaderPlanView) => void = () => undefined;
    const { view, source } = largePlan(() => new Promise((resolve) => (answer = resolve)));
    show({ layout: 'table' }, source);
    expect(await screen.findByText('Resten av planen läses in …')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    // A printout now would be of the first screen only, and says so on paper.
    expect(
      screen.getByText(
        'Utskriften visar bara början av planen: resten hade inte lästs in när du skrev ut. Skriv ut igen när hela planen visas.',
      ),
    ).toBeTruthy();
    await act(async () => answer(view));
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.queryByText(/^Utskriften visar bara början/)).toBeNull();
  });

  it('shows a linked initiative past the first page of a large plan once the rest is read, and focuses it', async () => {
    window.history.replaceState(null, '', '/#initiative=130');
    let answer: (view: ReaderPlanView) => void = () => undefined;
    const { view, source } = largePlan(() => new Promise((resolve) => (answer = resolve)));
    show({}, source);
    const region = await screen.findByRole('region', { name: 'Vald insats' });
    expect(within(region).getByText('Resten av planen läses in …')).toBeTruthy();
    await act(async () => answer(view));
    expect(screen.getByRole('heading', { name: 'Insats 30' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-initiative')).toBe('130');
  });

  it('follows a deep link that changes while the view is open', async () => {
    show();
    await screen.findByRole('heading', { level: 2 });
    act(() => {
      window.history.replaceState(null, '', '/#initiative=3');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(document.activeElement?.getAttribute('data-initiative')).toBe('3');
  });

  it('says that there is no adopted plan, or none for the chosen year', async () => {
    const none: PlanSource = { activities: noActivities, load: () => Promise.resolve(null) };
    const { unmount } = show({}, none);
    expect(await screen.findByText('Det finns ingen antagen plan att visa ännu.')).toBeTruthy();
    unmount();
    show({ plan: 2030 }, none);
    expect(await screen.findByText('Det finns ingen antagen plan för 2030.')).toBeTruthy();
  });

  it('says there is nothing to compare and nothing on the timeline for a plan without follow-ups or dates', async () => {
    const bare = samplePlanView();
    const view = {
      ...bare,
      published: [],
      effects: [],
      initiatives: bare.initiatives.map((i) => ({ ...i, start: null, end: null })),
    };
    show({ layout: 'timeline' }, { activities: noActivities, load: () => Promise.resolve(view) });
    expect(
      await screen.findByText('Inga godkända uppföljningar ännu, så det finns inget att jämföra.'),
    ).toBeTruthy();
    expect(await screen.findByText('Ingen insats har en tidplan ännu.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
  });

  it('says so when the selection holds no initiatives', async () => {
    const view = { ...samplePlanView(), initiatives: [] };
    show({}, { activities: noActivities, load: () => Promise.resolve(view) });
    expect(await screen.findByText('Inga insatser att visa med det här urvalet.')).toBeTruthy();
  });

  it('shows a failure in the reader’s language and loads again on retry', async () => {
    const load = jest
      .fn<ReturnType<PlanSource['load']>, Parameters<PlanSource['load']>>()
      .mockRejectedValueOnce(
        new DomainError('x', { sv: 'SharePoint svarar inte', en: 'SharePoint does not answer' }),
      )
      .mockResolvedValueOnce(samplePlanView());
    show({}, { load, activities: noActivities }, 'en');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The plan could not be loaded: SharePoint does not answer');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Utvecklingsplan 2026' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('speaks English when the page is English', async () => {
    show({}, loaded, 'en');
    expect(await screen.findByText('What changed since the last period')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Timeline' })).toBeTruthy();
    expect(screen.getAllByText('Latest approved follow-up').length).toBeGreaterThan(0);
    expect(screen.getAllByText('At risk').length).toBeGreaterThan(0);
  });

  it('offers every control as a native, focusable button or select', async () => {
    show();
    await screen.findByRole('heading', { level: 2 });
    const group = screen.getByRole('group', { name: 'Visa planen' });
    for (const control of within(group).getAllByRole('button')) expect(control.tagName).toBe('BUTTON');
    expect(within(group).getByRole('combobox').tagName).toBe('SELECT');
  });

  it('says how many follow-ups it leaves out because their seal does not check, and says nothing when none', async () => {
    const none = show();
    await screen.findByRole('heading', { level: 2, name: 'Utvecklingsplan 2026' });
    expect(screen.queryByRole('note')).toBeNull();
    none.unmount();
    show(
      {},
      {
        activities: noActivities,
        load: () => Promise.resolve({ ...samplePlanView(), unverifiedPublications: 2 }),
      },
    );
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe(
      '2 uppföljningar visas inte eftersom appens sigill saknas eller inte stämmer: de är inte publicerade av appen.',
    );
    show(
      {},
      {
        activities: noActivities,
        load: () => Promise.resolve({ ...samplePlanView(), unverifiedPublications: 1 }),
      },
      'en',
    );
    expect(await screen.findByText(/^1 follow-up is not shown because/)).toBeTruthy();
  });

  it('paints the plan first and reads activities left pending afterwards, saying so in the cards meanwhile', async () => {
    const full = samplePlanView();
    let resolve!: (activities: typeof full.activities) => void;
    const activities = jest.fn(() => new Promise<typeof full.activities>((r) => (resolve = r)));
    show(
      {},
      { load: () => Promise.resolve({ ...full, activities: [], pending: ['activities'] }), activities },
    );
    expect(await screen.findByRole('heading', { level: 4, name: 'Informationsförvaltning' })).toBeTruthy();
    expect(screen.getAllByText('Aktiviteterna läses in …').length).toBe(3);
    expect(activities).toHaveBeenCalledWith(expect.objectContaining({ id: full.plan.id }));
    await act(async () => resolve(full.activities));
    expect(await screen.findByText('Inventera system')).toBeTruthy();
    expect(screen.queryByText('Aktiviteterna läses in …')).toBeNull();
  });

  it('says in the cards when the pending activities could not be read, and keeps the rest of the plan', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const view = { ...samplePlanView(), activities: [], pending: ['activities'] as const };
    show({}, { load: () => Promise.resolve(view), activities: () => Promise.reject(new Error('503')) }, 'en');
    expect((await screen.findAllByText(/^The activities could not be loaded\./)).length).toBe(3);
    expect(screen.getByRole('heading', { level: 4, name: 'Öppna data' })).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('503'));
    warn.mockRestore();
  });

  it('does not read pending activities when the editor has switched them off', async () => {
    const activities = jest.fn(noActivities);
    const view = { ...samplePlanView(), activities: [], pending: ['activities'] as const };
    show({ sections: ['followUp'] }, { load: () => Promise.resolve(view), activities });
    expect(await screen.findByRole('heading', { level: 4, name: 'Öppna data' })).toBeTruthy();
    expect(screen.queryByText('Aktiviteterna läses in …')).toBeNull();
    expect(activities).not.toHaveBeenCalled();
  });

  it('reads only the pending activities, not the plan again, when the editor switches them on', async () => {
    const load = jest.fn(() =>
      Promise.resolve({ ...samplePlanView(), activities: [], pending: ['activities'] as const }),
    );
    const activities = jest.fn(() => Promise.resolve(samplePlanView().activities));
    const source = { load, activities };
    const settings = (sections: ReaderSettings['sections']) => ({ ...DEFAULT_READER_SETTINGS, sections });
    const { rerender } = render(
      <DevelopmentPlanReader source={source} locale="sv" settings={settings(['followUp'])} />,
    );
    expect(await screen.findByRole('heading', { level: 4, name: 'Öppna data' })).toBeTruthy();
    rerender(
      <DevelopmentPlanReader source={source} locale="sv" settings={settings(['followUp', 'activities'])} />,
    );
    expect(await screen.findByText('Inventera system')).toBeTruthy();
    expect(activities).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
    rerender(<DevelopmentPlanReader source={source} locale="sv" settings={settings(['followUp'])} />);
    expect(screen.queryByText('Inventera system')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
