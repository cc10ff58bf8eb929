import type { SPFI } from '@pnp/sp/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

type Row = Record<string, unknown> & { Id: number };

describe('OData on items', () => {
  const emu = useEmulator();
  let sp: SPFI;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    const plans = ((await sp.web.lists.add('Plans', '', 100, false)) as { Id: string }).Id;
    await sp.web.lists.getByTitle('Plans').items.add({ Title: 'Plan 2025' });
    await sp.web.lists.getByTitle('Plans').items.add({ Title: "Plan 2026 (Karin's)" });
    await sp.web.lists.add('Initiatives', '', 100, false);
    const f = sp.web.lists.getByTitle('Initiatives').fields;
    await f.addNumber('Budget');
    await f.addDateTime('Start');
    await f.addBoolean('Critical');
    await f.addChoice('Status', { Choices: ['planned', 'ongoing', 'done'] });
    await f.addMultiChoice('Principles', { Choices: ['A', 'B'] });
    await f.addLookup('Plan', { LookupListId: plans, LookupFieldName: 'Title' });
    await f.addUser('Owner', {});
    await f.addMultilineText('Notes');
    const rows = [
      {
        Title: 'Alfa',
        Budget: 3,
        Start: '2026-01-15',
        Critical: true,
        Status: 'planned',
        Principles: ['A'],
        PlanId: 2,
        OwnerId: 7,
      },
      {
        Title: 'beta',
        Budget: 1,
        Start: '2026-03-01',
        Critical: false,
        Status: 'ongoing',
        Principles: ['A', 'B'],
        PlanId: 2,
        OwnerId: 8,
      },
      {
        Title: 'Gamma',
        Budget: 2,
        Start: '2025-11-30',
        Critical: false,
        Status: 'done',
        Principles: [],
        PlanId: 1,
        OwnerId: 7,
      },
      {
        Title: "O'Brien",
        Budget: null,
        Start: null,
        Critical: true,
        Status: 'planned',
        Principles: ['B'],
        PlanId: null,
        OwnerId: null,
      },
      {
        Title: 'Delta väg',
        Budget: 5,
        Start: '2026-06-01',
        Critical: false,
        Status: 'ongoing',
        Principles: ['B'],
        PlanId: 1,
        OwnerId: 9,
      },
    ];
    for (const row of rows) await sp.web.lists.getByTitle('Initiatives').items.add(row);
  });

  const items = () => sp.web.lists.getByTitle('Initiatives').items;
  const titles = async (filter: string): Promise<string[]> =>
    ((await items().filter(filter).select('Title')()) as { Title: string }[]).map((r) => r.Title);

  it.each([
    ["Title eq 'Alfa'", ['Alfa']],
    ["Title eq 'ALFA'", ['Alfa']],
    ["Title ne 'Alfa'", ['beta', 'Gamma', "O'Brien", 'Delta väg']],
    ['Budget gt 2', ['Alfa', 'Delta väg']],
    ['Budget ge 2 and Budget le 3', ['Alfa', 'Gamma']],
    ['Budget lt 2 or Budget eq 5', ['beta', 'Delta väg']],
    ['not (Budget gt 1)', ['beta']],
    ['Budget eq null', ["O'Brien"]],
    ['Budget ne null and Critical eq 1', ['Alfa']],
    ['Critical eq true', ['Alfa', "O'Brien"]],
    ['Critical eq 0', ['beta', 'Gamma', 'Delta väg']],
    ["Title eq 'O''Brien'", ["O'Brien"]],
    ["startswith(Title, 'de')", ['Delta väg']],
    ["substringof('amm', Title)", ['Gamma']],
    ["substringof('VÄG', Title) eq true", ['Delta väg']],
    ["Start ge '2026-01-01T00:00:00Z'", ['Alfa', 'beta', 'Delta väg']],
    ["Start lt datetime'2026-01-01T00:00:00'", ['Gamma']],
    ['PlanId eq 2', ['Alfa', 'beta']],
    ['Plan/Id eq 1', ['Gamma', 'Delta väg']],
    ['Plan eq null', ["O'Brien"]],
    ['OwnerId eq 7', ['Alfa', 'Gamma']],
    ["Principles eq 'B'", ['beta', "O'Brien", 'Delta väg']],
    ["Status eq 'planned' and (Budget gt 2 or Budget eq null)", ['Alfa', "O'Brien"]],
    ['ID gt 3', ["O'Brien", 'Delta väg']],
  ])('filters %p', async (filter, expected) => {
    expect(await titles(filter)).toEqual(expected);
  });

  it('filters by projected lookup and people fields when they are expanded', async () => {
    const byPlan = (await items()
      .filter("Plan/Title eq 'Plan 2025'")
      .select('Title', 'Plan/Title')
      .expand('Plan')()) as {
      Title: string;
      Plan: { Title: string };
    }[];
    expect(byPlan.map((r) => [r.Title, r.Plan.Title])).toEqual([
      ['Gamma', 'Plan 2025'],
      ['Delta väg', 'Plan 2025'],
    ]);
    const byOwner = await items()
      .filter("Owner/EMail eq 'sara.lindqvist@malmo.example'")
      .select('Title', 'Owner/Title', 'Owner/EMail', 'Owner/Id', 'Owner/Name')
      .expand('Owner')();
    expect(byOwner).toEqual([
      expect.objectContaining({
        Title: 'Alfa',
        Owner: expect.objectContaining({
          Id: 7,
          Title: 'Sara Lindqvist',
          EMail: 'sara.lindqvist@malmo.example',
          Name: 'i:0#.f|membership|sara.lindqvist@malmo.example',
        }),
      }),
      expect.objectContaining({ Title: 'Gamma' }),
    ]);
  });

  it('selects *, and expands Author and Editor', async () => {
    const [row] = (await items()
      .select('*', 'Author/Title', 'Editor/EMail')
      .expand('Author', 'Editor')
      .top(1)()) as Row[];
    expect(row).toMatchObject({
      Title: 'Alfa',
      Budget: 3,
      Author: { Title: 'Maria Ek' },
      Editor: { EMail: 'maria.ek@malmo.example' },
    });
  });

  it('orders by several fields in both directions', async () => {
    const rows = (await items().select('Title').orderBy('Critical', false).orderBy('Budget', true)()) as {
      Title: string;
    }[];
    expect(rows.map((r) => r.Title)).toEqual(["O'Brien", 'Alfa', 'beta', 'Gamma', 'Delta väg']);
    const byTitle = (await items().select('Title').orderBy('Title')()) as { Title: string }[];
    expect(byTitle.map((r) => r.Title)).toEqual(['Alfa', 'beta', 'Delta väg', 'Gamma', "O'Brien"]);
  });

  it('pages with $top and $skiptoken, giving an absolute odata.nextLink', async () => {
    const first = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('Initiatives')/items?$select=Title&$top=2&$orderby=Budget desc",
    );
    const page1 = (await first.json()) as { value: { Title: string }[]; 'odata.nextLink': string };
    expect(page1.value.map((r) => r.Title)).toEqual(['Delta väg', 'Alfa']);
    expect(page1['odata.nextLink']).toMatch(new RegExp(`^${emu.get().siteUrl.replace(/[.]/g, '\\.')}/_api/`));
    const token = await emu.get().issueToken('admin');
    const next = await fetch(page1['odata.nextLink'], {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    const page2 = (await next.json()) as { value: { Title: string }[]; 'odata.nextLink'?: string };
    expect(page2.value.map((r) => r.Title)).toEqual(['Gamma', 'beta']);
    const last = await fetch(page2['odata.nextLink'] as string, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    const page3 = (await last.json()) as { value: { Title: string }[]; 'odata.nextLink'?: string };
    expect(page3.value.map((r) => r.Title)).toEqual(["O'Brien"]);
    expect(page3['odata.nextLink']).toBeUndefined();
  });

  it('pages through everything with PnPjs async iteration', async () => {
    const seen: string[] = [];
    for await (const page of items().select('Title').top(2))
      seen.push(...(page as { Title: string }[]).map((r) => r.Title));
    expect(seen).toEqual(['Alfa', 'beta', 'Gamma', "O'Brien", 'Delta väg']);
  });

  it('pages with PnPjs skip(id), forwards and backwards', async () => {
    expect(((await items().select('Id').skip(2).top(2)()) as Row[]).map((r) => r.Id)).toEqual([3, 4]);
    expect(((await items().select('Id').skip(4, true).top(2)()) as Row[]).map((r) => r.Id)).toEqual([2, 3]);
  });

  it('ignores $skip on items, as SharePoint does', async () => {
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('Initiatives')/items?$select=Id&$skip=3");
    expect(((await res.json()) as { value: Row[] }).value).toHaveLength(5);
  });

  it('returns 100 items by default and refuses $top over 5000', async () => {
    const over = await api(emu.get(), 'admin', "web/lists/getByTitle('Initiatives')/items?$top=5001");
    expect(over.status).toBe(400);
    expect((await errorOf(over)).message).toContain('$top');
  });

  it('understands URL-encoded option names and + for spaces', async () => {
    const res = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('Initiatives')/items?%24select=Title%2CBudget&%24filter=Title+eq+'Delta+v%C3%A4g'",
    );
    expect(((await res.json()) as { value: unknown[] }).value).toEqual([
      expect.objectContaining({ Title: 'Delta väg', Budget: 5 }),
    ]);
  });

  it.each([
    ['$filter=Nope eq 1', 400, "Column 'Nope' does not exist"],
    ['$filter=Title eq', 400, 'is not valid'],
    ["$filter=tolower(Title) eq 'a'", 400, "function 'tolower' is not supported"],
    ["$filter=Notes eq 'x'", 400, "of type 'Note' cannot be used in the query filter"],
    ['$select=Nope', 400, "The field or property 'Nope' does not exist."],
    ['$select=Plan/Title', 400, '$expand query string must contains Plan'],
    ['$expand=Title', 400, 'not a lookup'],
    ['$orderby=Principles', 400, 'cannot be used to order'],
    ['$apply=x', 400, "'$apply'"],
    ['$skiptoken=garbage', 400, '$skiptoken'],
  ])('refuses %p with a message naming the problem', async (query, status, message) => {
    const res = await api(emu.get(), 'admin', `web/lists/getByTitle('Initiatives')/items?${query}`);
    expect(res.status).toBe(status);
    expect((await errorOf(res)).message).toContain(message);
  });
});
