import { addField, createField } from '../lists/field-service.js';
import { createList } from '../lists/list-service.js';
import { CollectionValue, type EntityValue } from '../rest/values.js';
import { Store } from '../storage/store.js';
import { buildSelection, itemsToEntities } from './read.js';
import { ListSchema } from './schema.js';
import { createItem } from './write.js';

describe('item $select and $expand', () => {
  let store: Store;
  let schema: ListSchema;
  let plans: ListSchema;
  const api = 'http://x/sites/s/_api';

  beforeAll(() => {
    store = new Store(':memory:', 'Site');
    const planList = createList(store, { Title: 'Plans' });
    createField(store, planList, { Title: 'PlanYear', FieldTypeKind: 9 });
    const areas = createList(store, { Title: 'FocusAreas' });
    addField(store, areas, {
      parameters: { Title: 'Plan', FieldTypeKind: 7, LookupListId: planList.id, LookupFieldName: 'Title' },
    });
    createField(store, areas, { Title: 'Owners', FieldTypeKind: 20, AllowMultipleValues: true });
    createField(store, areas, { Title: 'Tags', FieldTypeKind: 15, Choices: { results: ['a', 'b'] } });
    plans = new ListSchema(store.lists.byId(planList.id)!, store.fields.forList(planList.id));
    schema = new ListSchema(store.lists.byId(areas.id)!, store.fields.forList(areas.id));
    createItem(store, plans, { Title: 'Plan 2026', PlanYear: 2026 }, 6);
    createItem(store, schema, { Title: 'Area', PlanId: 1, OwnersId: [6, 7], Tags: ['b'] }, 6);
  });
  afterAll(() => store.close());

  const read = (select?: string[][], expand?: string[][]) => {
    const selection = buildSelection(store, schema, select, expand);
    const item = store.items.get(schema.list.id, 1)!;
    return (itemsToEntities(store, api, schema, [item], selection)[0] as EntityValue).props;
  };

  it('writes every field by default, lookups and people as <Name>Id', () => {
    const props = read();
    expect(props.Title).toBe('Area');
    expect(props.PlanId).toBe(1);
    expect(props.OwnersId).toEqual(new CollectionValue('Collection(Edm.Int32)', [6, 7]));
    expect(props.OwnersStringId).toEqual(new CollectionValue('Collection(Edm.String)', ['6', '7']));
    expect(props.Tags).toEqual(new CollectionValue('Collection(Edm.String)', ['b']));
    expect(props.AuthorId).toBe(6);
    expect(props.OData__UIVersionString).toBe('1.0');
  });

  it('writes only the selected properties', () => {
    expect(Object.keys(read([['Title'], ['PlanId'], ['Id']]))).toEqual(['Title', 'PlanId', 'Id']);
  });

  it('projects fields of an expanded lookup', () => {
    const plan = read([['Title'], ['Plan', 'Title'], ['Plan', 'PlanYear']], [['Plan']]).Plan as EntityValue;
    expect(plan.typeName).toBe('SP.Data.PlansListItem');
    expect(plan.props).toEqual({ Title: 'Plan 2026', PlanYear: 2026 });
  });

  it('projects people fields (Id, Title, EMail, Name)', () => {
    const author = read(
      [
        ['Author', 'Title'],
        ['Author', 'EMail'],
        ['Author', 'Name'],
      ],
      [['Author']],
    ).Author as EntityValue;
    expect(author.props).toEqual({
      Title: 'Maria Ek',
      EMail: 'maria.ek@malmo.example',
      Name: 'i:0#.f|membership|maria.ek@malmo.example',
    });
    const owners = read([['Owners', 'Id']], [['Owners']]).Owners as CollectionValue;
    expect(owners.items.map((o) => (o as EntityValue).props.Id)).toEqual([6, 7]);
  });

  it('refuses a projection whose lookup is not expanded', () => {
    expect(() => read([['Plan', 'Title']])).toThrow('$expand query string must contains Plan');
  });

  it('refuses unknown fields and expansions of non-lookups', () => {
    expect(() => read([['Nope']])).toThrow("The field or property 'Nope' does not exist.");
    expect(() => read(undefined, [['Title']])).toThrow('not a lookup');
  });
});
