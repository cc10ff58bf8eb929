/**
 * Field validation answers as SharePoint Online gives them over REST (README, "Validation errors"): a Text value
 * past its MaxLength is refused with SharePoint's generic 500 "Invalid text value"; number ranges and lookup ids
 * are refused with 400 field validation errors (the emulator's choice where no SharePoint answer is quoted).
 */
import type { SPFI } from '@pnp/sp/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

const INVALID_TEXT =
  'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.';
const FIELD_VALIDATION = '-2130575163, Microsoft.SharePoint.SPFieldValidationException';

describe('field validation', () => {
  const emu = useEmulator();
  let sp: SPFI;
  let itemId: number;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    const categories = ((await sp.web.lists.add('Categories', '', 100, false)) as { Id: string }).Id;
    await sp.web.lists.getByTitle('Categories').items.add({ Title: 'Roads' });
    await sp.web.lists.add('Measures', '', 100, false);
    const fields = sp.web.lists.getByTitle('Measures').fields;
    await fields.addText('Code', { MaxLength: 10 });
    await fields.addNumber('Share', { MinimumValue: 0, MaximumValue: 100 });
    await fields.addLookup('Category', { LookupListId: categories, LookupFieldName: 'Title' });
    itemId = ((await sp.web.lists.getByTitle('Measures').items.add({ Title: 'first' })) as { Id: number }).Id;
  });

  const count = async (): Promise<number> =>
    ((await sp.web.lists.getByTitle('Measures').select('ItemCount')()) as { ItemCount: number }).ItemCount;

  const write = (body: Record<string, unknown>, id?: number): Promise<Response> =>
    api(emu.get(), 'admin', `web/lists/getByTitle('Measures')/items${id ? `(${id})` : ''}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(id ? { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' } : {}),
      },
      body: JSON.stringify(body),
    });

  it('stores a Title of exactly 255 characters and a Text of exactly its MaxLength', async () => {
    const res = await write({ Title: 'å'.repeat(255), Code: 'x'.repeat(10) });
    expect(res.status).toBe(201);
  });

  it.each([
    ['a 256-character Title (the default MaxLength 255)', { Title: 'x'.repeat(256) }],
    ['a Text one character past its MaxLength', { Code: 'x'.repeat(11) }],
  ])(
    'refuses %s with SharePoint Online’s 500 “Invalid text value”, on add and update, and writes nothing',
    async (_what, values) => {
      const before = await count();
      const added = await write({ Title: 'long', ...values });
      expect(added.status).toBe(500);
      expect(await errorOf(added)).toEqual({
        code: '-2130575336, Microsoft.SharePoint.SPException',
        message: INVALID_TEXT,
      });
      expect(await count()).toBe(before);
      const updated = await write(values, itemId);
      expect(updated.status).toBe(500);
      expect((await errorOf(updated)).message).toBe(INVALID_TEXT);
      const item = (await sp.web.lists.getByTitle('Measures').items.getById(itemId)()) as { Title: string };
      expect(item.Title).toBe('first');
    },
  );

  it.each([
    [{ Share: -0.5 }, "The value -0.5 of field 'Share' (Share) is smaller than the minimum 0."],
    [{ Share: 100.5 }, "The value 100.5 of field 'Share' (Share) is larger than the maximum 100."],
    [
      { CategoryId: 999 },
      "Invalid look-up value. A look-up field contains invalid data: item 999 given for field 'Category' (Category) does not exist in list 'Categories'.",
    ],
  ])('refuses %p with 400 and a field validation error, and writes nothing', async (values, message) => {
    const before = await count();
    const res = await write({ Title: 'bad', ...values });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: FIELD_VALIDATION, message });
    expect(await count()).toBe(before);
  });

  it('takes the range’s bounds and an existing lookup id', async () => {
    for (const values of [{ Share: 0 }, { Share: 100 }, { CategoryId: 1 }]) {
      expect((await write({ Title: 'ok', ...values })).status).toBe(201);
    }
  });

  it('rejects a too-long Text through PnPjs with SharePoint’s message', async () => {
    await expect(sp.web.lists.getByTitle('Measures').items.add({ Title: 'x'.repeat(256) })).rejects.toThrow(
      'Invalid text value.',
    );
  });
});
