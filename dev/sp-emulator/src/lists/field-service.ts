import { BadRequestError, CODE_DUPLICATE, ConflictError } from '../errors/sp-errors.js';
import { indexEntriesOf } from '../items/index-values.js';
import { ListSchema } from '../items/schema.js';
import { isAnnotation } from '../items/write-values.js';
import {
  builtinFields,
  fieldODataType,
  isIndexable,
  isMultiValued,
  kindFromSchemaType,
  kindFromTypeKind,
  type FieldDef,
  type FieldKind,
} from '../model/fields.js';
import { newGuid, normalizeGuid } from '../model/ids.js';
import type { ListRecord } from '../model/lists.js';
import { entityPropertyName, fold, internalNameFromTitle } from '../model/names.js';
import type { Store } from '../storage/store.js';
import { parseSchemaXml } from './schema-xml.js';

/** Properties the emulator stores and echoes back but does not interpret. */
const ECHOED = new Set([
  'Group',
  'EditFormat',
  'DisplayFormat',
  'DateTimeCalendarType',
  'FriendlyDisplayFormat',
  'CurrencyLocaleId',
  'NumberOfLines',
  'RichText',
  'AllowHyperlink',
  'AppendOnly',
  'RestrictedMode',
  'UnlimitedLengthInDocumentLibrary',
  'SelectionMode',
  'SelectionGroup',
  'ShowInFiltersPane',
  'ShowAsPercentage',
  'Decimals',
  'ValidationFormula',
  'ValidationMessage',
  'JSLink',
  'ClientSideComponentId',
  'ClientSideComponentProperties',
  'CustomFormatter',
  'IsModern',
  'LookupWebId',
  'IsCompoundLookup',
  'IsRelationship',
  'RelationshipDeleteBehavior',
  'Presence',
  'AllowDisplay',
  'Mappings',
  'OutputType',
  'ShowInDisplayForm',
  'ShowInEditForm',
  'ShowInNewForm',
]);

/** Where fields live: a list, or (undefined) the web, whose fields are the site columns. */
export type FieldHost = ListRecord | undefined;

/** The fields of a host: a list's, or the web's built-in and created site columns. */
export function fieldsOf(store: Store, host: FieldHost): FieldDef[] {
  return host ? store.fields.forList(host.id) : [...builtinFields(), ...store.fields.forWeb()];
}

/** What a client asks for when it creates a field. */
interface FieldSpec {
  title: string;
  kind: FieldKind;
  multi: boolean;
  internalNameHint?: string;
  props: Record<string, unknown>;
}

function unwrapResults(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'results' in value) {
    return (value as { results: unknown }).results;
  }
  return value;
}

function asBool(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return /^true$/i.test(value);
  throw new BadRequestError(`The property '${name}' must be a boolean.`);
}

function asNumber(name: string, value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new BadRequestError(`The property '${name}' must be a number.`);
  return n;
}

function asString(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new BadRequestError(`The property '${name}' must be a text.`);
  return value;
}

function uniqueInternalName(existing: readonly FieldDef[], base: string): string {
  const taken = new Set(existing.map((f) => fold(f.internalName)));
  if (!taken.has(fold(base))) return base;
  for (let n = 0; ; n++) {
    const candidate = `${base.slice(0, 32 - String(n).length)}${n}`;
    if (!taken.has(fold(candidate))) return candidate;
  }
}

