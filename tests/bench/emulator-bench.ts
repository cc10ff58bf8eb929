/**
 * Benchmark of the SharePoint emulator at 50,000 items.
 *
 * Run from the repository root after building the emulator:
 *   npx tsc -b sp-emulator && npx node --experimental-strip-types tests/bench/emulator-bench.ts [--memory]
 *
 * Fills a FollowUps-like list with 50,000 items (directly in storage), then prints the median time of an
 * indexed filtered query, a paged full read of all items via $skiptoken, a single write and a single update,
 * and what an unindexed query over the list view threshold answers. By default the database is a temporary
 * file (WAL, synchronous=FULL, as the CLI runs it); --memory uses ':memory:'.
 * It also measures throughput: indexed reads and item writes (POST) with 8 requests in flight.
 * `runEmulatorBench()` returns the figures for `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bulkInsertItems, startEmulator, type RunningEmulator } from '@devplan/sp-emulator';

const ITEMS = 50_000;
const INITIATIVES = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

/** The emulator's figures at 50,000 items (times in ms, medians). */
export interface EmulatorFigures {
  storage: string;
  items: number;
  fillSeconds: number;
  indexedQueryMs: number;
  indexedQueryItems: number;
  pagedFullReadMs: number;
  pagedFullReadPages: number;
  pagedFullReadItems: number;
  singleWriteMs: number;
  singleUpdateMs: number;
  unindexedStatus: number;
  unindexedMs: number;
  unindexedBody: string;
  /** Indexed filtered queries per second, 8 in flight. */
  readsPerSecond: number;
  /** Item creations (POST) per second, 8 in flight. */
  writesPerSecond: number;
  inFlight: number;
}

const IN_FLIGHT = 8;

