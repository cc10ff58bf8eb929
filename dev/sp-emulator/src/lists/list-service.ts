import { BadRequestError, ConflictError } from '../errors/sp-errors.js';
import { isAnnotation } from '../items/write-values.js';
import { builtinFields, libraryFields } from '../model/fields.js';
import { newGuid, nowIso } from '../model/ids.js';
import {
  CUSTOM_LIST_TEMPLATE,
  isLibrary,
  LIBRARY_TEMPLATE,
  PAGES_LIBRARY_TEMPLATE,
  type ListRecord,
} from '../model/lists.js';
import { encodeName, fold, listEntityTypeName, listUrlNameFromTitle } from '../model/names.js';
import type { Store } from '../storage/store.js';

const CODE_LIST_EXISTS = '-2130575342, Microsoft.SharePoint.SPException';

/** Boolean list settings a client may set; stored and echoed back. */
const BOOLEAN_SETTINGS = [
  'AllowContentTypes',
  'ContentTypesEnabled',
  'EnableVersioning',
  'EnableAttachments',
  'EnableFolderCreation',
  'NoCrawl',
  'OnQuickLaunch',
  'EnableMinorVersions',
  'EnableModeration',
  'ForceCheckout',
  'IrmEnabled',
  'DisableGridEditing',
];

