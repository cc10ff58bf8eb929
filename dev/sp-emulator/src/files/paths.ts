import { BadRequestError, NotFoundError, type SpError } from '../errors/sp-errors.js';
import { isLibrary, type ListRecord } from '../model/lists.js';
import { fold } from '../model/names.js';
import type { Store } from '../storage/store.js';

/** Error code SharePoint gives a missing file. */
export const CODE_FILE_NOT_FOUND = '-2130575338, Microsoft.SharePoint.SPException';
/** Error code SharePoint gives a missing folder (and other missing paths). */
export const CODE_IO_NOT_FOUND = '-2147024894, System.IO.FileNotFoundException';
/** Error code of a file name that is taken. */
export const CODE_FILE_EXISTS = '-2130575257, Microsoft.SharePoint.SPException';
/** Error code of a file or folder name with characters SharePoint does not allow. */
export const CODE_INVALID_NAME = '-2130575245, Microsoft.SharePoint.SPException';

/** Longest server-relative URL of a file or folder SharePoint Online accepts. */
export const MAX_PATH_LENGTH = 400;

/** A place in a list's folder tree: the list and a path relative to its root folder ('' = the root). */
export interface DocLocation {
  list: ListRecord;
  path: string;
}

/** 404 for a file that is not there, with SharePoint's body. */
export function fileNotFound(serverRelativeUrl: string): SpError {
  return new NotFoundError(`The file ${serverRelativeUrl} does not exist.`, CODE_FILE_NOT_FOUND);
}

/** 404 for a folder (or any path) that is not there, with SharePoint's body. */
export function folderNotFound(): SpError {
  return new NotFoundError('File Not Found.', CODE_IO_NOT_FOUND);
}

/** Percent-decodes text once; text that is not validly encoded is taken as it is. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Normalises a URL argument to a server-relative path without a trailing slash (absolute URLs allowed). */
export function serverRelative(raw: string): string {
  let path = raw.trim();
  if (/^https?:\/\//i.test(path)) path = safeDecode(new URL(path).pathname);
  if (!path.startsWith('/')) path = `/${path}`;
  return path.replace(/\/+$/, '') || '/';
}

/**
 * Finds the list a server-relative (or site-relative) URL lies in and the path inside it: `<site>/<LibraryUrl>/<path>` for a
 * library, `<site>/Lists/<ListUrl>` (root only) for a custom list. Undefined when no list matches.
 */
export function locate(store: Store, sitePath: string, raw: string): DocLocation | undefined {
  // A URL without a leading slash is relative to the site (`Rapporter/a.docx`), as SharePoint accepts it.
  const text = raw.trim();
  const path = serverRelative(/^(\/|https?:\/\/)/i.test(text) ? text : `${sitePath}/${text}`);
  const prefix = `${fold(sitePath)}/`;
  if (!fold(path).startsWith(prefix)) return undefined;
  const parts = path.slice(prefix.length).split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  if (fold(parts[0] as string) === 'lists' && parts.length === 2) {
    const list = store.lists.byUrlName(parts[1] as string);
    return list && !isLibrary(list) ? { list, path: '' } : undefined;
  }
  const list = store.lists.byUrlName(parts[0] as string);
  if (!list || !isLibrary(list)) return undefined;
  return { list, path: parts.slice(1).join('/') };
}

/** The folder part and the name of a library-relative path. */
export function splitPath(path: string): { dir: string; name: string } {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? { dir: '', name: path } : { dir: path.slice(0, slash), name: path.slice(slash + 1) };
}

const INVALID_CHARS = /["*:<>?/\\|]/;

function hasControlCharacter(name: string): boolean {
  return [...name].some((ch) => ch.charCodeAt(0) < 0x20);
}
const RESERVED = /^(\.lock|CON|PRN|AUX|NUL|COM\d|LPT\d|desktop\.ini)$/i;

/** Checks a file or folder name as SharePoint Online does (400 with SharePoint's code otherwise). */
export function checkName(name: string): void {
  if (name.trim() === '') throw new BadRequestError('The file or folder name is empty.', CODE_INVALID_NAME);
  if (
    INVALID_CHARS.test(name) ||
    hasControlCharacter(name) ||
    name !== name.trim() ||
    name.endsWith('.') ||
    name.startsWith('~$') ||
    name.includes('_vti_') ||
    RESERVED.test(name)
  ) {
    throw new BadRequestError(
      `The file or folder name '${name}' contains characters that are not permitted. Please use a different name.`,
      CODE_INVALID_NAME,
    );
  }
}

/** Checks the full server-relative URL length of a new file or folder. */
export function checkPathLength(serverRelativeUrl: string): void {
  if (serverRelativeUrl.length > MAX_PATH_LENGTH) {
    throw new BadRequestError(
      `The specified file or folder name is too long. The URL path for all files and folders must be ${MAX_PATH_LENGTH} characters or less (total path).`,
      '-2147024690, System.IO.PathTooLongException',
    );
  }
}