/** Requests per second of `count` calls of `call(i)`, `IN_FLIGHT` at a time. */
async function throughput(count: number, call: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await call(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** Runs the benchmark on a fresh emulator (a temporary file database unless `inMemory`). */
export async function runEmulatorBench(inMemory = false): Promise<EmulatorFigures> {
  const dir = inMemory ? undefined : mkdtempSync(join(tmpdir(), 'sp-emu-bench-'));
  const emulator: RunningEmulator = await startEmulator({
    dbFile: dir ? join(dir, 'bench.sqlite') : ':memory:',
  });
  try {
    const token = await emulator.issueToken('app');
    const call = async (path: string, method = 'GET', body?: unknown): Promise<Response> => {
      const res = await fetch(path.startsWith('http') ? path : `${emulator.siteUrl}/_api/${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json;odata=nometadata',
          'Content-Type': 'application/json',
          ...(method === 'MERGE' ? { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res;
    };
    const ok = async (res: Response): Promise<unknown> => {
      const text = await res.text();
      if (!res.ok) throw new Error(`${res.status} ${text}`);
      return text === '' ? undefined : JSON.parse(text);
    };

    // Schema
    const initiatives = (await ok(
      await call('web/lists', 'POST', { Title: 'Initiatives', BaseTemplate: 100 }),
    )) as { Id: string };
    await ok(await call('web/lists', 'POST', { Title: 'FollowUps', BaseTemplate: 100 }));
    const fields = "web/lists/getByTitle('FollowUps')/fields";
    await ok(
      await call(`${fields}/AddField`, 'POST', {
        parameters: {
          Title: 'Initiative',
          FieldTypeKind: 7,
          LookupListId: initiatives.Id,
          LookupFieldName: 'Title',
        },
      }),
    );
    await ok(await call(`${fields}/getByInternalNameOrTitle('Initiative')`, 'MERGE', { Indexed: true }));
    await ok(await call(fields, 'POST', { Title: 'PeriodYear', FieldTypeKind: 9, Indexed: true }));
    await ok(
      await call(fields, 'POST', { Title: 'Period', FieldTypeKind: 6, Choices: ['T1', 'T2', 'Helår'] }),
    );
    await ok(
      await call(fields, 'POST', {
        Title: 'Status',
        FieldTypeKind: 6,
        Choices: ['on track', 'at risk', 'off track', 'done'],
      }),
    );
    await ok(
      await call(fields, 'POST', { Title: 'Progress', FieldTypeKind: 9, MinimumValue: 0, MaximumValue: 100 }),
    );
    await ok(await call(fields, 'POST', { Title: 'Summary', FieldTypeKind: 3 }));

    // Data
    const statuses = ['on track', 'at risk', 'off track', 'done'];
    let [ms] = await timed(async () =>
      bulkInsertItems(
        emulator,
        'Initiatives',
        Array.from({ length: INITIATIVES }, (_, i) => ({ Title: `Insats ${i + 1}` })),
      ),
    );
    [ms] = await timed(async () =>
      bulkInsertItems(
        emulator,
        'FollowUps',
        Array.from({ length: ITEMS }, (_, i) => ({
          Title: `Uppföljning ${i + 1}`,
          InitiativeId: (i % INITIATIVES) + 1,
          PeriodYear: 2020 + (i % 7),
          Period: ['T1', 'T2', 'Helår'][i % 3],
          Status: statuses[i % 4],
          Progress: i % 101,
          Summary: `Sammanfattning av uppföljning ${i + 1}: arbetet fortskrider enligt plan.`,
        })),
      ),
    );
    const fill = ms;

    // Indexed equality query (≈100 of 50,000 items)
    const indexed: number[] = [];
    let indexedCount = 0;
    for (let i = 0; i < 40; i++) {
      const [t, body] = await timed(async () =>
        ok(
          await call(
            `web/lists/getByTitle('FollowUps')/items?$filter=InitiativeId eq ${(i % INITIATIVES) + 1}&$select=Id,Title,Status,Progress,PeriodYear&$top=5000`,
          ),
        ),
      );
      indexed.push(t);
      indexedCount = (body as { value: unknown[] }).value.length;
    }

    // Paged full read: all items, 5,000 per page via odata.nextLink
    const fullReads: number[] = [];
    let pages = 0;
    let total = 0;
    for (let run = 0; run < 5; run++) {
      const [t, counts] = await timed(async () => {
        let url: string | undefined =
          "web/lists/getByTitle('FollowUps')/items?$select=Id,Title,Status,Progress,PeriodYear,InitiativeId&$top=5000";
        let n = 0;
        let p = 0;
        while (url) {
          const page = (await ok(await call(url))) as { value: unknown[]; 'odata.nextLink'?: string };
          n += page.value.length;
          p++;
          url = page['odata.nextLink'];
        }
        return [n, p] as const;
      });
      fullReads.push(t);
      [total, pages] = counts;
    }

    // Single write and single update
    const writes: number[] = [];
    const updates: number[] = [];
    for (let i = 0; i < 50; i++) {
      const [t, created] = await timed(async () =>
        ok(
          await call("web/lists/getByTitle('FollowUps')/items", 'POST', {
            Title: `Ny ${i}`,
            InitiativeId: 1,
            PeriodYear: 2026,
            Status: 'on track',
            Progress: 10,
          }),
        ),
      );
      writes.push(t);
      const id = (created as { Id: number }).Id;
      const [u] = await timed(async () =>
        ok(await call(`web/lists/getByTitle('FollowUps')/items(${id})`, 'MERGE', { Progress: 20 })),
      );
      updates.push(u);
    }

    // Unindexed query over the threshold
    const [unindexedMs, throttled] = await timed(() =>
      call("web/lists/getByTitle('FollowUps')/items?$filter=Status eq 'at risk'"),
    );
    const throttledBody = await throttled.text();

    const readsPerSecond = await throughput(400, async (i) =>
      ok(
        await call(
          `web/lists/getByTitle('FollowUps')/items?$filter=InitiativeId eq ${(i % INITIATIVES) + 1}&$select=Id,Title,Status,Progress,PeriodYear&$top=5000`,
        ),
      ),
    );
    const writesPerSecond = await throughput(400, async (i) =>
      ok(
        await call("web/lists/getByTitle('FollowUps')/items", 'POST', {
          Title: `Genomströmning ${i}`,
          InitiativeId: (i % INITIATIVES) + 1,
          PeriodYear: 2026,
          Status: 'on track',
          Progress: 10,
        }),
      ),
    );

    return {
      storage: inMemory ? 'in-memory' : 'file, WAL, synchronous=FULL',
      items: ITEMS,
      fillSeconds: fill / 1000,
      indexedQueryMs: median(indexed),
      indexedQueryItems: indexedCount,
      pagedFullReadMs: median(fullReads),
      pagedFullReadPages: pages,
      pagedFullReadItems: total,
      singleWriteMs: median(writes),
      singleUpdateMs: median(updates),
      unindexedStatus: throttled.status,
      unindexedMs,
      unindexedBody: throttledBody,
      readsPerSecond,
      writesPerSecond,
      inFlight: IN_FLIGHT,
    };
  } finally {
    await emulator.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const inMemory = process.argv.includes('--memory');
  const r = await runEmulatorBench(inMemory);
  const f = (n: number): string => `${n.toFixed(2)} ms`;
  console.log(`SharePoint emulator benchmark (${r.storage}; Node ${process.version})`);
  console.log(
    `  fill ${r.items.toLocaleString('en')} items (bulk, one transaction):   ${r.fillSeconds.toFixed(2)} s`,
  );
  console.log(
    `  indexed filtered query (${r.indexedQueryItems} of ${r.items.toLocaleString('en')}), median of 40:  ${f(r.indexedQueryMs)}`,
  );
  console.log(
    `  paged full read (${r.pagedFullReadItems.toLocaleString('en')} items, ${r.pagedFullReadPages} pages), median of 5: ${f(r.pagedFullReadMs)}`,
  );
  console.log(`  single write (POST item), median of 50:               ${f(r.singleWriteMs)}`);
  console.log(`  single update (MERGE item), median of 50:             ${f(r.singleUpdateMs)}`);
  console.log(`  unindexed query over the threshold: ${r.unindexedStatus} in ${f(r.unindexedMs)}`);
  console.log(`    ${r.unindexedBody}`);
  console.log(
    `  throughput, ${r.inFlight} in flight: ${r.readsPerSecond.toFixed(0)} indexed reads/s, ${r.writesPerSecond.toFixed(0)} writes/s`,
  );
}

if (process.argv[1]?.endsWith('emulator-bench.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
