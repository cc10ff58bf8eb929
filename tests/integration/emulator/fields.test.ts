import type { SPFI } from '@pnp/sp/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

type Field = Record<string, unknown> & { InternalName: string; Title: string };

describe('fields', () => {
  const emu = useEmulator();
  let sp: SPFI;
  let plansId: string;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    plansId = ((await sp.web.lists.add('Plans', '', 100, false)) as { Id: string }).Id;
    await sp.web.lists.add('FollowUps', '', 100, false);
  });

  const fields = () => sp.web.lists.getByTitle('FollowUps').fields;

  it('creates each supported type through PnPjs, with SharePoint type names', async () => {
    await fields().addText('Summary Text', { MaxLength: 120, Required: true });
    await fields().addMultilineText('Risks');
    await fields().addNumber('Progress', { MinimumValue: 0, MaximumValue: 100 });
    await fields().addCurrency('Budget');
    await fields().addDateTime('SubmittedAt');
    await fields().addBoolean('Flagged');
    await fields().addChoice('Status', { Choices: ['on track', 'at risk', 'off track', 'done'] });
    await fields().addMultiChoice('Principles', { Choices: ['Digital first', 'Open data'] });
    await fields().addUser('SubmittedBy', {});
    await fields().addUser('Readers', { AllowMultipleValues: true } as never);
    await fields().addUrl('Link');
    await fields().addLookup('Plan', { LookupListId: plansId, LookupFieldName: 'Title' });
    const all = (await fields().select(
      'InternalName',
      'TypeAsString',
      'FieldTypeKind',
      'MaxLength',
      'Choices',
    )()) as Field[];
    const byName = new Map(all.map((f) => [f.InternalName, f]));
    expect(byName.get('Summary_x0020_Text')).toMatchObject({
      TypeAsString: 'Text',
      FieldTypeKind: 2,
      MaxLength: 120,
    });
    expect(byName.get('Risks')).toMatchObject({ TypeAsString: 'Note', FieldTypeKind: 3 });
    expect(byName.get('Progress')).toMatchObject({ TypeAsString: 'Number', FieldTypeKind: 9 });
    expect(byName.get('Budget')).toMatchObject({ TypeAsString: 'Currency' });
    expect(byName.get('SubmittedAt')).toMatchObject({ TypeAsString: 'DateTime' });
    expect(byName.get('Flagged')).toMatchObject({ TypeAsString: 'Boolean' });
    expect(byName.get('Status')).toMatchObject({
      TypeAsString: 'Choice',
      Choices: ['on track', 'at risk', 'off track', 'done'],
    });
    expect(byName.get('Principles')).toMatchObject({ TypeAsString: 'MultiChoice' });
    expect(byName.get('SubmittedBy')).toMatchObject({ TypeAsString: 'User', FieldTypeKind: 20 });
    expect(byName.get('Readers')).toMatchObject({ TypeAsString: 'UserMulti' });
    expect(byName.get('Link')).toMatchObject({ TypeAsString: 'URL' });
    expect(byName.get('Plan')).toMatchObject({ TypeAsString: 'Lookup', FieldTypeKind: 7 });
    for (const builtIn of ['ID', 'Title', 'Created', 'Modified', 'Author', 'Editor'])
      expect(byName.has(builtIn)).toBe(true);
  });

  it('adds lookups through AddField and SchemaXml, single and multi-value', async () => {
    const res = await api(emu.get(), 'admin', "web/lists/getByTitle('FollowUps')/fields/AddField", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        parameters: {
          Title: 'RelatedPlans',
          FieldTypeKind: 7,
          LookupListId: plansId,
          LookupFieldName: 'Title',
        },
      }),
    });
    expect(res.status).toBe(200);
    await fields().getByInternalNameOrTitle('RelatedPlans').update({ Description: 'Other plans' });
    const xml = await fields().createFieldAsXml(
      `<Field Type="LookupMulti" DisplayName="Plans Also" Mult="TRUE" List="{${plansId}}" ShowField="Title" />`,
    );
    expect(xml).toMatchObject({
      InternalName: 'Plans_x0020_Also',
      TypeAsString: 'LookupMulti',
      AllowMultipleValues: true,
    });
  });

  it('creates fields from SchemaXml, taking the internal name from the display name unless told otherwise', async () => {
    const plain = await fields().createFieldAsXml(
      '<Field Type="Choice" DisplayName="Period" Name="PeriodName" Required="TRUE"><CHOICES><CHOICE>T1</CHOICE><CHOICE>T2</CHOICE></CHOICES><Default>T1</Default></Field>',
    );
    expect(plain).toMatchObject({
      InternalName: 'Period',
      Required: true,
      Choices: ['T1', 'T2'],
      DefaultValue: 'T1',
    });
    const hinted = await fields().createFieldAsXml({
      SchemaXml: '<Field Type="Number" DisplayName="Periodens år" Name="PeriodYear" Indexed="TRUE" />',
      Options: 8,
    } as never);
    expect(hinted).toMatchObject({ InternalName: 'PeriodYear', Title: 'Periodens år', Indexed: true });
  });

  it('finds fields by internal name, title and id', async () => {
    const byTitle = (await fields().getByTitle('Summary Text')()) as Field;
    const byName = (await fields().getByInternalNameOrTitle('Summary_x0020_Text')()) as Field;
    const byId = (await fields().getById(byTitle.Id as string)()) as Field;
    expect([byTitle.InternalName, byName.InternalName, byId.InternalName]).toEqual(
      Array(3).fill('Summary_x0020_Text'),
    );
    const filtered = (await fields().filter("TypeAsString eq 'Choice'").select('InternalName')()) as Field[];
    expect(filtered.map((f) => f.InternalName).sort()).toEqual(['Period', 'Status']);
  });

  it('keeps the internal name when the title changes, and updates the other properties', async () => {
    await fields()
      .getByInternalNameOrTitle('Status')
      .update({
        Title: 'Läge',
        Description: 'Status of the follow-up',
        Required: true,
        Indexed: true,
        Choices: { results: ['on track', 'at risk', 'off track', 'done', 'paused'] },
      } as never);
    const f = (await fields().getByInternalNameOrTitle('Status')()) as Field;
    expect(f).toMatchObject({
      InternalName: 'Status',
      StaticName: 'Status',
      Title: 'Läge',
      Description: 'Status of the follow-up',
      Required: true,
      Indexed: true,
      Choices: ['on track', 'at risk', 'off track', 'done', 'paused'],
    });
    expect(((await fields().getByInternalNameOrTitle('Läge')()) as Field).InternalName).toBe('Status');
    await fields().getByInternalNameOrTitle('Title').update({ Title: 'Rubrik' });
    expect(((await fields().getByInternalNameOrTitle('Title')()) as Field).Title).toBe('Rubrik');
  });

  it('refuses unique values on a field without an index', async () => {
    const res = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('FollowUps')/fields/getByInternalNameOrTitle('Budget')",
      {
        method: 'POST',
        headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json' },
        body: JSON.stringify({ EnforceUniqueValues: true }),
      },
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('must be indexed to enforce unique values');
  });

  it('enforces unique values on an indexed text field like SharePoint (case-insensitive)', async () => {
    await fields().addText('UniqueKey', {
      MaxLength: 100,
      Indexed: true,
      EnforceUniqueValues: true,
    } as never);
    const items = sp.web.lists.getByTitle('FollowUps').items;
    const base = { Title: 't', Summary_x0020_Text: 's', Period: 'T1', Status: 'done' };
    await items.add({ ...base, UniqueKey: 'I1-2026-T1' });
    const dup = await api(emu.get(), 'admin', "web/lists/getByTitle('FollowUps')/items", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...base, UniqueKey: 'i1-2026-t1' }),
    });
    expect(dup.status).toBe(409);
    expect(await errorOf(dup)).toEqual({
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message:
        'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [UniqueKey].',
    });
    const other = (await items.add({ ...base, UniqueKey: 'I1-2026-T2' })) as { Id: number };
    await expect(items.getById(other.Id).update({ UniqueKey: 'I1-2026-T1' })).rejects.toThrow(
      'duplicate values',
    );
    await items.getById(other.Id).update({ UniqueKey: 'I1-2026-T2' });
  });

  it('deletes a field with its values', async () => {
    await fields().getByInternalNameOrTitle('Flagged').delete();
    const res = await api(
      emu.get(),
      'admin',
      "web/lists/getByTitle('FollowUps')/fields/getByInternalNameOrTitle('Flagged')",
    );
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toBe(
      "Column 'Flagged' does not exist. It may have been deleted by another user.",
    );
  });

  it('refuses unsupported field types and unknown field properties', async () => {
    const calculated = await api(emu.get(), 'admin', "web/lists/getByTitle('FollowUps')/fields", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose' },
      body: JSON.stringify({ __metadata: { type: 'SP.FieldCalculated' }, Title: 'Calc', FieldTypeKind: 17 }),
    });
    expect(calculated.status).toBe(400);
    expect((await errorOf(calculated)).message).toContain('FieldTypeKind 17 is not supported');
    const unknown = await api(emu.get(), 'admin', "web/lists/getByTitle('FollowUps')/fields", {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'X', FieldTypeKind: 2, Colour: 'red' }),
    });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toContain(
      "The property 'Colour' does not exist on type 'SP.FieldText'",
    );
  });
});
