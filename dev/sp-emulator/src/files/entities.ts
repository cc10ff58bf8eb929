import type { DocumentRecord, ItemRecord } from '../model/lists.js';
import { ComplexValue, DeferredValue, EntityValue, type ODataValue } from '../rest/values.js';

/** A file's ETag as SharePoint writes it: `"{UNIQUEID},<version>"`. */
export function fileEtag(doc: DocumentRecord, item: ItemRecord): string {
  return `"{${doc.uniqueId.toUpperCase()}},${item.version}"`;
}

/** Quotes a path for a `decodedurl='…'` argument (`'` doubled). */
function quoted(path: string): string {
  return path.replace(/'/g, "''");
}

/** `Web/GetFileByServerRelativePath(decodedurl='…')`: the edit link SharePoint gives a file. */
export function fileEditLink(serverRelativeUrl: string): string {
  return `Web/GetFileByServerRelativePath(decodedurl='${quoted(serverRelativeUrl)}')`;
}

/** `Web/GetFolderByServerRelativePath(decodedurl='…')`: the edit link SharePoint gives a folder. */
export function folderEditLink(serverRelativeUrl: string): string {
  return `Web/GetFolderByServerRelativePath(decodedurl='${quoted(serverRelativeUrl)}')`;
}

/** The server-relative URL of a document, as stored on its item (`FileRef`). */
export function documentUrl(item: ItemRecord): string {
  return String(item.data.FileRef ?? '');
}

/**
 * A file entity (SP.File) with the properties SharePoint Online returns; `listItem` is the expanded
 * `ListItemAllFields` when asked for.
 */
export function fileEntity(
  apiBase: string,
  doc: DocumentRecord,
  item: ItemRecord,
  listItem?: EntityValue,
): EntityValue {
  const url = documentUrl(item);
  const link = fileEditLink(url);
  const etag = fileEtag(doc, item);
  const title = item.data.Title;
  const props: Record<string, ODataValue> = {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${doc.uniqueId.toUpperCase()}},${item.version},${item.version}`,
    CustomizedPageStatus: 0,
    ETag: etag,
    Exists: true,
    ExistsAllowThrowForPolicyFailures: true,
    ExistsWithException: true,
    IrmEnabled: false,
    Length: String(doc.length),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: item.version,
    MinorVersion: 0,
    Name: doc.name,
    ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: url }),
    ServerRelativeUrl: url,
    TimeCreated: String(item.data.Created ?? ''),
    TimeLastModified: String(item.data.Modified ?? ''),
    Title: typeof title === 'string' ? title : null,
    UIVersion: item.version * 512,
    UIVersionLabel: `${item.version}.0`,
    UniqueId: doc.uniqueId,
    Author: new DeferredValue(`${apiBase}/${link}/Author`),
    ListItemAllFields: listItem ?? new DeferredValue(`${apiBase}/${link}/ListItemAllFields`),
    ModifiedBy: new DeferredValue(`${apiBase}/${link}/ModifiedBy`),
    Versions: new DeferredValue(`${apiBase}/${link}/Versions`),
  };
  return new EntityValue('SP.File', `${apiBase}/${link}`, link, props);
}

/** A folder entity (SP.Folder) of a folder below a library's root. */
export function subFolderEntity(
  apiBase: string,
  doc: DocumentRecord,
  item: ItemRecord,
  itemCount: number,
): EntityValue {
  const url = documentUrl(item);
  const link = folderEditLink(url);
  return new EntityValue('SP.Folder', `${apiBase}/${link}`, link, {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: itemCount,
    Name: doc.name,
    ProgID: null,
    ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: url }),
    ServerRelativeUrl: url,
    TimeCreated: String(item.data.Created ?? ''),
    TimeLastModified: String(item.data.Modified ?? ''),
    UniqueId: doc.uniqueId,
    WelcomePage: '',
    Files: new DeferredValue(`${apiBase}/${link}/Files`),
    Folders: new DeferredValue(`${apiBase}/${link}/Folders`),
    ListItemAllFields: new DeferredValue(`${apiBase}/${link}/ListItemAllFields`),
    ParentFolder: new DeferredValue(`${apiBase}/${link}/ParentFolder`),
  });
}
