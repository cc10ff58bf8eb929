import { BadRequestError, FieldValidationError, InvalidTextValueError } from '../errors/sp-errors.js';
import { isMultiValued, isReference, type FieldDef } from '../model/fields.js';
import { normalizeDate } from './dates.js';
import type { ListSchema } from './schema.js';

/** Properties that are never field values (annotations of verbose and light JSON). */
export function isAnnotation(key: string): boolean {
  return key === '__metadata' || key.startsWith('odata.') || key.includes('@');
}

/** Names of built-in item properties that cannot be written. */
const READ_ONLY = new Set([
  'ID',
  'Id',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'AuthorStringId',
  'EditorStringId',
  'GUID',
  'Attachments',
  'ContentTypeId',
  'FileSystemObjectType',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ComplianceAssetId',
  'OData__UIVersionString',
]);

/** A value change addressed to a field. */
export interface FieldChange {
  field: FieldDef;
  value: unknown;
}

function cannotConvert(edmType: string, field: FieldDef, value: unknown): BadRequestError {
  return new BadRequestError(
    `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details. (Field '${field.internalName}', value ${JSON.stringify(value)}.)`,
  );
}

function unwrapResults(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'results' in value) {
    return (value as { results: unknown }).results;
  }
  return value;
}

function toInteger(field: FieldDef, value: unknown): number {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw cannotConvert('Edm.Int32', field, value);
  return n;
}

function convertText(field: FieldDef, value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw cannotConvert('Edm.String', field, value);
  // Only a single line of text has a MaxLength. A Note has none in SharePoint Online: any length is stored.
  // Past it, SharePoint Online answers 500 with a generic SPException that names no field (README).
  if (field.kind === 'Text' && value.length > (field.maxLength ?? 255)) throw new InvalidTextValueError();
  if (
    field.kind === 'Choice' &&
    value !== '' &&
    !field.fillInChoice &&
    !(field.choices ?? []).includes(value)
  ) {
    throw new FieldValidationError(
      `The value '${value}' is not one of the choices of field '${field.title}' (${field.internalName}): ${(field.choices ?? []).map((c) => `'${c}'`).join(', ')}.`,
    );
  }
  return value === '' && field.kind === 'Choice' ? null : value;
}

function convertNumber(field: FieldDef, value: unknown): number | null {
  if (value === null) return null;
  const n =
    typeof value === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw cannotConvert('Edm.Double', field, value);
  if (field.minimumValue !== undefined && n < field.minimumValue) {
    throw new FieldValidationError(
      `The value ${n} of field '${field.title}' (${field.internalName}) is smaller than the minimum ${field.minimumValue}.`,
    );
  }
  if (field.maximumValue !== undefined && n > field.maximumValue) {
    throw new FieldValidationError(
      `The value ${n} of field '${field.title}' (${field.internalName}) is larger than the maximum ${field.maximumValue}.`,
    );
  }
  return n;
}

function convertMultiChoice(field: FieldDef, value: unknown): string[] | null {
  const raw = unwrapResults(value);
  if (raw === null) return null;
  if (!Array.isArray(raw)) throw cannotConvert('Collection(Edm.String)', field, value);
  const out: string[] = [];
  for (const v of raw) {
    if (typeof v !== 'string') throw cannotConvert('Edm.String', field, v);
    if (!field.fillInChoice && !(field.choices ?? []).includes(v)) {
      throw new FieldValidationError(
        `The value '${v}' is not one of the choices of field '${field.title}' (${field.internalName}): ${(field.choices ?? []).map((c) => `'${c}'`).join(', ')}.`,
      );
    }
    if (!out.includes(v)) out.push(v);
  }
  return out.length > 0 ? out : null;
}

function convertReference(field: FieldDef, value: unknown): number | number[] | null {
  if (field.multi) {
    const raw = unwrapResults(value);
    if (raw === null) return [];
    if (!Array.isArray(raw)) throw cannotConvert('Collection(Edm.Int32)', field, value);
    const ids = raw.map((v) => toInteger(field, v));
    return [...new Set(ids)];
  }
  if (value === null) return null;
  const id = toInteger(field, value);
  return id <= 0 ? null : id;
}

function convertUrl(field: FieldDef, value: unknown): { Url: string; Description: string } | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw cannotConvert('SP.FieldUrlValue', field, value);
  const { Url, Description } = value as { Url?: unknown; Description?: unknown };
  if (typeof Url !== 'string' || Url === '') throw cannotConvert('SP.FieldUrlValue', field, value);
  if (Url.length > 255) {
    throw new FieldValidationError(`The URL of field '${field.title}' is longer than 255 characters.`);
  }
  return { Url, Description: typeof Description === 'string' ? Description : Url };
}