/** Applies settable properties to a field definition (used by create and MERGE). */
function applyProps(store: Store, def: FieldDef, props: Record<string, unknown>, creating: boolean): void {
  const typeName = fieldODataType(def);
  for (const [key, value] of Object.entries(props)) {
    if (isAnnotation(key)) continue;
    switch (key) {
      case 'Title': {
        const title = asString(key, value).trim();
        if (title === '') throw new BadRequestError('The field title must not be empty.');
        def.title = title;
        break;
      }
      case 'FieldTypeKind':
      case 'TypeAsString':
        if (!creating)
          throw new BadRequestError(
            `Changing the type of a field ('${key}') is not supported by the emulator.`,
          );
        break;
      case 'InternalName':
      case 'StaticName':
      case 'EntityPropertyName':
      case 'Id':
        if (!creating) throw new BadRequestError(`The property '${key}' of a field cannot be changed.`);
        break;
      case 'Description':
        def.description = value === null ? '' : asString(key, value);
        break;
      case 'Required':
        def.required = asBool(key, value);
        break;
      case 'Indexed':
        def.indexed = asBool(key, value);
        break;
      case 'EnforceUniqueValues':
        def.enforceUniqueValues = asBool(key, value);
        break;
      case 'Hidden':
        def.hidden = asBool(key, value);
        break;
      case 'MaxLength': {
        if (def.kind !== 'Text') throw new BadRequestError(`MaxLength applies to Text fields only.`);
        const n = asNumber(key, value);
        if (!Number.isInteger(n) || n < 1 || n > 255)
          throw new BadRequestError('MaxLength of a Text field must be 1–255.');
        def.maxLength = n;
        break;
      }
      case 'Choices': {
        if (def.kind !== 'Choice' && def.kind !== 'MultiChoice')
          throw new BadRequestError('Choices apply to Choice and MultiChoice fields only.');
        const list = unwrapResults(value);
        if (!Array.isArray(list) || list.some((c) => typeof c !== 'string')) {
          throw new BadRequestError('Choices must be a list of texts ({"results": [...]} in verbose JSON).');
        }
        def.choices = [...new Set(list as string[])];
        break;
      }
      case 'FillInChoice':
        def.fillInChoice = asBool(key, value);
        break;
      case 'DefaultValue':
        def.defaultValue = value === null ? null : String(value);
        break;
      case 'MinimumValue':
        def.minimumValue = asNumber(key, value);
        break;
      case 'MaximumValue':
        def.maximumValue = asNumber(key, value);
        break;
      case 'AllowMultipleValues':
        if (!creating && asBool(key, value) !== def.multi) {
          throw new BadRequestError(
            'Changing AllowMultipleValues of an existing field is not supported by the emulator.',
          );
        }
        if (creating) {
          if (def.kind !== 'Lookup' && def.kind !== 'User')
            throw new BadRequestError('AllowMultipleValues applies to Lookup and User fields only.');
          def.multi = asBool(key, value);
        }
        break;
      case 'LookupList':
      case 'LookupListId': {
        if (!creating) throw new BadRequestError(`The property '${key}' of a field cannot be changed.`);
        const id = normalizeGuid(asString(key, value));
        if (!id) throw new BadRequestError(`The ${key} '${String(value)}' is not a GUID.`);
        def.lookupListId = id;
        break;
      }
      case 'LookupField':
      case 'LookupFieldName':
        if (!creating) throw new BadRequestError(`The property '${key}' of a field cannot be changed.`);
        def.lookupField = asString(key, value);
        break;
      default:
        if (!ECHOED.has(key)) {
          throw new BadRequestError(
            `The property '${key}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`,
          );
        }
        if (key === 'Group') def.group = asString(key, value);
        else def.extra[key] = value;
    }
  }
  validateDef(store, def);
}

function validateDef(store: Store, def: FieldDef): void {
  if (def.kind === 'Lookup' && !def.builtIn) {
    if (!def.lookupListId)
      throw new BadRequestError(`The lookup field '${def.title}' needs LookupListId (the target list's id).`);
    const target = store.lists.byId(def.lookupListId);
    if (!target)
      throw new BadRequestError(
        `The lookup list '${def.lookupListId}' of field '${def.title}' does not exist.`,
      );
    const shown = def.lookupField ?? 'Title';
    const targetSchema = new ListSchema(target, store.fields.forList(target.id));
    if (!targetSchema.lookupName(shown)) {
      throw new BadRequestError(
        `The field '${shown}' that lookup '${def.title}' shows does not exist in list '${target.title}'.`,
      );
    }
    def.lookupField = shown;
  }
  if ((def.indexed || def.enforceUniqueValues) && !isIndexable(def)) {
    throw new BadRequestError(`A field of type '${def.kind}' cannot be indexed.`);
  }
  if (def.enforceUniqueValues && !def.indexed) {
    throw new BadRequestError(
      `The field '${def.title}' must be indexed to enforce unique values. Set Indexed to true as well.`,
    );
  }
  if (def.enforceUniqueValues && isMultiValued(def)) {
    throw new BadRequestError('Unique values cannot be enforced on a field with multiple values.');
  }
}

function newDef(spec: FieldSpec, existing: readonly FieldDef[]): FieldDef {
  const internal = uniqueInternalName(existing, spec.internalNameHint ?? internalNameFromTitle(spec.title));
  return {
    id: newGuid(),
    internalName: internal,
    staticName: internal,
    entityPropertyName: entityPropertyName(internal),
    title: spec.title,
    description: '',
    kind: spec.kind,
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    builtIn: false,
    multi: spec.multi,
    maxLength: spec.kind === 'Text' ? 255 : undefined,
    choices: spec.kind === 'Choice' || spec.kind === 'MultiChoice' ? [] : undefined,
    defaultValue: null,
    group: 'Custom Columns',
    extra: {},
  };
}

