import { BadRequestError } from '../errors/sp-errors.js';
import { isReference, type FieldDef } from '../model/fields.js';
import { isLibrary, type ItemRecord, type PrincipalRecord } from '../model/lists.js';
import { fileEntity } from '../files/entities.js';
import { selectEntity } from '../rest/collection.js';
import {
  CollectionValue,
  ComplexValue,
  DeferredValue,
  EntityValue,
  type ODataValue,
} from '../rest/values.js';
import type { Store } from '../storage/store.js';
import { loadSchema, USER_PROJECTIONS } from './paths.js';
import { fieldOrPropertyDoesNotExist, type ListSchema } from './schema.js';

/** Built-in properties of every item payload that are not fields. */
const STATIC_PROPS: Record<string, (item: ItemRecord) => ODataValue> = {
  FileSystemObjectType: (item) => (item.data.FSObjType === '1' ? 1 : 0),
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ContentTypeId: (item) =>
    typeof item.data.ContentTypeId === 'string'
      ? item.data.ContentTypeId
      : '0x0100A33D9AD9805788419BDAAC2CCB37509F',
  ComplianceAssetId: () => null,
  OData__UIVersionString: (item) => `${item.version}.0`,
  Attachments: () => false,
  CheckoutUserId: () => null,
  OData__CopySource: () => null,
};

/** A navigation property of an item that is not a field (ParentList, FieldValuesAsText, …), given its sub-expands. */
export type ItemNavigation = (item: ItemRecord, expand: readonly string[][]) => EntityValue | null;

/** Item properties and navigations beyond the list's fields, computed by the caller (they need the request). */
export interface ItemExtras {
  /** Properties returned only when `$select` names them (EffectiveBasePermissions, EncodedAbsUrl, …). */
  properties: Readonly<Record<string, (item: ItemRecord) => ODataValue>>;
  /** Navigation properties `$expand` may name, with deeper paths (`ParentList/RootFolder`). */
  navigations: Readonly<Record<string, ItemNavigation>>;
}

/** An expanded extra navigation: what is expanded and selected below it. */
interface ExtraNavigation {
  resolve: ItemNavigation;
  expand: string[][];
  select: string[][];
}

/** The extra named `name` (case-insensitive) in a record of extras. */
function extraNamed<T>(
  record: Readonly<Record<string, T>> | undefined,
  name: string,
): [string, T] | undefined {
  if (!record) return undefined;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : [key, record[key] as T];
}

/** One output property of an item. */
type PropSpec =
  | { kind: 'static'; name: string }
  | { kind: 'id'; name: 'Id' | 'ID' }
  | { kind: 'value'; name: string; field: FieldDef }
  | { kind: 'refId'; name: string; field: FieldDef }
  | { kind: 'refStringId'; name: string; field: FieldDef }
  | { kind: 'deferred'; name: string; field: FieldDef }
  | { kind: 'expand'; name: string; field: FieldDef }
  | { kind: 'file'; name: string }
  | { kind: 'extra'; name: string; value: (item: ItemRecord) => ODataValue }
  | { kind: 'navigation'; name: string };

/** An expanded lookup or person field and the properties it projects. */
interface Expansion {
  field: FieldDef;
  projections: string[];
  /** Target list schema (lookups). */
  target?: ListSchema;
}

/** What to write for each item of a response, from `$select` and `$expand`. */
export interface ItemSelection {
  props: PropSpec[];
  expansions: Map<string, Expansion>;
  /** `$expand=File` on a library: the `$select` paths under `File/` (empty = every property). */
  file?: string[][];
  /** Expanded extra navigations by name. */
  navigations?: Map<string, ExtraNavigation>;
}

function defaultProps(schema: ListSchema): PropSpec[] {
  const props: PropSpec[] = [
    { kind: 'static', name: 'FileSystemObjectType' },
    { kind: 'id', name: 'Id' },
    { kind: 'static', name: 'ServerRedirectedEmbedUri' },
    { kind: 'static', name: 'ServerRedirectedEmbedUrl' },
    { kind: 'static', name: 'ContentTypeId' },
  ];
  for (const field of schema.fields) {
    if (field.builtIn && field.internalName !== 'Title') continue;
    if (isReference(field)) {
      props.push({ kind: 'refId', name: `${field.entityPropertyName}Id`, field });
      if (field.kind === 'User')
        props.push({ kind: 'refStringId', name: `${field.entityPropertyName}StringId`, field });
    } else props.push({ kind: 'value', name: field.entityPropertyName, field });
  }
  const builtin = (name: string): FieldDef => schema.field(name) as FieldDef;
  props.push(
    { kind: 'static', name: 'ComplianceAssetId' },
    { kind: 'id', name: 'ID' },
    { kind: 'value', name: 'Modified', field: builtin('Modified') },
    { kind: 'value', name: 'Created', field: builtin('Created') },
    { kind: 'refId', name: 'AuthorId', field: builtin('Author') },
    { kind: 'refId', name: 'EditorId', field: builtin('Editor') },
  );
  if (isLibrary(schema.list)) {
    // Library items carry no attachments; SharePoint Online adds copy source and check-out user instead.
    props.push(
      { kind: 'static', name: 'OData__CopySource' },
      { kind: 'static', name: 'CheckoutUserId' },
      { kind: 'static', name: 'OData__UIVersionString' },
    );
  } else {
    props.push({ kind: 'static', name: 'OData__UIVersionString' }, { kind: 'static', name: 'Attachments' });
  }
  props.push({ kind: 'value', name: 'GUID', field: builtin('GUID') });
  return props;
}

