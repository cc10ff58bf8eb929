/**
 * What an item has besides its field values: the string renderings of its values (FieldValuesAsText,
 * FieldValuesAsHtml, FieldValuesForEdit), its ParentList, its permissions and its encoded absolute URL.
 */
import type { FieldDef } from '../model/fields.js';
import type { ItemRecord } from '../model/lists.js';
import { itemEditLink, type ItemExtras } from '../items/read.js';
import { loadSchema } from '../items/paths.js';
import type { ListSchema } from '../items/schema.js';
import { effectiveMask, itemSecurable } from '../security/access.js';
import type { Store } from '../storage/store.js';
import type { ApiRequest } from './context.js';
import { basePermissionsValue, listEntity, listServerRelativeUrl } from './entities.js';
import { entityContext } from './kit.js';
import type { FieldValuesFlavor } from './resources.js';
import { EntityValue, type ODataValue } from './values.js';

/** The site's locale (the web's Language 1053), used for numbers, dates and yes/no in FieldValuesAsText. */
const LOCALE = 'sv-SE';

/** FieldStringValues name of a field: an underscore in an internal name is written `_x005f_`, as SharePoint does. */
export function fieldValuesKey(internalName: string): string {
  return internalName.replace(/_/g, '_x005f_');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-01-15 10:00` (or `2026-01-15` for a date-only column), as a Swedish site shows a UTC date. */
function dateText(field: FieldDef, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return field.extra.DisplayFormat === 0 ? day : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function ids(raw: unknown): number[] {
  if (Array.isArray(raw)) return raw.filter((v): v is number => typeof v === 'number');
  return typeof raw === 'number' ? [raw] : [];
}

/** The shown values of a lookup or person field, with their ids. */
function referenced(store: Store, field: FieldDef, raw: unknown): { id: number; text: string }[] {
  const wanted = ids(raw);
  if (wanted.length === 0) return [];
  if (field.kind === 'User') {
    const found = store.principals.byIds(wanted);
    return wanted.map((id) => ({ id, text: found.get(id)?.title ?? '' }));
  }
  const target = field.lookupListId ? loadSchema(store, field.lookupListId) : undefined;
  const shown = target?.lookupName(field.lookupField ?? 'Title');
  const items = target ? store.items.byIds(target.list.id, wanted) : new Map<number, ItemRecord>();
  return wanted.map((id) => {
    const value = shown ? items.get(id)?.data[shown.internalName] : undefined;
    return { id, text: value === null || value === undefined ? '' : String(value) };
  });
}

/** One field's value as FieldValuesAsText, FieldValuesAsHtml or FieldValuesForEdit renders it. */
function renderValue(store: Store, field: FieldDef, raw: unknown, flavor: FieldValuesFlavor): string {
  if (raw === null || raw === undefined) return '';
  const html = flavor === 'FieldValuesAsHtml';
  const edit = flavor === 'FieldValuesForEdit';
  const plain = (text: string): string => (html ? escapeHtml(text) : text);
  switch (field.kind) {
    case 'Boolean':
      if (edit) return raw === true ? '1' : '0';
      return raw === true ? 'Ja' : 'Nej';
    case 'Number':
    case 'Currency':
      return edit ? String(raw) : Number(raw).toLocaleString(LOCALE, { maximumFractionDigits: 10 });
    case 'DateTime':
      return dateText(field, String(raw));
    case 'MultiChoice': {
      const values = Array.isArray(raw) ? raw.map(String) : [];
      return edit ? `;#${values.join(';#')};#` : plain(values.join('; '));
    }
    case 'Lookup':
    case 'User': {
      const refs = referenced(store, field, raw);
      if (edit) return refs.map((r) => `${r.id};#${r.text}`).join(';#');
      return plain(refs.map((r) => r.text).join('; '));
    }
    case 'URL': {
      const url = raw as { Url: string; Description: string };
      if (html) return `<a href="${escapeHtml(url.Url)}">${escapeHtml(url.Description)}</a>`;
      return `${url.Url}, ${url.Description}`;
    }
    case 'Note':
      // a Note's HTML rendering is its (rich) text as stored
      return String(raw);
    default:
      return plain(String(raw));
  }
}

/** An item's values as SP.FieldStringValues (one string per field, keyed by encoded internal name). */
export function fieldValuesEntity(
  req: ApiRequest,
  schema: ListSchema,
  item: ItemRecord,
  flavor: FieldValuesFlavor,
): EntityValue {
  const link = `${itemEditLink(schema.list.id, item.id)}/${flavor}`;
  const props: Record<string, ODataValue> = {};
  for (const field of schema.fields) {
    const raw = field.internalName === 'ID' ? item.id : item.data[field.internalName];
    props[fieldValuesKey(field.internalName)] = renderValue(req.store, field, raw, flavor);
  }
  return new EntityValue('SP.FieldStringValues', `${req.apiBase}/${link}`, link, props);
}

/** The absolute URL of an item, percent-encoded: a document's file, a list item's `<id>_.000`. */
function encodedAbsUrl(req: ApiRequest, schema: ListSchema, item: ItemRecord): string {
  const origin = new URL(req.siteUrl).origin;
  const fileRef = item.data.FileRef;
  const path =
    typeof fileRef === 'string' && fileRef !== ''
      ? fileRef
      : `${listServerRelativeUrl(req.site.sitePath, schema.list)}/${item.id}_.000`;
  return `${origin}${encodeURI(path)}`;
}

/** The item properties and navigations of a request's items beyond their fields. */
export function itemExtras(req: ApiRequest, schema: ListSchema): ItemExtras {
  const list = schema.list;
  const permissions = (item: ItemRecord): ODataValue =>
    basePermissionsValue(
      effectiveMask(req.store, req.caller.principal, itemSecurable(req.store, list, item)),
    );
  const values =
    (flavor: FieldValuesFlavor) =>
    (item: ItemRecord): EntityValue =>
      fieldValuesEntity(req, schema, item, flavor);
  return {
    properties: {
      EffectiveBasePermissions: permissions,
      EffectiveBasePermissionsForUI: permissions,
      HasUniqueRoleAssignments: (item) => req.store.security.isUniqueItem(item.rowId),
      EncodedAbsUrl: (item) => encodedAbsUrl(req, schema, item),
    },
    navigations: {
      ParentList: (_item, expand) =>
        listEntity(entityContext(req, new Set(expand.map((p) => (p[0] as string).toLowerCase()))), list),
      FieldValuesAsText: values('FieldValuesAsText'),
      FieldValuesAsHtml: values('FieldValuesAsHtml'),
      FieldValuesForEdit: values('FieldValuesForEdit'),
    },
  };
}
