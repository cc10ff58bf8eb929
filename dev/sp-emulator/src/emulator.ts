import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenService } from './auth/tokens.js';
import { FaultInjector, type FaultOptions } from './faults/faults.js';
import { RequestLog, type RequestLogEntry } from './http/request-log.js';
import { createRequestListener } from './http/server.js';
import { createItem } from './items/write.js';
import { ListSchema } from './items/schema.js';
import { isLibrary } from './model/lists.js';
import { NotFoundError } from './errors/sp-errors.js';
import { addDirectoryUsers, findDemoUser, type DemoUser } from './directory/demo-users.js';
import { applySeed, seedUsers, type SeedFile } from './seed-file.js';
import { ensureSiteUser } from './security/site-users.js';
import type { SiteSettings } from './rest/context.js';
import { Store } from './storage/store.js';
import { defaultLibrary } from './lists/list-service.js';

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** 0 = a random free port (default). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** SQLite file; ':memory:' (default) for tests. */
  dbFile?: string;
  /** Default '/sites/utvecklingsplan'. */
  sitePath?: string;
  /** Default 5000. */
  listViewThreshold?: number;
  /** Fault injection (default off). */
  faults?: FaultOptions;
  /** Default 10 MiB; larger bodies get 413. */
  maxBodyBytes?: number;
  /** Receives one line per request and internal errors. */
  log?: (line: string) => void;
  /** More people who can sign in (a users file, see `parseUsers`), put in the site group of their role. */
  users?: readonly DemoUser[];
  /** Groups, lists, fields and items to create at start unless they exist (a seed file, see `parseSeed`). */
  seed?: SeedFile;
}

/** A started emulator. */
export interface RunningEmulator {
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  /** origin + sitePath */
  siteUrl: string;
  port: number;
  /** Signs a token for a demo user (key or UPN); audience defaults to the origin. */
  issueToken(user: string, audience?: string): Promise<string>;
  requestLog(): RequestLogEntry[];
  clearRequestLog(): void;
  close(): Promise<void>;
}

function normalizeSitePath(path: string): string {
  const trimmed = `/${path.trim().replace(/^\/+|\/+$/g, '')}`;
  if (!/^\/[\w\-./%]+$/.test(trimmed) || trimmed === '/') throw new Error(`Invalid sitePath '${path}'.`);
  return trimmed;
}

function siteTitleOf(sitePath: string): string {
  const last = sitePath.split('/').pop() ?? 'Site';
  return last.charAt(0).toUpperCase() + last.slice(1);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** The emulator instance behind `RunningEmulator` (all state hangs off it). */
export class Emulator implements RunningEmulator {
  private closed = false;

  private constructor(
    private readonly server: Server,
    private readonly store: Store,
    private readonly tokens: TokenService,
    private readonly log: RequestLog,
    readonly origin: string,
    readonly siteUrl: string,
    readonly port: number,
  ) {}

  /** Opens the database, creates the key pair and starts listening. */
  static async start(options: EmulatorOptions = {}): Promise<Emulator> {
    const host = options.host ?? '127.0.0.1';
    const sitePath = normalizeSitePath(options.sitePath ?? '/sites/utvecklingsplan');
    const siteTitle = siteTitleOf(sitePath);
    const users = [...(options.users ?? []), ...(options.seed?.users ?? [])];
    addDirectoryUsers(users);
    const store = new Store(options.dbFile ?? ':memory:', siteTitle);
    try {
      store.transaction(() => {
        // every team site has its Documents library (also added to databases made before the emulator had it)
        defaultLibrary(store);
        seedUsers(store, users);
        if (options.seed) applySeed(store, options.seed);
      });
    } catch (error) {
      store.close();
      throw error;
    }
    // Keep idle connections longer than clients do (undici: 4 s), so a client never reuses a socket the server is closing.
    const server = createServer({ keepAliveTimeout: 65_000 });
    try {
      await listen(server, options.port ?? 0, host);
    } catch (error) {
      store.close();
      throw error;
    }
    const port = (server.address() as AddressInfo).port;
    const hostPart = host.includes(':') ? `[${host}]` : host;
    const origin = `http://${hostPart}:${port}`;
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].map((h) => `http://${h}:${port}`);
    const tokens = await TokenService.create(store.meta, origin, [
      origin,
      ...loopback,
      `${origin}${sitePath}`,
    ]);
    const site: SiteSettings = {
      sitePath,
      siteTitle,
      origin,
      listViewThreshold: options.listViewThreshold ?? 5000,
    };
    const log = new RequestLog();
    server.on(
      'request',
      createRequestListener({
        store,
        site,
        tokens,
        faults: new FaultInjector(options.faults),
        log,
        maxBodyBytes: options.maxBodyBytes ?? 10 * 1024 * 1024,
        logLine: options.log,
      }),
    );
    return new Emulator(server, store, tokens, log, origin, `${origin}${sitePath}`, port);
  }

  /** Signs a token for a demo user. */
  async issueToken(user: string, audience?: string): Promise<string> {
    return (await this.tokens.issue(user, audience)).access_token;
  }

  /** The requests served so far. */
  requestLog(): RequestLogEntry[] {
    return this.log.list();
  }

  /** Forgets the request log. */
  clearRequestLog(): void {
    this.log.clear();
  }

  /**
   * Adds many items to a list directly in storage (one transaction, validated like REST writes, no HTTP),
   * for filling large lists in tests and benchmarks. Returns the new item ids.
   */
  bulkInsertItems(listTitle: string, items: readonly Record<string, unknown>[], asUser = 'app'): number[] {
    const list = this.store.lists.byTitle(listTitle) ?? this.store.lists.byUrlName(listTitle);
    if (!list)
      throw new NotFoundError(`List '${listTitle}' does not exist at site with URL '${this.siteUrl}'.`);
    if (isLibrary(list))
      throw new Error(`'${listTitle}' is a document library: upload files through REST instead.`);
    const who = findDemoUser(asUser);
    if (!who) throw new Error(`Unknown demo user '${asUser}'.`);
    const principal = ensureSiteUser(this.store, who);
    return this.store.transaction(() => {
      const schema = new ListSchema(list, this.store.fields.forList(list.id));
      return items.map((body) => createItem(this.store, schema, body, principal.id).id);
    });
  }

  /** Stops listening and closes the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.store.close();
  }
}
