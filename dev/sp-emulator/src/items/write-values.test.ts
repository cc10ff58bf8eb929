import { InvalidTextValueError } from '../errors/sp-errors.js';
import { createField } from '../lists/field-service.js';
import { createList } from '../lists/list-service.js';
import { Store } from '../storage/store.js';
import { ListSchema } from './schema.js';
import { createItem, updateItem } from './write.js';

/**
 * Text lengths as SharePoint Online checks them over REST. A single line of text (Text) has a MaxLength (at most
 * 255) and a longer value is refused (500, a generic SPException naming no field). A plain multi-line text (Note) has no MaxLength: SharePoint Online stores
 * what a request brings (the 63,999 characters often quoted are what its list forms let a person type, not a
 * rule of the column), so the emulator invents no limit there; the product enforces its own (`NOTE_MAX`).
 */
describe('text lengths of written values', () => {
  let store: Store;
  let schema: ListSchema;
  const count = () => store.items.countIds(schema.list.id, '>', 0, 1_000_000);

  beforeAll(() => {
    store = new Store(':memory:', 'Site');
    const list = createList(store, { Title: 'Decisions' });
    createField(store, list, { Title: 'Comment', FieldTypeKind: 3 });
    createField(store, list, { Title: 'Unit', FieldTypeKind: 2, MaxLength: 50 });
    schema = new ListSchema(store.lists.byId(list.id)!, store.fields.forList(list.id));
  });
  afterAll(() => store.close());

  it('stores a 300,000-character plain multi-line text whole, as SharePoint Online does', () => {
    const comment = `${'å'.repeat(299_998)}\n€`;
    const item = createItem(store, schema, { Title: 'long', Comment: comment }, 6);
    expect((store.items.get(schema.list.id, item.id)?.data as { Comment: string }).Comment).toBe(comment);
  });

  it('sets no limit on a multi-line text at the length SharePoint’s forms stop at, on update either', () => {
    const item = createItem(store, schema, { Title: 'form limit', Comment: 'x'.repeat(63_999) }, 6);
    const updated = updateItem(store, schema, item, { Comment: 'x'.repeat(64_000) }, 6);
    expect((updated.data as { Comment: string }).Comment).toHaveLength(64_000);
  });

  it('accepts a single line of text at its MaxLength', () => {
    const item = createItem(store, schema, { Title: 'unit', Unit: 'å'.repeat(50) }, 6);
    expect((item.data as { Unit: string }).Unit).toHaveLength(50);
  });

  it('refuses a single line of text past its MaxLength with SharePoint Online’s “Invalid text value” error, and writes nothing', () => {
    const before = count();
    let error: unknown;
    try {
      createItem(store, schema, { Title: 'too long', Unit: 'å'.repeat(51) }, 6);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidTextValueError);
    expect(error).toMatchObject({
      status: 500,
      code: '-2130575336, Microsoft.SharePoint.SPException',
      message:
        'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.',
    });
    expect(count()).toBe(before);
  });
});
