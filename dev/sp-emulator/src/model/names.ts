/** SharePoint's naming rules: internal field names, entity type names, list URLs. */

const MAX_INTERNAL_NAME = 32;

function escapeCodeUnits(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) {
    out += `_x${ch.charCodeAt(i).toString(16).padStart(4, '0')}_`;
  }
  return out;
}

/**
 * Encodes a display name as SharePoint does for internal names: characters other than ASCII letters,
 * digits and `_` become `_xHHHH_`, a leading digit is escaped too.
 */
export function encodeName(display: string): string {
  const tokens: string[] = [];
  let first = true;
  for (const ch of display) {
    const plain = /^[A-Za-z0-9_]$/.test(ch) && !(first && /[0-9]/.test(ch));
    tokens.push(plain ? ch : escapeCodeUnits(ch));
    first = false;
  }
  return tokens.join('');
}

/** The internal name SharePoint derives from a field title: encoded and cut at 32 characters (never inside an escape). */
export function internalNameFromTitle(title: string): string {
  const tokens: string[] = [];
  let length = 0;
  let first = true;
  for (const ch of title) {
    const plain = /^[A-Za-z0-9_]$/.test(ch) && !(first && /[0-9]/.test(ch));
    const token = plain ? ch : escapeCodeUnits(ch);
    if (length + token.length > MAX_INTERNAL_NAME) break;
    tokens.push(token);
    length += token.length;
    first = false;
  }
  return tokens.join('') || 'Field';
}

/** The name a field's value carries in REST payloads: internal names starting with `_` get an `OData_` prefix. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** Characters SharePoint does not allow in a list URL segment. */
const INVALID_URL_CHARS = /[~"#%&*:<>?/\\{|}.]/g;

/** The URL segment (under `Lists/`) SharePoint gives a new list, from its title. */
export function listUrlNameFromTitle(title: string): string {
  const cleaned = title.replace(INVALID_URL_CHARS, '').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 128) : 'List';
}

/** `EntityTypeName` of a list (`PlansList`), from its URL segment. */
export function listEntityTypeName(urlName: string): string {
  const encoded = encodeName(urlName);
  return `${encoded.charAt(0).toUpperCase()}${encoded.slice(1)}List`;
}

/** `ListItemEntityTypeFullName` of a list (`SP.Data.PlansListItem`), from its entity type name. */
export function listItemEntityTypeFullName(entityTypeName: string): string {
  return `SP.Data.${entityTypeName}Item`;
}

/** Folds text for case-insensitive comparison, as SharePoint compares titles and text values. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
