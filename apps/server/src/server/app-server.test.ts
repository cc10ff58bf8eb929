import { request } from 'node:http';
import { spfi } from '@pnp/sp/index.js';
import { PlanSite } from '@devplan/sharepoint';
import { startAppServer, type RunningAppServer } from './app-server';

/** SharePoint that is never reached: these requests are answered before any SharePoint call. */
const NOWHERE = 'http://127.0.0.1:9/sites/none';

/** Sends a raw GET with `target` as it stands (fetch would normalise it) and reads the answer. */
function get(server: RunningAppServer, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the app server', () => {
  let server: RunningAppServer;
  beforeAll(async () => {
    server = await startAppServer({ port: 0, site: new PlanSite(spfi(NOWHERE), NOWHERE) });
  });
  afterAll(() => server.close());

  it('refuses a request target that is no URL with 400 in Swedish and English, and goes on serving', async () => {
    const answer = await get(server, '//?plan=2026');
    expect(answer.status).toBe(400);
    expect(answer.body).toBe(
      'Adressen i begäran går inte att läsa.\nThe address in the request cannot be read.',
    );
    const next = await get(server, '/no-such-page');
    expect(next.status).toBe(404);
    expect(next.body).toBe('Sidan finns inte.');
  });
});