/** Numeric list settings a client may set. */
const NUMBER_SETTINGS = ['MajorVersionLimit', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity'];

function unknownProperty(key: string): BadRequestError {
  return new BadRequestError(
    `The property '${key}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`,
  );
}

function applySettings(list: ListRecord, body: Record<string, unknown>, creating: boolean): void {
  for (const [key, value] of Object.entries(body)) {
    if (isAnnotation(key)) continue;
    if (key === 'Title') {
      if (typeof value !== 'string' || value.trim() === '')
        throw new BadRequestError('The list title must be a non-empty text.');
      if (value.length > 255) throw new BadRequestError('The list title is longer than 255 characters.');
      list.title = value;
    } else if (key === 'Description') {
      if (value !== null && typeof value !== 'string')
        throw new BadRequestError('The list description must be a text.');
      list.description = (value as string | null) ?? '';
    } else if (key === 'Hidden') {
      if (typeof value !== 'boolean') throw new BadRequestError("The property 'Hidden' must be a boolean.");
      list.hidden = value;
    } else if (key === 'BaseTemplate') {
      if (!creating)
        throw new BadRequestError("The property 'BaseTemplate' cannot be changed after the list is created.");
      if (value !== CUSTOM_LIST_TEMPLATE && value !== LIBRARY_TEMPLATE) {
        throw new BadRequestError(
          `BaseTemplate ${String(value)} is not supported by the emulator (custom lists 100 and document libraries 101 only).`,
        );
      }
      list.baseTemplate = value;
    } else if (BOOLEAN_SETTINGS.includes(key)) {
      if (typeof value !== 'boolean') throw new BadRequestError(`The property '${key}' must be a boolean.`);
      list.props[key] = value;
    } else if (NUMBER_SETTINGS.includes(key)) {
      if (typeof value !== 'number') throw new BadRequestError(`The property '${key}' must be a number.`);
      list.props[key] = value;
    } else throw unknownProperty(key);
  }
}

function assertTitleFree(store: Store, title: string, exceptId?: string): void {
  const other = store.lists.byTitle(title);
  if (other && other.id !== exceptId) {
    throw new ConflictError(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      CODE_LIST_EXISTS,
    );
  }
}

/** EntityTypeName of a list (`PlansList`) or a library (`Rapporter`, as SharePoint names them: no suffix). */
function entityTypeNameOf(list: ListRecord, urlName: string): string {
  return isLibrary(list) ? encodeName(urlName) : listEntityTypeName(urlName);
}

/**
 * Creates a custom list (BaseTemplate 100) or a document library (101) with the built-in fields; its URL comes
 * from the title (`Lists/<title>` for a list, `<title>` for a library).
 */
export function createList(
  store: Store,
  body: Record<string, unknown>,
  builtIn?: { urlName: string; baseTemplate: number },
): ListRecord {
  if (typeof body.Title !== 'string' || body.Title.trim() === '') {
    throw new BadRequestError("The property 'Title' is required to create a list.");
  }
  const now = nowIso();
  const list: ListRecord = {
    id: newGuid(),
    title: body.Title,
    description: '',
    urlName: '',
    baseTemplate: 100,
    hidden: false,
    entityTypeName: '',
    hasUniqueRoleAssignments: false,
    created: now,
    lastItemModified: now,
    lastItemDeleted: now,
    itemCount: 0,
    nextItemId: 1,
    version: 1,
    props: { RootFolderUniqueId: newGuid() },
  };
  applySettings(list, body, true);
  if (builtIn) list.baseTemplate = builtIn.baseTemplate;
  assertTitleFree(store, list.title);
  const base = builtIn?.urlName ?? listUrlNameFromTitle(list.title);
  let urlName = base;
  for (let n = 1; store.lists.byUrlName(urlName); n++) urlName = `${base}${n}`;
  list.urlName = urlName;
  let entityName = entityTypeNameOf(list, urlName);
  const taken = new Set(store.lists.all().map((l) => fold(l.entityTypeName)));
  for (let n = 1; taken.has(fold(entityName)); n++) entityName = entityTypeNameOf(list, `${urlName}${n}`);
  list.entityTypeName = entityName;
  if (isLibrary(list)) {
    // SharePoint Online's defaults for a new library: versioning on, no attachments, folders allowed.
    list.props = {
      EnableVersioning: true,
      EnableAttachments: false,
      EnableFolderCreation: true,
      ...list.props,
    };
  }
  store.lists.insert(list);
  for (const field of isLibrary(list) ? libraryFields() : builtinFields())
    store.fields.insert(list.id, field);
  return list;
}

/** SharePoint's own libraries of a team site: their titles (English), fixed URLs and templates. */
export const SITE_LIBRARIES = {
  documents: { title: 'Documents', urlName: 'Shared Documents', baseTemplate: LIBRARY_TEMPLATE },
  siteAssets: { title: 'Site Assets', urlName: 'SiteAssets', baseTemplate: LIBRARY_TEMPLATE },
  sitePages: { title: 'Site Pages', urlName: 'SitePages', baseTemplate: PAGES_LIBRARY_TEMPLATE },
} as const;

/**
 * The library at a built-in URL (Shared Documents, SiteAssets, SitePages), created with SharePoint's title when
 * it is not there yet (as `EnsureSiteAssetsLibrary` does); a list that took the title first gets a numbered one.
 */
export function ensureSiteLibrary(store: Store, key: keyof typeof SITE_LIBRARIES): ListRecord {
  const spec = SITE_LIBRARIES[key];
  const existing = store.lists.byUrlName(spec.urlName);
  if (existing && isLibrary(existing)) return existing;
  let title: string = spec.title;
  for (let n = 1; store.lists.byTitle(title); n++) title = `${spec.title}${n}`;
  return createList(store, { Title: title }, { urlName: spec.urlName, baseTemplate: spec.baseTemplate });
}

/**
 * The site's default document library ("Documents" at `Shared Documents`, as on every team site): created once
 * per database, its id kept in the meta table. Undefined when it was deleted.
 */
export function defaultLibrary(store: Store): ListRecord | undefined {
  const id = store.meta.get('default_library_id');
  if (id !== undefined) return store.lists.byId(id);
  const list = ensureSiteLibrary(store, 'documents');
  store.meta.set('default_library_id', list.id);
  return list;
}

/** Applies a MERGE body to a list (title changes keep the URL). */
export function updateList(store: Store, list: ListRecord, body: Record<string, unknown>): ListRecord {
  const next: ListRecord = { ...list, props: { ...list.props } };
  applySettings(next, body, false);
  if (fold(next.title) !== fold(list.title)) assertTitleFree(store, next.title, list.id);
  next.version = list.version + 1;
  store.lists.update(next);
  return next;
}

/** Deletes a list with its fields, items and permissions. */
export function deleteList(store: Store, list: ListRecord): void {
  store.lists.delete(list.id);
}