function kindOf(typeKind: unknown, metadataType: unknown): FieldKind {
  if (typeKind === undefined && typeof metadataType === 'string') {
    const byType: Record<string, FieldKind> = {
      'SP.FieldText': 'Text',
      'SP.FieldMultiLineText': 'Note',
      'SP.FieldDateTime': 'DateTime',
      'SP.FieldChoice': 'Choice',
      'SP.FieldMultiChoice': 'MultiChoice',
      'SP.FieldLookup': 'Lookup',
      'SP.FieldNumber': 'Number',
      'SP.FieldCurrency': 'Currency',
      'SP.FieldUrl': 'URL',
      'SP.FieldUser': 'User',
      'SP.FieldLocation': 'Location',
    };
    const kind = byType[metadataType];
    if (kind) return kind;
  }
  const n = typeof typeKind === 'string' ? Number(typeKind) : typeKind;
  const kind = typeof n === 'number' ? kindFromTypeKind(n) : undefined;
  if (!kind) throw new BadRequestError(`FieldTypeKind ${String(typeKind)} is not supported by the emulator.`);
  return kind;
}

function indexExisting(store: Store, list: ListRecord, def: FieldDef): void {
  store.items.clearFieldIndex(list.id, def.internalName);
  if (!def.indexed && !def.enforceUniqueValues) return;
  const seen = new Set<string | number>();
  for (const item of store.items.iterate(list.id)) {
    for (const entry of indexEntriesOf(def, item.data[def.internalName])) {
      if (def.enforceUniqueValues) {
        if (seen.has(entry.value)) {
          throw new ConflictError(
            `Unique values cannot be enforced on '${def.title}': the list already has duplicate values in it.`,
            CODE_DUPLICATE,
          );
        }
        seen.add(entry.value);
      }
      store.items.addIndexEntry(list.id, item.rowId, entry);
    }
  }
}

function createFromSpec(store: Store, list: FieldHost, spec: FieldSpec): FieldDef {
  const fields = fieldsOf(store, list);
  if (fields.some((f) => fold(f.title) === fold(spec.title))) {
    throw new ConflictError(
      `A duplicate field name "${spec.title}" was found.`,
      '-2130575340, Microsoft.SharePoint.SPException',
    );
  }
  const def = newDef(spec, fields);
  applyProps(store, def, spec.props, true);
  if (list) store.fields.insert(list.id, def);
  else store.fields.insertWeb(def);
  // a new field has no values; existing items get the field's default (or empty) value on their next write
  return def;
}

/** Creates a field from a `POST …/fields` body (verbose `{__metadata:{type:'SP.FieldText'}, Title, FieldTypeKind, …}`). */
export function createField(store: Store, list: FieldHost, body: Record<string, unknown>): FieldDef {
  const metadata = body.__metadata as { type?: unknown } | undefined;
  if (typeof body.Title !== 'string' || body.Title.trim() === '')
    throw new BadRequestError("The property 'Title' is required to create a field.");
  const kind = kindOf(body.FieldTypeKind, metadata?.type);
  const multi = kind === 'User' || kind === 'Lookup' ? body.AllowMultipleValues === true : false;
  const props = { ...body };
  delete props.AllowMultipleValues;
  return createFromSpec(store, list, { title: body.Title.trim(), kind, multi, props });
}

/** Creates a field from `POST …/fields/AddField` (`{parameters:{Title, FieldTypeKind, LookupListId, LookupFieldName, …}}`). */
export function addField(store: Store, list: FieldHost, body: Record<string, unknown>): FieldDef {
  const params = body.parameters as Record<string, unknown> | undefined;
  if (!params || typeof params !== 'object')
    throw new BadRequestError('The body of AddField must be {parameters: {...}}.');
  if (typeof params.Title !== 'string' || params.Title.trim() === '')
    throw new BadRequestError("The parameter 'Title' is required.");
  const kind = kindOf(params.FieldTypeKind, undefined);
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'FieldTypeKind' || key === 'IsCompoundLookup' || key === 'LookupWebId') continue;
    props[key] = value;
  }
  return createFromSpec(store, list, { title: params.Title.trim(), kind, multi: false, props });
}

