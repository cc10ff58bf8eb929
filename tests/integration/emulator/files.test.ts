import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/files/index.js';
import type { IFileInfo } from '@pnp/sp/files/index.js';
import '@pnp/sp/folders/index.js';
import { api, errorOf, pnp, useEmulator } from './helpers.js';

type FileInfo = IFileInfo & Record<string, unknown>;
type Item = Record<string, unknown> & { Id: number; 'odata.etag': string };

const LIB = 'Rapporter';

/** Bytes that are not valid UTF-8, so a text round trip would change them (PnPjs types content as ArrayBuffer). */
function binary(size: number, seed = 7): ArrayBuffer {
  const buffer = new ArrayBuffer(size);
  const out = new Uint8Array(buffer);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  out[0] = 0xff;
  out[1] = 0xfe;
  return buffer;
}

describe('document libraries and files', () => {
  const emu = useEmulator();
  let sp: SPFI;
  let sitePath: string;
  let libUrl: string;

  beforeAll(async () => {
    sp = await pnp(emu.get(), 'admin');
    sitePath = new URL(emu.get().siteUrl).pathname;
    libUrl = `${sitePath}/${LIB}`;
    await sp.web.lists.add(LIB, 'Periodrapporter', 101, false);
    const fields = sp.web.lists.getByTitle(LIB).fields;
    await fields.addText('PlanKey', { MaxLength: 50 });
    await fields.addText('Period', { MaxLength: 20 });
    await fields.addText('CaseNumber', { MaxLength: 30 });
  });

  const folder = () => sp.web.getFolderByServerRelativePath(libUrl);

  it('creates a library (BaseTemplate 101) whose root folder is <site>/<title>', async () => {
    const list = (await sp.web.lists.getByTitle(LIB)()) as Record<string, unknown>;
    expect(list).toMatchObject({ BaseTemplate: 101, BaseType: 1, EntityTypeName: LIB });
    expect(list.ListItemEntityTypeFullName).toBe(`SP.Data.${LIB}Item`);
    const root = (await sp.web.lists.getByTitle(LIB).rootFolder()) as Record<string, unknown>;
    expect(root).toMatchObject({ ServerRelativeUrl: libUrl, Name: LIB, ItemCount: 0 });
    const byUrl = (await sp.web.getList(libUrl).select('Id', 'Title')()) as { Title: string };
    expect(byUrl.Title).toBe(LIB);
    const fields = (await sp.web.lists
      .getByTitle(LIB)
      .fields.select('InternalName', 'TypeAsString', 'Required')()) as {
      InternalName: string;
      TypeAsString: string;
      Required: boolean;
    }[];
    const byName = new Map(fields.map((f) => [f.InternalName, f]));
    expect(byName.get('FileLeafRef')?.TypeAsString).toBe('File');
    expect(byName.get('FileRef')).toBeDefined();
    expect(byName.get('FileDirRef')).toBeDefined();
    expect(byName.get('Title')?.Required).toBe(false);
  });

  it('ensures a library with lists.ensure as PnPjs sends it (404 first, then created once)', async () => {
    const first = await sp.web.lists.ensure('Exporter', '', 101);
    const second = await sp.web.lists.ensure('Exporter', '', 101);
    expect([first.created, second.created]).toEqual([true, false]);
    const root = (await sp.web.lists.getByTitle('Exporter').rootFolder.select('ServerRelativeUrl')()) as {
      ServerRelativeUrl: string;
    };
    expect(root.ServerRelativeUrl).toBe(`${sitePath}/Exporter`);
  });

  it('uploads with addUsingPath and answers the file properties as SharePoint does', async () => {
    const bytes = binary(4096);
    const info = (await folder().files.addUsingPath('rapport 2026-T1.docx', bytes, {
      Overwrite: false,
    })) as FileInfo;
    expect(info).toMatchObject({
      Name: 'rapport 2026-T1.docx',
      ServerRelativeUrl: `${libUrl}/rapport 2026-T1.docx`,
      Length: '4096',
      MajorVersion: 1,
      MinorVersion: 0,
      UIVersionLabel: '1.0',
      Exists: true,
      CheckOutType: 2,
      'odata.type': 'SP.File',
    });
    expect(info.ETag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(info.UniqueId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('downloads the same bytes with the Content-Type and Content-Length of the file', async () => {
    const bytes = binary(70_000, 3);
    await folder().files.addUsingPath('export.xlsx', bytes, { Overwrite: true });
    const file = sp.web.getFileByServerRelativePath(`${libUrl}/export.xlsx`);
    const buffer = new Uint8Array(await file.getBuffer());
    expect(Buffer.from(buffer).equals(Buffer.from(bytes))).toBe(true);
    const raw = await api(
      emu.get(),
      'admin',
      `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`${libUrl}/export.xlsx`)}')/$value`,
    );
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(raw.headers.get('content-length')).toBe('70000');
    expect(Buffer.from(await raw.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses an existing name without Overwrite with SharePoint error and keeps the content', async () => {
    await folder().files.addUsingPath('snapshot.json', '{"v":1}', { Overwrite: false });
    const response = await api(
      emu.get(),
      'admin',
      `web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(libUrl)}')/files/AddUsingPath(decodedurl='snapshot.json')`,
      { method: 'POST', body: '{"v":2}' },
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('-2130575257, Microsoft.SharePoint.SPException');
    expect(error.message).toMatch(
      new RegExp(
        `^A file with the name ${LIB}/snapshot.json already exists\\. It was last modified by i:0#\\.f\\|membership\\|`,
      ),
    );
    await expect(folder().files.addUsingPath('snapshot.json', '{"v":3}')).rejects.toMatchObject({
      status: 400,
    });
    const text = await sp.web.getFileByServerRelativePath(`${libUrl}/snapshot.json`).getText();
    expect(text).toBe('{"v":1}');
  });

  it('lets exactly one of several concurrent uploads of a new name win without Overwrite', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => folder().files.addUsingPath('race.json', `{"n":${i}}`)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.map((r) => (r.reason as { status: number }).status)).toEqual([400, 400, 400, 400]);
    const items = (await sp.web
      .getList(libUrl)
      .items.select('Id')
      .filter("FileLeafRef eq 'race.json'")()) as Item[];
    expect(items).toHaveLength(1);
  });

  it('replaces content only with PUT on $value (a plain POST is refused)', async () => {
    await folder().files.addUsingPath('put.txt', 'one');
    const path = `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`${libUrl}/put.txt`)}')/$value`;
    const post = await api(emu.get(), 'admin', path, { method: 'POST', body: 'two' });
    expect(post.status).toBe(405);
    const put = await api(emu.get(), 'admin', path, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'PUT' },
      body: 'three',
    });
    expect(put.status).toBe(204);
    expect(await sp.web.getFileByServerRelativePath(`${libUrl}/put.txt`).getText()).toBe('three');
  });

  it('overwrites with Overwrite=true: new content, new version, same file and item, metadata kept', async () => {
    const path = `${libUrl}/overwrite.json`;
    const first = (await folder().files.addUsingPath('overwrite.json', '{"a":1}')) as FileInfo;
    const item = await sp.web.getFileByServerRelativePath(path).getItem<{ Id: number }>();
    await item.update({ Period: '2026-T1' });
    const second = (await folder().files.addUsingPath('overwrite.json', '{"a":22}', {
      Overwrite: true,
    })) as FileInfo;
    expect(second.UniqueId).toBe(first.UniqueId);
    expect(second.Length).toBe('8');
    expect(second.MajorVersion).toBeGreaterThan(first.MajorVersion as number);
    const again = (await sp.web.getFileByServerRelativePath(path).listItemAllFields()) as Item;
    expect(again.Id).toBe(item.Id);
    expect(again.Period).toBe('2026-T1');
    expect(await sp.web.getFileByServerRelativePath(path).getText()).toBe('{"a":22}');
  });

  it('reads and sets metadata through ListItemAllFields, getItem().update() and items(id) MERGE', async () => {
    await folder().files.addUsingPath('meta.docx', binary(100));
    const file = sp.web.getFileByServerRelativePath(`${libUrl}/meta.docx`);
    const fields = (await file.listItemAllFields()) as Item;
    expect(fields['odata.type']).toBe(`SP.Data.${LIB}Item`);
    expect(fields).toMatchObject({ FileSystemObjectType: 0, Title: null, PlanKey: null });
    expect(String(fields.ContentTypeId)).toMatch(/^0x0101/);
    const item = await file.getItem<{ Id: number; FileLeafRef: string; FileRef: string; FileDirRef: string }>(
      'Id',
      'FileLeafRef',
      'FileRef',
      'FileDirRef',
    );
    // getItem() answers a PnPjs item (a callable) carrying the selected values.
    expect({ ...item }).toMatchObject({
      FileLeafRef: 'meta.docx',
      FileRef: `${libUrl}/meta.docx`,
      FileDirRef: libUrl,
    });
    await item.update({ PlanKey: 'plan-2026', Period: '2026-T1' });
    await sp.web.lists.getByTitle(LIB).items.getById(item.Id).update({ CaseNumber: 'STK-2026-0001' });
    const read = (await sp.web.lists
      .getByTitle(LIB)
      .items.getById(item.Id)
      .select('PlanKey', 'Period', 'CaseNumber', 'FileLeafRef')()) as Record<string, unknown>;
    expect(read).toMatchObject({
      PlanKey: 'plan-2026',
      Period: '2026-T1',
      CaseNumber: 'STK-2026-0001',
      FileLeafRef: 'meta.docx',
    });
    // The file's version follows its item's.
    const info = (await file.select('UIVersionLabel', 'ETag')()) as { UIVersionLabel: string; ETag: string };
    expect(info.UIVersionLabel).toBe('3.0');
    expect(info.ETag).toMatch(/,3"$/);
  });

  it('lists the library items with file columns, $filter on metadata and $expand=File', async () => {
    const rows = (await sp.web.lists
      .getByTitle(LIB)
      .items.select(
        'Id',
        'FileLeafRef',
        'FileRef',
        'Period',
        'File/Name',
        'File/Length',
        'File/ServerRelativeUrl',
      )
      .filter("Period eq '2026-T1'")
      .expand('File')
      .orderBy('FileLeafRef')()) as (Item & { File: FileInfo })[];
    expect(rows.map((r) => r.FileLeafRef)).toEqual(['meta.docx', 'overwrite.json']);
    expect(rows[0]?.File).toMatchObject({
      Name: 'meta.docx',
      Length: '100',
      ServerRelativeUrl: `${libUrl}/meta.docx`,
    });
    const files = (await folder().files.select('Name', 'Length')()) as FileInfo[];
    expect(files.map((f) => f.Name)).toEqual(
      expect.arrayContaining(['meta.docx', 'overwrite.json', 'snapshot.json', 'export.xlsx']),
    );
    const withItems = (await folder()
      .files.expand('ListItemAllFields')
      .select('Name', 'ListItemAllFields/Period')()) as (FileInfo & {
      ListItemAllFields: { Period: string | null };
    })[];
    expect(withItems.find((f) => f.Name === 'meta.docx')?.ListItemAllFields.Period).toBe('2026-T1');
    const byItem = (await sp.web.lists
      .getByTitle(LIB)
      .items.getById(rows[0]?.Id as number)
      .file()) as FileInfo;
    expect(byItem.Name).toBe('meta.docx');
  });

  it('answers a missing file with 404 and SharePoint body; exists() is false', async () => {
    const missing = `${libUrl}/finns-inte.docx`;
    const response = await api(
      emu.get(),
      'admin',
      `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(missing)}')`,
    );
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      code: '-2130575338, Microsoft.SharePoint.SPException',
      message: `The file ${missing} does not exist.`,
    });
    expect(await sp.web.getFileByServerRelativePath(missing).exists()).toBe(false);
    expect(await sp.web.getFileByServerRelativePath(`${libUrl}/meta.docx`).exists()).toBe(true);
    await expect(sp.web.getFileByServerRelativePath(missing).getBuffer()).rejects.toMatchObject({
      status: 404,
    });
  });

  it('deletes a file (DELETE with its ETag, stale ETag 412) and recycles one', async () => {
    await folder().files.addUsingPath('delete-me.txt', 'x');
    const file = sp.web.getFileByServerRelativePath(`${libUrl}/delete-me.txt`);
    const { ETag } = (await file.select('ETag')()) as { ETag: string };
    await expect(file.delete('"{00000000-0000-0000-0000-000000000000},9"')).rejects.toMatchObject({
      status: 412,
    });
    await file.delete(ETag);
    expect(await file.exists()).toBe(false);
    await folder().files.addUsingPath('recycle-me.txt', 'y');
    const recycled = await sp.web.getFileByServerRelativePath(`${libUrl}/recycle-me.txt`).recycle();
    expect(String(recycled)).toMatch(/^[0-9a-f-]{36}$/);
    const names = ((await folder().files.select('Name')()) as FileInfo[]).map((f) => f.Name);
    expect(names).not.toContain('delete-me.txt');
    expect(names).not.toContain('recycle-me.txt');
  });

  it('lets readers read but not upload, overwrite or delete', async () => {
    const reader = await pnp(emu.get(), 'reader');
    const readerFolder = reader.web.getFolderByServerRelativePath(libUrl);
    expect(await reader.web.getFileByServerRelativePath(`${libUrl}/snapshot.json`).getText()).toBe('{"v":1}');
    await expect(readerFolder.files.addUsingPath('hack.txt', 'x')).rejects.toMatchObject({ status: 403 });
    await expect(
      readerFolder.files.addUsingPath('snapshot.json', 'x', { Overwrite: true }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      reader.web.getFileByServerRelativePath(`${libUrl}/snapshot.json`).delete(),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(await sp.web.getFileByServerRelativePath(`${libUrl}/hack.txt`).exists()).toBe(false);
  });

  it('accepts the other ways PnPjs and REST address files (rootFolder, add(url), by url, by id, setContent)', async () => {
    const list = sp.web.getList(libUrl);
    const viaRoot = (await list.rootFolder.files.addUsingPath('via-root.txt', 'root')) as FileInfo;
    expect(viaRoot.ServerRelativeUrl).toBe(`${libUrl}/via-root.txt`);
    const added = await api(
      emu.get(),
      'admin',
      `web/lists/getByTitle('${LIB}')/rootFolder/files/add(url='old-api.txt',overwrite=true)`,
      { method: 'POST', body: 'old' },
    );
    expect(added.status).toBe(200);
    expect(((await added.json()) as FileInfo).Name).toBe('old-api.txt');
    const byUrl = (await api(
      emu.get(),
      'admin',
      `web/getFileByServerRelativeUrl('${encodeURIComponent(`${libUrl}/old-api.txt`)}')`,
    ).then((r) => r.json())) as FileInfo;
    expect(byUrl.Length).toBe('3');
    const byId = (await sp.web.getFileById(viaRoot.UniqueId as string)()) as FileInfo;
    expect(byId.Name).toBe('via-root.txt');
    const byName = (await sp.web
      .getFolderByServerRelativePath(libUrl)
      .files.getByUrl('via-root.txt')
      .select('Name')()) as FileInfo;
    expect(byName.Name).toBe('via-root.txt');
    await sp.web.getFileByServerRelativePath(`${libUrl}/via-root.txt`).setContent('changed');
    expect(await sp.web.getFileByServerRelativePath(`${libUrl}/via-root.txt`).getText()).toBe('changed');
    // Deleting the library item deletes its file.
    const item = await sp.web.getFileByServerRelativePath(`${libUrl}/old-api.txt`).getItem<{ Id: number }>();
    await list.items.getById(item.Id).delete();
    expect(await sp.web.getFileByServerRelativePath(`${libUrl}/old-api.txt`).exists()).toBe(false);
  });

  it('answers file properties in verbose JSON too', async () => {
    const response = await api(
      emu.get(),
      'admin',
      `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`${libUrl}/via-root.txt`)}')`,
      { headers: { Accept: 'application/json;odata=verbose' } },
    );
    const body = (await response.json()) as {
      d: {
        __metadata: { type: string; uri: string };
        Name: string;
        ListItemAllFields: { __deferred: unknown };
      };
    };
    expect(body.d.__metadata.type).toBe('SP.File');
    expect(body.d.Name).toBe('via-root.txt');
    expect(body.d.ListItemAllFields.__deferred).toBeDefined();
  });

  it('refuses bad names, items.add on a library and uploads to a custom list, writing nothing', async () => {
    const before = ((await folder().files.select('Name')()) as FileInfo[]).length;
    for (const name of ['a:b.docx', 'trailing.', ' space.txt', 'CON', 'x|y.json']) {
      const error = await folder()
        .files.addUsingPath(name, 'x')
        .then(
          () => undefined,
          (e: unknown) => e as { status: number },
        );
      expect({ name, status: error?.status }).toEqual({ name, status: 400 });
    }
    await expect(sp.web.getList(libUrl).items.add({ Title: 'no file' })).rejects.toMatchObject({
      status: 400,
    });
    await sp.web.lists.add('Vanlig', '', 100, false);
    await expect(
      sp.web.getFolderByServerRelativePath(`${sitePath}/Lists/Vanlig`).files.addUsingPath('a.txt', 'x'),
    ).rejects.toMatchObject({ status: 400 });
    expect(((await folder().files.select('Name')()) as FileInfo[]).length).toBe(before);
    const writeFileLeaf = await sp.web
      .getList(libUrl)
      .items.getById(1)
      .update({ FileLeafRef: 'renamed.docx' })
      .then(
        () => 0,
        (e: { status: number }) => e.status,
      );
    expect(writeFileLeaf).toBe(400);
  });

  it('reads library items in a $batch as a reader and logs upload and download requests', async () => {
    emu.get().clearRequestLog();
    await folder().files.addUsingPath('logged.txt', '12345');
    await sp.web.getFileByServerRelativePath(`${libUrl}/logged.txt`).getText();
    const log = emu.get().requestLog();
    const upload = log.find((e) => e.method === 'POST' && /AddUsingPath/i.test(e.url));
    const download = log.find(
      (e) => e.method === 'GET' && /logged\.txt.*\/\$value$/i.test(decodeURIComponent(e.url)),
    );
    expect(upload).toMatchObject({ status: 200, requestBytes: 5, user: 'admin' });
    expect(download).toMatchObject({ status: 200, responseBytes: 5, user: 'admin' });
    const reader = await pnp(emu.get(), 'reader');
    const [batched, execute] = reader.batched();
    const rows = batched.web
      .getList(libUrl)
      .items.select('FileLeafRef')
      .filter("FileLeafRef eq 'logged.txt'")();
    await execute();
    expect(((await rows) as { FileLeafRef: string }[]).map((r) => r.FileLeafRef)).toEqual(['logged.txt']);
  });

  it('uploads in chunks as PnPjs addChunked does (startUpload, continueUpload, finishUpload)', async () => {
    const bytes = binary(25_000, 11);
    const offsets: number[] = [];
    const info = (await folder().files.addChunked('chunked.bin', new Blob([bytes]), {
      chunkSize: 10_000,
      Overwrite: true,
      progress: (p) => offsets.push(Number(p.offset)),
    })) as FileInfo;
    expect(info).toMatchObject({ Name: 'chunked.bin', Length: '25000' });
    expect(offsets).toEqual([0, 10_000, 20_000]);
    const back = await sp.web.getFileByServerRelativePath(`${libUrl}/chunked.bin`).getBuffer();
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    const wrongOffset = await api(
      emu.get(),
      'admin',
      `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`${libUrl}/chunked.bin`)}')/continueUpload(uploadId=guid'6f1c2d3e-0000-4000-8000-000000000001',fileOffset=5)`,
      { method: 'POST', body: 'x' },
    );
    expect(wrongOffset.status).toBe(400);
  });

  it('creates a folder one level down and stores files in it', async () => {
    await folder().folders.addUsingPath(`${libUrl}/2026`);
    const sub = sp.web.getFolderByServerRelativePath(`${libUrl}/2026`);
    await sub.files.addUsingPath('T1.json', '{}');
    const info = (await sp.web.getFileByServerRelativePath(`${libUrl}/2026/T1.json`)()) as FileInfo;
    expect(info.ServerRelativeUrl).toBe(`${libUrl}/2026/T1.json`);
    const item = await sp.web.getFileByServerRelativePath(`${libUrl}/2026/T1.json`).getItem('FileDirRef');
    expect((item as unknown as { FileDirRef: string }).FileDirRef).toBe(`${libUrl}/2026`);
    const folders = (await folder().folders()) as { Name: string }[];
    expect(folders.map((f) => f.Name)).toEqual(['2026']);
    const folderItems = (await sp.web
      .getList(libUrl)
      .items.select('FileLeafRef', 'FileSystemObjectType')
      .filter('FSObjType eq 1')()) as { FileLeafRef: string; FileSystemObjectType: number }[];
    expect(folderItems.map((i) => [i.FileLeafRef, i.FileSystemObjectType])).toEqual([['2026', 1]]);
    const missing = (await sp.web.getFolderByServerRelativePath(`${libUrl}/saknas`).select('Exists')()) as {
      Exists: boolean;
    };
    expect(missing.Exists).toBe(false);
  });
});

describe('file uploads over the size limit', () => {
  const emu = useEmulator({ maxBodyBytes: 64 * 1024 });

  it('answers 413 and stores nothing', async () => {
    const sp = await pnp(emu.get(), 'admin');
    await sp.web.lists.add('Stora', '', 101, false);
    const libUrl = `${new URL(emu.get().siteUrl).pathname}/Stora`;
    const folder = sp.web.getFolderByServerRelativePath(libUrl);
    await expect(folder.files.addUsingPath('big.bin', new ArrayBuffer(64 * 1024 + 1))).rejects.toMatchObject({
      status: 413,
    });
    expect(await folder.files()).toEqual([]);
    await folder.files.addUsingPath('fits.bin', new ArrayBuffer(64 * 1024));
    expect(((await folder.files.select('Length')()) as { Length: string }[])[0]?.Length).toBe('65536');
  });
});
