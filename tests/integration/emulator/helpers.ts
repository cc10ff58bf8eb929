/** Shared set-up of the emulator contract tests: a started emulator and PnPjs clients per demo user. */
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@devplan/sp-emulator';
import { BrowserFetchWithRetry, DefaultParse, type Queryable } from '@pnp/queryable/index.js';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/batching.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/folders/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/security/list.js';
import '@pnp/sp/security/web.js';
import '@pnp/sp/site-groups/web.js';
import '@pnp/sp/site-users/web.js';
import '@pnp/sp/webs/index.js';

/** A PnPjs behaviour that adds `Authorization: Bearer <token>` to every request. */
export function bearer(token: string): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.auth.replace(async (url, init) => {
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/** A PnPjs client for the emulator's site, signed in as a demo user. */
export async function pnp(emulator: RunningEmulator, user: string): Promise<SPFI> {
  const token = await emulator.issueToken(user);
  return spfi(emulator.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    bearer(token),
  );
}

/** A raw fetch against `<site>/_api/<path>` as a demo user (JSON light unless headers say otherwise). */
export async function api(
  emulator: RunningEmulator,
  user: string | undefined,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers ?? {}) };
  if (user) headers.Authorization = `Bearer ${await emulator.issueToken(user)}`;
  return fetch(`${emulator.siteUrl}/_api/${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body,
  });
}

/** The `odata.error` message of an error response. */
export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as Record<string, { code: string; message: { value: string } }>;
  const error = body['odata.error'] ?? body.error;
  if (!error) throw new Error(`not an error body: ${JSON.stringify(body)}`);
  return { code: error.code, message: error.message.value };
}

/** Starts an emulator for one test file (port 0, in-memory). */
export function useEmulator(options: EmulatorOptions = {}): { get: () => RunningEmulator } {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return {
    get: () => {
      if (!emulator) throw new Error('emulator not started');
      return emulator;
    },
  };
}

/** Creates a list with fields through PnPjs as the site owner; returns the list's id. */
export async function createList(sp: SPFI, title: string, description = ''): Promise<string> {
  const data = (await sp.web.lists.add(title, description, 100, false)) as { Id: string };
  return data.Id;
}