/** Creates a field from `POST …/fields/createfieldasxml` (`{parameters:{SchemaXml, Options}}`). */
export function createFieldAsXml(store: Store, list: FieldHost, body: Record<string, unknown>): FieldDef {
  const params = body.parameters as Record<string, unknown> | undefined;
  const xml = params?.SchemaXml;
  if (typeof xml !== 'string')
    throw new BadRequestError(
      "The body of createfieldasxml must be {parameters: {SchemaXml: '<Field …/>'}}.",
    );
  const parsed = parseSchemaXml(xml);
  const a = parsed.attributes;
  const typeInfo = kindFromSchemaType(a.Type ?? '');
  if (!typeInfo)
    throw new BadRequestError(`The field type '${a.Type ?? ''}' is not supported by the emulator.`);
  const title = a.DisplayName ?? a.Name ?? a.StaticName;
  if (!title) throw new BadRequestError('The SchemaXml needs a DisplayName or Name attribute.');
  const options = typeof params?.Options === 'number' ? params.Options : 0;
  // As SharePoint: the Name attribute becomes the internal name only with AddFieldInternalNameHint (8);
  // otherwise the internal name comes from the display name.
  const hint = (options & 8) !== 0 && a.Name ? internalNameFromTitle(a.Name) : undefined;
  const props: Record<string, unknown> = {};
  const flag = (v: string | undefined): boolean | undefined =>
    v === undefined ? undefined : /^true$/i.test(v);
  if (flag(a.Required) !== undefined) props.Required = flag(a.Required);
  if (flag(a.Indexed) !== undefined) props.Indexed = flag(a.Indexed);
  if (flag(a.EnforceUniqueValues) !== undefined) props.EnforceUniqueValues = flag(a.EnforceUniqueValues);
  if (flag(a.Hidden) !== undefined) props.Hidden = flag(a.Hidden);
  if (flag(a.FillInChoice) !== undefined) props.FillInChoice = flag(a.FillInChoice);
  if (a.MaxLength !== undefined) props.MaxLength = Number(a.MaxLength);
  if (a.Min !== undefined) props.MinimumValue = Number(a.Min);
  if (a.Max !== undefined) props.MaximumValue = Number(a.Max);
  if (a.Description !== undefined) props.Description = a.Description;
  if (a.Group !== undefined) props.Group = a.Group;
  if (a.List !== undefined) props.LookupListId = a.List;
  if (a.ShowField !== undefined) props.LookupField = a.ShowField;
  if (parsed.choices.length > 0) props.Choices = parsed.choices;
  if (parsed.defaultValue !== undefined) props.DefaultValue = parsed.defaultValue;
  const multi = typeInfo.multi || /^true$/i.test(a.Mult ?? '');
  return createFromSpec(store, list, { title, kind: typeInfo.kind, multi, internalNameHint: hint, props });
}

/** Applies a MERGE body to a field; the internal name never changes. Re-indexes when Indexed/unique change. */
export function updateField(
  store: Store,
  list: FieldHost,
  def: FieldDef,
  body: Record<string, unknown>,
): FieldDef {
  if (def.readOnly || (def.builtIn && def.internalName !== 'Title')) {
    throw new BadRequestError(`The built-in field '${def.internalName}' cannot be changed.`);
  }
  const next: FieldDef = {
    ...def,
    extra: { ...def.extra },
    choices: def.choices ? [...def.choices] : undefined,
  };
  if (typeof body.Title === 'string') {
    const others = fieldsOf(store, list).filter((f) => f.id !== def.id);
    if (others.some((f) => fold(f.title) === fold(body.Title as string))) {
      throw new ConflictError(
        `A duplicate field name "${body.Title}" was found.`,
        '-2130575340, Microsoft.SharePoint.SPException',
      );
    }
  }
  applyProps(store, next, body, false);
  const indexChanged = next.indexed !== def.indexed || next.enforceUniqueValues !== def.enforceUniqueValues;
  if (!list) {
    store.fields.updateWeb(next);
    return next;
  }
  store.fields.update(list.id, next);
  if (indexChanged) indexExisting(store, list, next);
  return next;
}

/** Deletes a field and its values. */
export function deleteField(store: Store, list: FieldHost, def: FieldDef): void {
  if (def.builtIn) throw new BadRequestError(`The built-in field '${def.internalName}' cannot be deleted.`);
  if (!list) {
    store.fields.deleteWeb(def.id);
    return;
  }
  store.fields.delete(list.id, def.id);
  store.items.removeFieldValues(list.id, def.internalName);
}