/** Converts and checks one written value to its stored form (400 on a wrong type or a broken rule). */
export function convertValue(field: FieldDef, value: unknown): unknown {
  if (value === undefined) return null;
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return convertText(field, value);
    case 'MultiChoice':
      return convertMultiChoice(field, value);
    case 'Number':
    case 'Currency':
      return convertNumber(field, value);
    case 'Boolean':
      if (value === null || typeof value === 'boolean') return value;
      throw cannotConvert('Edm.Boolean', field, value);
    case 'DateTime': {
      if (value === null || value === '') return null;
      const date = typeof value === 'string' ? normalizeDate(value) : undefined;
      if (!date) throw cannotConvert('Edm.DateTime', field, value);
      return date;
    }
    case 'Lookup':
    case 'User':
      return convertReference(field, value);
    case 'URL':
      return convertUrl(field, value);
    case 'Location':
      // SharePoint stores a location as its JSON text ({"DisplayName", "Address", "Coordinates", …})
      if (value === null || value === '') return null;
      if (typeof value !== 'string') throw cannotConvert('Edm.String', field, value);
      return value;
    case 'Counter':
    case 'Computed':
    case 'Guid':
      throw new BadRequestError(`The property '${field.internalName}' is read-only and cannot be set.`);
  }
}

/**
 * Maps a request body's properties to field changes: `<Name>` for plain fields, `<Name>Id` for lookups and
 * people, `<Name>StringId` for people. Throws 400 for unknown or read-only properties and wrong value types.
 */
export function changesFromBody(schema: ListSchema, body: Record<string, unknown>): FieldChange[] {
  const metadata = body.__metadata as { type?: unknown } | undefined;
  if (
    metadata &&
    typeof metadata === 'object' &&
    metadata.type !== undefined &&
    metadata.type !== schema.itemTypeName
  ) {
    throw new BadRequestError(
      `A type named '${String(metadata.type)}' could not be resolved by the model. The items of list '${schema.list.title}' have the type '${schema.itemTypeName}'.`,
    );
  }
  const changes: FieldChange[] = [];
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(body)) {
    if (isAnnotation(key)) continue;
    if (READ_ONLY.has(key))
      throw new BadRequestError(`The property '${key}' is read-only and cannot be set.`);
    let field = schema.fieldByEntityName(key);
    if (field && isReference(field)) {
      throw new BadRequestError(
        `The property '${key}' is a ${field.kind === 'User' ? 'person' : 'lookup'} field: write its value as '${key}Id' (an id${field.multi ? ' array' : ''}).`,
      );
    }
    if (!field) {
      const ref = /^(.*?)(String)?Id$/.exec(key);
      const base = ref ? schema.fieldByEntityName(ref[1] as string) : undefined;
      if (base && isReference(base) && (!ref?.[2] || base.kind === 'User')) field = base;
    }
    if (!field || field.internalName === 'ID') {
      throw new BadRequestError(
        `The property '${key}' does not exist on type '${schema.itemTypeName}'. Make sure to only use property names that are defined by the type.`,
      );
    }
    if (field.readOnly) throw new BadRequestError(`The property '${key}' is read-only and cannot be set.`);
    if (seen.has(field.internalName)) {
      throw new BadRequestError(
        `The field '${field.internalName}' is given more than once in the request body.`,
      );
    }
    seen.add(field.internalName);
    changes.push({ field, value: convertValue(field, value) });
  }
  return changes;
}

/** True when a stored value counts as empty for a required field. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** The stored value of a field's DefaultValue, when it has one. */
export function defaultValueOf(field: FieldDef): unknown {
  if (field.defaultValue === null || field.defaultValue === '') return undefined;
  const d = field.defaultValue;
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return d;
    case 'MultiChoice':
      return d.split(';#').filter((s) => s !== '');
    case 'Number':
    case 'Currency':
      return Number.isFinite(Number(d)) ? Number(d) : undefined;
    case 'Boolean':
      return d === '1' || /^true$/i.test(d);
    case 'DateTime':
      return /^\[today\]$/i.test(d) ? normalizeDate(new Date().toISOString().slice(0, 10)) : normalizeDate(d);
    default:
      return undefined;
  }
}

/** An empty stored value of a field (arrays for multi-valued references). */
export function emptyValueOf(field: FieldDef): unknown {
  return isReference(field) && isMultiValued(field) ? [] : null;
}
