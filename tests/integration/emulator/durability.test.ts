import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { builtEntry } from '../../support/build';

/** The emulator's CLI, built first when its sources changed (a kill -9 test needs a real process). */
let CLI = '';

interface Child {
  process: ChildProcess;
  siteUrl: string;
  origin: string;
  /** Settles when the process has exited. */
  exited: Promise<void>;
}

function startCli(dbFile: string): Promise<Child> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI], {
      env: { ...process.env, PORT: '0', SP_EMULATOR_DB: dbFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Site URL:\s+(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const siteUrl = m[1] as string;
        resolvePromise({ process: child, siteUrl, origin: new URL(siteUrl).origin, exited });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}: ${out}`));
    });
  });
}

async function tokenFor(child: Child): Promise<string> {
  const res = await fetch(`${child.origin}/_local/token`, {
    method: 'POST',
    body: JSON.stringify({ user: 'app' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function call(
  child: Child,
  token: string,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<Response> {
  return fetch(`${child.siteUrl}/_api/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function readAll(child: Child, token: string): Promise<{ Seq: number }[]> {
  const rows: { Seq: number }[] = [];
  let url: string | undefined =
    `${child.siteUrl}/_api/web/lists/getByTitle('Writes')/items?$select=Seq&$top=5000`;
  while (url) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    const page = (await res.json()) as { value: { Seq: number }[]; 'odata.nextLink'?: string };
    rows.push(...page.value);
    url = page['odata.nextLink'];
  }
  return rows;
}

describe('durability', () => {
  let dir: string;

  beforeAll(() => {
    CLI = builtEntry('dev/sp-emulator', 'dist/cli.js');
    dir = mkdtempSync(join(tmpdir(), 'sp-emu-kill-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write and a consistent database across kill -9 during writes', async () => {
    const dbFile = join(dir, 'site.sqlite');
    let child = await startCli(dbFile);
    let token = await tokenFor(child);
    expect(
      (await call(child, token, 'web/lists', 'POST', { Title: 'Writes', BaseTemplate: 100 })).status,
    ).toBe(201);
    expect(
      (
        await call(child, token, "web/lists/getByTitle('Writes')/fields", 'POST', {
          Title: 'Seq',
          FieldTypeKind: 9,
          Indexed: true,
        })
      ).status,
    ).toBe(201);

    const acknowledged = new Set<number>();
    let next = 0;
    for (let round = 0; round < 2; round++) {
      let stop = false;
      const worker = async (): Promise<void> => {
        while (!stop) {
          const seq = next++;
          try {
            const res = await call(child, token, "web/lists/getByTitle('Writes')/items", 'POST', {
              Title: `w${seq}`,
              Seq: seq,
            });
            if (res.status === 201) acknowledged.add(seq);
            await res.arrayBuffer();
          } catch {
            return; // the server is gone
          }
        }
      };
      const workers = Array.from({ length: 4 }, () => worker());
      await new Promise((r) => setTimeout(r, 700));
      child.process.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
      await child.exited;

      const db = new DatabaseSync(dbFile);
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      db.close();

      child = await startCli(dbFile);
      token = await tokenFor(child);
      const rows = await readAll(child, token);
      const seqs = rows.map((r) => r.Seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      for (const seq of acknowledged) expect(seqs).toContain(seq);
      const list = (await (
        await call(child, token, "web/lists/getByTitle('Writes')?$select=ItemCount")
      ).json()) as { ItemCount: number };
      expect(list.ItemCount).toBe(rows.length);
      const indexed = (await (
        await call(
          child,
          token,
          `web/lists/getByTitle('Writes')/items?$filter=Seq eq ${[...acknowledged][0]}&$select=Seq`,
        )
      ).json()) as {
        value: unknown[];
      };
      expect(indexed.value).toHaveLength(1);
    }
    expect(acknowledged.size).toBeGreaterThan(10);
    const after = await call(child, token, "web/lists/getByTitle('Writes')/items", 'POST', {
      Title: 'after',
      Seq: -1,
    });
    expect(after.status).toBe(201);
    child.process.kill('SIGTERM');
    await child.exited;
  }, 90_000);

  it('keeps every acknowledged upload byte for byte, and files and items in step, across kill -9', async () => {
    const dbFile = join(dir, 'files.sqlite');
    let child = await startCli(dbFile);
    let token = await tokenFor(child);
    expect((await call(child, token, 'web/lists', 'POST', { Title: 'Docs', BaseTemplate: 101 })).status).toBe(
      201,
    );
    const folder = `web/getFolderByServerRelativePath(decodedurl='${encodeURIComponent(`${new URL(child.siteUrl).pathname}/Docs`)}')`;
    const contentOf = (seq: number): Uint8Array<ArrayBuffer> => {
      const out = new Uint8Array(new ArrayBuffer(16 * 1024 + seq));
      for (let i = 0; i < out.length; i++) out[i] = (seq * 31 + i * 7) & 0xff;
      return out;
    };
    const acknowledged = new Set<number>();
    let next = 0;
    let stop = false;
    const worker = async (): Promise<void> => {
      while (!stop) {
        const seq = next++;
        try {
          const res = await fetch(
            `${child.siteUrl}/_api/${folder}/files/addUsingPath(decodedurl='f${seq}.bin')`,
            {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
              body: contentOf(seq),
            },
          );
          if (res.status === 200) acknowledged.add(seq);
          await res.arrayBuffer();
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 4 }, () => worker());
    await new Promise((r) => setTimeout(r, 700));
    child.process.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await child.exited;

    const db = new DatabaseSync(dbFile);
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();

    child = await startCli(dbFile);
    token = await tokenFor(child);
    const files = (
      (await (await call(child, token, `${folder}/files?$select=Name,Length`)).json()) as {
        value: { Name: string; Length: string }[];
      }
    ).value;
    const items = (
      (await (
        await call(
          child,
          token,
          "web/lists/getByTitle('Docs')/items?$select=FileLeafRef,File_x0020_Size&$top=5000",
        )
      ).json()) as { value: { FileLeafRef: string; File_x0020_Size: string }[] }
    ).value;
    expect(items.map((i) => `${i.FileLeafRef}:${i.File_x0020_Size}`).sort()).toEqual(
      files.map((f) => `${f.Name}:${f.Length}`).sort(),
    );
    const names = new Set(files.map((f) => f.Name));
    for (const seq of acknowledged) expect(names).toContain(`f${seq}.bin`);
    for (const file of files) {
      const seq = Number(/^f(\d+)\.bin$/.exec(file.Name)?.[1]);
      const res = await call(
        child,
        token,
        `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`${new URL(child.siteUrl).pathname}/Docs/${file.Name}`)}')/$value`,
      );
      expect(Buffer.from(await res.arrayBuffer()).equals(contentOf(seq))).toBe(true);
    }
    expect(acknowledged.size).toBeGreaterThan(5);
    child.process.kill('SIGTERM');
    await child.exited;
  }, 90_000);
});
