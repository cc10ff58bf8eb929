import { ValidationError } from '../domain/common/errors.js';
import { localize } from '../i18n/translate.js';
import type { ColumnNameOf } from '../schema/fields.js';
import { builtInFields, listDef } from '../schema/lists.js';
import type { ListKey } from '../schema/types.js';

/** SharePoint's limit for a single line of text: a Text column's `MaxLength` is at most this, and this unless set. */
export const TEXT_MAX = 255;

/**
 * The product's limit for a plain multi-line text (Note): what SharePoint's own list forms let a person type.
 * SharePoint Online does not enforce it: a Note column has no `MaxLength`, and a longer value written over REST
 * is stored. So the product enforces it itself, in the forms and on the app server, for every Note column.
 */
export const NOTE_MAX = 63999;

/**
 * The most characters column `column` of list `list` holds, from the list schema (`schema/lists.ts`): a Text
 * column's `MaxLength` (255 when it has none, as SharePoint's Title), `NOTE_MAX` for a Note. The one source of
 * every text limit: validation schemas and the app server's routes ask here instead of repeating numbers.
 */
export function maxLengthOf<L extends ListKey>(list: L, column: ColumnNameOf<L, 'Text' | 'Note'>): number {
  const def = listDef(list);
  const field =
    def.fields.find((f) => f.name === column) ?? builtInFields(def).find((f) => f.name === column);
  if (field?.kind === 'Note') return NOTE_MAX;
  if (field?.kind === 'Text') return ('maxLength' in field ? field.maxLength : undefined) ?? TEXT_MAX;
  throw new RangeError(`${list}.${String(column)} is not a text column of the schema`);
}

/**
 * Refuses a text a caller sent that is longer than `max` characters (the limit of the column it ends up in,
 * `maxLengthOf`): a `ValidationError` (400) with the field's `tooLong` issue in Swedish and English, the same
 * issue the validation schemas give.
 */
export function assertMaxLength(path: string, value: string, max: number): void {
  if (value.length > max)
    throw new ValidationError([{ path, code: 'tooLong', message: localize('validation.tooLong', { max }) }]);
}
