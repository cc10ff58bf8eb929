/** A stored list. */
export interface ListRecord {
  id: string;
  title: string;
  description: string;
  /** URL segment under `Lists/` (stays when the title changes). */
  urlName: string;
  baseTemplate: number;
  hidden: boolean;
  entityTypeName: string;
  hasUniqueRoleAssignments: boolean;
  created: string;
  lastItemModified: string;
  lastItemDeleted: string;
  itemCount: number;
  nextItemId: number;
  version: number;
  /** Other list settings a client set (EnableVersioning, ContentTypesEnabled, …). */
  props: Record<string, unknown>;
}

/** A stored list item: its id, version and field values keyed by internal name. */
export interface ItemRecord {
  rowId: number;
  id: number;
  version: number;
  data: Record<string, unknown>;
}

/** A principal in the site's user information list (user) or a site group. */
export interface PrincipalRecord {
  id: number;
  kind: 'user' | 'group';
  title: string;
  loginName: string;
  email: string;
  upn: string;
  principalType: number;
  isSiteAdmin: boolean;
  isHiddenInUI: boolean;
  description: string;
  ownerId: number | null;
  directoryOid: string | null;
}

/** SharePoint's PrincipalType values. */
export const PrincipalType = { User: 1, SharePointGroup: 8 } as const;

/** BaseTemplate of a custom list. */
export const CUSTOM_LIST_TEMPLATE = 100;
/** BaseTemplate of a document library. */
export const LIBRARY_TEMPLATE = 101;

/** BaseTemplate of a site pages library (a document library of pages). */
export const PAGES_LIBRARY_TEMPLATE = 119;

/** True for a document library (BaseTemplate 101, or 119 for Site Pages). */
export function isLibrary(list: ListRecord): boolean {
  return list.baseTemplate === LIBRARY_TEMPLATE || list.baseTemplate === PAGES_LIBRARY_TEMPLATE;
}

/** A file or folder of a document library (without its content). */
export interface DocumentRecord {
  /** Row id of the library item the document belongs to. */
  rowId: number;
  listId: string;
  isFolder: boolean;
  /** Lower-case GUID (SharePoint's UniqueId). */
  uniqueId: string;
  /** Folder path relative to the library's root folder ('' = the root). */
  dir: string;
  name: string;
  /** Size of the content in bytes (0 for folders). */
  length: number;
}