function defaultProjections(field: FieldDef): string[] {
  return field.kind === 'User' ? ['Id', 'Title', 'EMail', 'Name'] : ['Id', field.lookupField ?? 'Title'];
}

/** Builds the selection of an item query; throws 400 for unknown names and projections without `$expand`. */
export function buildSelection(
  store: Store,
  schema: ListSchema,
  select: readonly string[][] | undefined,
  expand: readonly string[][] | undefined,
  extras?: ItemExtras,
): ItemSelection {
  const expansions = new Map<string, Expansion>();
  const navigations = new Map<string, ExtraNavigation>();
  const library = isLibrary(schema.list);
  let file: string[][] | undefined;
  for (const path of expand ?? []) {
    const name = path.join('/');
    const nav = extraNamed(extras?.navigations, path[0] as string);
    if (nav) {
      const entry = navigations.get(nav[0]) ?? { resolve: nav[1], expand: [], select: [] };
      if (path.length > 1) entry.expand.push(path.slice(1));
      navigations.set(nav[0], entry);
      continue;
    }
    if (library && path.length === 1 && /^file$/i.test(path[0] as string)) {
      file = [];
      continue;
    }
    if (path.length !== 1)
      throw new BadRequestError(`The $expand '${name}' is deeper than the emulator supports.`);
    const field = schema.lookupName(path[0] as string);
    if (!field) {
      throw new BadRequestError(
        `The field or property '${name}' cannot be expanded: the emulator expands lookup and person fields only.`,
      );
    }
    if (!isReference(field))
      throw new BadRequestError(`The field '${name}' is not a lookup and cannot be expanded.`);
    const target =
      field.kind === 'Lookup' && field.lookupListId ? loadSchema(store, field.lookupListId) : undefined;
    expansions.set(field.internalName, { field, projections: [], target });
  }
  const props: PropSpec[] = [];
  const emitted = new Set<string>();
  const push = (spec: PropSpec): void => {
    if (emitted.has(spec.name)) return;
    emitted.add(spec.name);
    props.push(spec);
  };
  const selected = select && select.length > 0 ? select : [['*']];
  for (const path of selected) {
    const text = path.join('/');
    if (path.length === 1) {
      const name = path[0] as string;
      if (name === '*') {
        for (const spec of defaultProps(schema)) push(spec);
        continue;
      }
      if (name === 'Id' || name === 'ID') {
        push({ kind: 'id', name });
        continue;
      }
      if (STATIC_PROPS[name]) {
        push({ kind: 'static', name });
        continue;
      }
      if (file && /^file$/i.test(name)) {
        push({ kind: 'file', name: 'File' });
        continue;
      }
      const property = extraNamed(extras?.properties, name);
      if (property) {
        push({ kind: 'extra', name: property[0], value: property[1] });
        continue;
      }
      const nav = extraNamed(extras?.navigations, name);
      if (nav) {
        // not expanded: a deferred navigation, which JSON light leaves out
        if (navigations.has(nav[0])) push({ kind: 'navigation', name: nav[0] });
        continue;
      }
      const hit = schema.resolveQueryName(name);
      if (!hit) throw fieldOrPropertyDoesNotExist(name);
      const field = hit.field;
      if (field.internalName === 'ID') push({ kind: 'id', name: 'ID' });
      else if (hit.asId) {
        const stringId = /StringId$/i.test(name) && field.kind === 'User';
        push({
          kind: stringId ? 'refStringId' : 'refId',
          name: `${field.entityPropertyName}${stringId ? 'StringId' : 'Id'}`,
          field,
        });
      } else if (isReference(field)) {
        const expansion = expansions.get(field.internalName);
        if (expansion && expansion.projections.length === 0)
          expansion.projections.push(...defaultProjections(field));
        push(
          expansion
            ? { kind: 'expand', name: field.entityPropertyName, field }
            : { kind: 'deferred', name: field.entityPropertyName, field },
        );
      } else push({ kind: 'value', name: field.entityPropertyName, field });
      continue;
    }
    const nav = extraNamed(extras?.navigations, path[0] as string);
    if (nav) {
      const entry = navigations.get(nav[0]);
      if (!entry) {
        throw new BadRequestError(
          `The query to field '${text}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav[0]}.`,
        );
      }
      entry.select.push(path.slice(1));
      push({ kind: 'navigation', name: nav[0] });
      continue;
    }
    if (path.length > 2)
      throw new BadRequestError(`The $select '${text}' is deeper than the emulator supports.`);
    const head = path[0] as string;
    const sub = path[1] as string;
    if (library && /^file$/i.test(head)) {
      if (!file) {
        throw new BadRequestError(
          `The query to field '${text}' is not valid. The $select query string must specify the target fields and the $expand query string must contains File.`,
        );
      }
      if (sub !== '*') file.push([sub]);
      push({ kind: 'file', name: 'File' });
      continue;
    }
    const field = schema.lookupName(head);
    if (!field) throw fieldOrPropertyDoesNotExist(head);
    const expansion = expansions.get(field.internalName);
    if (!expansion) {
      throw new BadRequestError(
        `The query to field '${text}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
      );
    }
    if (sub === '*') expansion.projections.push(...defaultProjections(field));
    else {
      if (field.kind === 'User' && !USER_PROJECTIONS[sub.toLowerCase()]) {
        throw new BadRequestError(
          `The field or property '${sub}' of '${head}' is not supported by the emulator.`,
        );
      }
      if (field.kind === 'Lookup' && !/^id$/i.test(sub) && !expansion.target?.lookupName(sub)) {
        throw fieldOrPropertyDoesNotExist(text);
      }
      expansion.projections.push(sub);
    }
    push({ kind: 'expand', name: field.entityPropertyName, field });
  }
  // An expansion without any projected field still appears, with its default projection.
  for (const expansion of expansions.values()) {
    if (expansion.projections.length === 0) {
      expansion.projections.push(...defaultProjections(expansion.field));
      if (select && select.length > 0 && !selected.some((p) => p[0] === '*')) continue;
      push({ kind: 'expand', name: expansion.field.entityPropertyName, field: expansion.field });
    }
  }
  const selectsAll = !select || select.length === 0 || selected.some((p) => p.length === 1 && p[0] === '*');
  if (file && !emitted.has('File') && selectsAll) push({ kind: 'file', name: 'File' });
  if (selectsAll) for (const name of navigations.keys()) push({ kind: 'navigation', name });
  const selection: ItemSelection = { props, expansions };
  if (file) selection.file = file;
  if (navigations.size > 0) selection.navigations = navigations;
  return selection;
}

/** The REST form of a stored field value. */
export function readValue(field: FieldDef, raw: unknown): ODataValue {
  if (raw === undefined || raw === null) return field.kind === 'MultiChoice' ? null : null;
  switch (field.kind) {
    case 'MultiChoice':
      return new CollectionValue('Collection(Edm.String)', raw as string[]);
    case 'URL': {
      const url = raw as { Url: string; Description: string };
      return new ComplexValue('SP.FieldUrlValue', { Description: url.Description, Url: url.Url });
    }
    default:
      return raw as ODataValue;
  }
}

function refIds(field: FieldDef, raw: unknown): number[] {
  if (Array.isArray(raw)) return raw as number[];
  return typeof raw === 'number' ? [raw] : [];
}

/** Loaded targets of the expansions on one page. */
interface ExpansionData {
  items: Map<string, Map<number, ItemRecord>>;
  principals: Map<number, PrincipalRecord>;
}

function loadExpansions(store: Store, selection: ItemSelection, items: readonly ItemRecord[]): ExpansionData {
  const data: ExpansionData = { items: new Map(), principals: new Map() };
  const userIds = new Set<number>();
  for (const expansion of selection.expansions.values()) {
    const ids = new Set<number>();
    for (const item of items)
      for (const id of refIds(expansion.field, item.data[expansion.field.internalName])) ids.add(id);
    if (expansion.field.kind === 'User') ids.forEach((id) => userIds.add(id));
    else if (expansion.target)
      data.items.set(expansion.field.internalName, store.items.byIds(expansion.target.list.id, [...ids]));
  }
  data.principals = store.principals.byIds([...userIds]);
  return data;
}

/** URI helpers for items. */
export function itemEditLink(listId: string, itemId: number): string {
  return `Web/Lists(guid'${listId}')/Items(${itemId})`;
}

function expandedUser(apiBase: string, p: PrincipalRecord, projections: readonly string[]): EntityValue {
  const props: Record<string, ODataValue> = {};
  for (const name of projections) {
    const column = USER_PROJECTIONS[name.toLowerCase()];
    if (column === 'id') props[name] = p.id;
    else if (column === 'title') props[name] = p.title;
    else if (column === 'email') props[name] = p.email;
    else if (column === 'login_name') props[name] = p.loginName;
    else if (column === 'upn') props[name] = p.upn;
  }
  return new EntityValue('SP.Data.UserInfoItem', `${apiBase}/Web/GetUserById(${p.id})`, '', props);
}

function expandedItem(
  apiBase: string,
  target: ListSchema,
  item: ItemRecord,
  projections: readonly string[],
): EntityValue {
  const props: Record<string, ODataValue> = {};
  for (const name of projections) {
    if (/^id$/i.test(name)) {
      props[name] = item.id;
      continue;
    }
    const field = target.lookupName(name);
    if (field) props[field.entityPropertyName] = readValue(field, item.data[field.internalName]);
  }
  return new EntityValue(
    target.itemTypeName,
    `${apiBase}/${itemEditLink(target.list.id, item.id)}`,
    '',
    props,
  );
}

function expansionValue(
  apiBase: string,
  expansion: Expansion,
  raw: unknown,
  data: ExpansionData,
): ODataValue {
  const ids = refIds(expansion.field, raw);
  const resolve = (id: number): EntityValue | null => {
    if (expansion.field.kind === 'User') {
      const p = data.principals.get(id);
      return p ? expandedUser(apiBase, p, expansion.projections) : null;
    }
    const target = expansion.target;
    const item = data.items.get(expansion.field.internalName)?.get(id);
    return target && item ? expandedItem(apiBase, target, item, expansion.projections) : null;
  };
  if (expansion.field.multi) {
    return new CollectionValue(
      undefined,
      ids.map(resolve).filter((e): e is EntityValue => e !== null),
    );
  }
  return ids.length > 0 ? resolve(ids[0] as number) : null;
}

/** Writes items as REST entities with the selection applied. */
export function itemsToEntities(
  store: Store,
  apiBase: string,
  schema: ListSchema,
  items: readonly ItemRecord[],
  selection: ItemSelection,
): EntityValue[] {
  const data = loadExpansions(store, selection, items);
  const documents = selection.file ? store.documents.byRowIds(items.map((i) => i.rowId)) : undefined;
  return items.map((item) => {
    const props: Record<string, ODataValue> = {};
    for (const spec of selection.props) {
      switch (spec.kind) {
        case 'static':
          props[spec.name] = (STATIC_PROPS[spec.name] as (i: ItemRecord) => ODataValue)(item);
          break;
        case 'id':
          props[spec.name] = item.id;
          break;
        case 'value':
          props[spec.name] = readValue(spec.field, item.data[spec.field.internalName]);
          break;
        case 'refId': {
          const raw = item.data[spec.field.internalName];
          props[spec.name] = spec.field.multi
            ? new CollectionValue('Collection(Edm.Int32)', refIds(spec.field, raw))
            : ((raw as number | null | undefined) ?? null);
          break;
        }
        case 'refStringId': {
          const raw = item.data[spec.field.internalName];
          props[spec.name] = spec.field.multi
            ? new CollectionValue('Collection(Edm.String)', refIds(spec.field, raw).map(String))
            : raw === null || raw === undefined
              ? null
              : String(raw);
          break;
        }
        case 'deferred':
          props[spec.name] = new DeferredValue(
            `${apiBase}/${itemEditLink(schema.list.id, item.id)}/${spec.name}`,
          );
          break;
        case 'expand': {
          const expansion = selection.expansions.get(spec.field.internalName) as Expansion;
          props[spec.name] = expansionValue(apiBase, expansion, item.data[spec.field.internalName], data);
          break;
        }
        case 'file': {
          // Folders have no file: SharePoint expands File to null for them.
          const doc = documents?.get(item.rowId);
          props[spec.name] =
            doc && !doc.isFolder
              ? selectEntity(
                  fileEntity(apiBase, doc, item),
                  selection.file?.length ? selection.file : undefined,
                )
              : null;
          break;
        }
        case 'extra':
          props[spec.name] = spec.value(item);
          break;
        case 'navigation': {
          const nav = selection.navigations?.get(spec.name) as ExtraNavigation;
          const value = nav.resolve(item, nav.expand);
          props[spec.name] = value && nav.select.length > 0 ? selectEntity(value, nav.select) : value;
          break;
        }
      }
    }
    const editLink = itemEditLink(schema.list.id, item.id);
    return new EntityValue(
      schema.itemTypeName,
      `${apiBase}/${editLink}`,
      editLink,
      props,
      `"${item.version}"`,
    );
  });
}
