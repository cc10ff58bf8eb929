import { bulkInsertItems } from '@devplan/sp-emulator';
import type { SPFI } from '@pnp/sp/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

const COUNT = 5_050;

describe('the list view threshold on a list of 5,050 items', () => {
  const emu = useEmulator();
  let sp: SPFI;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    const initiatives = ((await sp.web.lists.add('Initiatives', '', 100, false)) as { Id: string }).Id;
    bulkInsertItems(
      emu.get(),
      'Initiatives',
      Array.from({ length: 50 }, (_, i) => ({ Title: `Initiative ${i + 1}` })),
    );
    await sp.web.lists.add('FollowUps', '', 100, false);
    const f = sp.web.lists.getByTitle('FollowUps').fields;
    await f.addLookup('Initiative', { LookupListId: initiatives, LookupFieldName: 'Title' });
    await sp.web.lists
      .getByTitle('FollowUps')
      .fields.getByInternalNameOrTitle('Initiative')
      .update({ Indexed: true });
    await f.addNumber('PeriodYear', { Indexed: true } as never);
    await f.addText('Summary');
    bulkInsertItems(
      emu.get(),
      'FollowUps',
      Array.from({ length: COUNT }, (_, i) => ({
        Title: `Follow-up ${i + 1}`,
        InitiativeId: (i % 50) + 1,
        PeriodYear: 2026,
        Summary: i === 4321 ? 'needle' : 'hay',
      })),
    );
  }, 60_000);

  const items = () => sp.web.lists.getByTitle('FollowUps').items;
  const throttled = async (query: string): Promise<void> => {
    const res = await api(emu.get(), 'admin', `web/lists/getByTitle('FollowUps')/items?${query}`);
    expect(res.status).toBe(500);
    expect(await errorOf(res)).toEqual({
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
    });
  };

  it('holds more items than the threshold', async () => {
    const list = (await sp.web.lists.getByTitle('FollowUps').select('ItemCount')()) as { ItemCount: number };
    expect(list.ItemCount).toBe(COUNT);
  });

  it('reads every item page by page with $skiptoken past 5,000', async () => {
    const ids: number[] = [];
    let pages = 0;
    for await (const page of items().select('Id').top(5000)) {
      pages++;
      ids.push(...(page as { Id: number }[]).map((r) => r.Id));
    }
    expect(pages).toBe(2);
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids[5000]).toBe(5001);
  });

  it('serves a default read (first 100 by ID)', async () => {
    expect(((await items().select('Id')()) as unknown[]).length).toBe(100);
  });

  it('refuses a filter on a column without an index', async () => {
    await throttled("$filter=Summary eq 'needle'");
  });

  it('refuses ordering by a column without an index', async () => {
    await throttled('$orderby=Summary&$top=10');
  });

  it('refuses an indexed clause that matches more items than the threshold', async () => {
    await throttled('$filter=PeriodYear eq 2026');
  });

  it('refuses a filter whose indexed clause is only OR-ed', async () => {
    await throttled("$filter=InitiativeId eq 3 or Summary eq 'needle'");
  });

  it('serves an indexed equality query on a lookup id', async () => {
    const rows = (await items().filter('Initiative/Id eq 7').select('Id', 'InitiativeId').top(5000)()) as {
      InitiativeId: number;
    }[];
    expect(rows).toHaveLength(COUNT / 50);
    expect(rows.every((r) => r.InitiativeId === 7)).toBe(true);
  });

  it('serves an indexed clause AND-ed with a clause on a column without an index', async () => {
    const rows = (await items().filter("InitiativeId eq 22 and Summary eq 'needle'").select('Id')()) as {
      Id: number;
    }[];
    expect(rows).toEqual([expect.objectContaining({ Id: 4322 })]);
  });

  it('serves a range of IDs and orders by an indexed column', async () => {
    const rows = (await items().filter('ID gt 5040').orderBy('PeriodYear').select('Id')()) as {
      Id: number;
    }[];
    expect(rows.map((r) => r.Id)).toEqual([5041, 5042, 5043, 5044, 5045, 5046, 5047, 5048, 5049, 5050]);
  });

  it('answers an indexed equality query quickly', async () => {
    const started = performance.now();
    for (let i = 1; i <= 20; i++) await items().filter(`InitiativeId eq ${i}`).select('Id').top(5000)();
    expect((performance.now() - started) / 20).toBeLessThan(100);
  });
});
