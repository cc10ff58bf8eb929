import { BadRequestError } from '../errors/sp-errors.js';
import { isReference, type FieldDef } from '../model/fields.js';
import type { ListRecord } from '../model/lists.js';
import { fold, listItemEntityTypeFullName } from '../model/names.js';

/** A list with its fields, indexed for name resolution. */
export class ListSchema {
  private readonly byInternal = new Map<string, FieldDef>();
  private readonly byEntity = new Map<string, FieldDef>();
  private readonly byFolded = new Map<string, FieldDef>();

  constructor(
    readonly list: ListRecord,
    readonly fields: readonly FieldDef[],
  ) {
    for (const f of fields) {
      this.byInternal.set(f.internalName, f);
      this.byEntity.set(f.entityPropertyName, f);
      if (!this.byFolded.has(fold(f.internalName))) this.byFolded.set(fold(f.internalName), f);
      if (!this.byFolded.has(fold(f.entityPropertyName))) this.byFolded.set(fold(f.entityPropertyName), f);
    }
  }

  /** `SP.Data.<Name>ListItem`. */
  get itemTypeName(): string {
    return listItemEntityTypeFullName(this.list.entityTypeName);
  }

  /** A field by internal name (exact). */
  field(internalName: string): FieldDef | undefined {
    return this.byInternal.get(internalName);
  }

  /** A field by the name its value carries in payloads (exact). */
  fieldByEntityName(name: string): FieldDef | undefined {
    return this.byEntity.get(name);
  }

  /** A field by internal or entity name, exact first, then case-insensitive (as SharePoint resolves query paths). */
  lookupName(name: string): FieldDef | undefined {
    return this.byEntity.get(name) ?? this.byInternal.get(name) ?? this.byFolded.get(fold(name));
  }

  /**
   * Resolves a name used in `$select`/`$filter`/`$orderby`: a field, or `<Reference>Id` of a lookup/person field.
   */
  resolveQueryName(name: string): { field: FieldDef; asId: boolean } | undefined {
    if (/^id$/i.test(name)) {
      const id = this.byInternal.get('ID');
      return id ? { field: id, asId: false } : undefined;
    }
    const direct = this.lookupName(name);
    if (direct) return { field: direct, asId: false };
    const m = /^(.*)Id$/i.exec(name);
    if (m) {
      const base = this.lookupName(m[1] as string);
      if (base && isReference(base)) return { field: base, asId: true };
    }
    return undefined;
  }

  /** The fields that have a side index (Indexed or unique). */
  indexedFields(): FieldDef[] {
    return this.fields.filter((f) => (f.indexed || f.enforceUniqueValues) && f.internalName !== 'ID');
  }
}

/** The error SharePoint gives for a column that is not on the list. */
export function columnDoesNotExist(name: string): BadRequestError {
  return new BadRequestError(
    `Column '${name}' does not exist. It may have been deleted by another user.`,
    '-2146232832, Microsoft.SharePoint.SPException',
  );
}

/** The error SharePoint gives for an unknown property in `$select`/`$expand`. */
export function fieldOrPropertyDoesNotExist(name: string): BadRequestError {
  return new BadRequestError(
    `The field or property '${name}' does not exist.`,
    '-1, Microsoft.SharePoint.SPException',
  );
}
