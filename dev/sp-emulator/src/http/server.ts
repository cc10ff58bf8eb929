import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { TokenService } from '../auth/tokens.js';
import { executeBatch } from '../batch/handler.js';
import { NotFoundError, ServiceBusyError } from '../errors/sp-errors.js';
import type { FaultInjector } from '../faults/faults.js';
import type { Caller, SiteSettings } from '../rest/context.js';
import {
  apiSubPath,
  errorAnswer,
  executeApiCall,
  type ApiAnswer,
  type ApiEnvironment,
} from '../rest/execute.js';
import { negotiateFormat } from '../rest/format.js';
import { isAppPrincipal } from '../security/access.js';
import { ensureSiteUser } from '../security/site-users.js';
import type { Store } from '../storage/store.js';
import { readBody } from './body.js';
import {
  answerPreflight,
  corsHeaders,
  CrossOriginRefusedError,
  hasBearerToken,
  isLocalPath,
} from './cors.js';
import { handleLocal } from './local-routes.js';
import type { RequestLog } from './request-log.js';

/** What the HTTP front end needs from the emulator. */
export interface FrontendDeps {
  store: Store;
  site: SiteSettings;
  tokens: TokenService;
  faults: FaultInjector;
  log: RequestLog;
  maxBodyBytes: number;
  logLine?: (line: string) => void;
}

const HOST_RE = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function headerRecord(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of Object.keys(req.headers)) out[name] = header(req, name);
  return out;
}

/** Creates the `node:http` request listener of an emulator. */
export function createRequestListener(
  deps: FrontendDeps,
): (req: IncomingMessage, res: ServerResponse) => void {
  const env: ApiEnvironment = {
    store: deps.store,
    site: deps.site,
    onInternalError: (error) =>
      deps.logLine?.(
        `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
  };

  const authenticate = async (req: IncomingMessage): Promise<Caller> => {
    const user = await deps.tokens.verify(header(req, 'authorization'));
    const principal = ensureSiteUser(deps.store, user);
    return { user, principal, isApp: isAppPrincipal(principal) };
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    let status = 0;
    let requestBytes = 0;
    let responseBytes = 0;
    let user: string | undefined;
    let batchParts: number | undefined;
    let batchWrites: number | undefined;
    const origin = header(req, 'origin');
    // The CORS grant: for a bearer-token request (and the local sign-in, once the path is known), as SharePoint
    // Online grants it; nothing for a cross-origin request without a token.
    let cors = corsHeaders(origin, hasBearerToken(header(req, 'authorization')));
    const write = (answer: ApiAnswer): void => {
      const body =
        typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : Buffer.from(answer.body);
      status = answer.status;
      responseBytes = body.length;
      const requestId = randomUUID();
      res.writeHead(answer.status, {
        ...cors,
        'request-id': requestId,
        SPRequestGuid: requestId,
        'X-SharePointHealthScore': '0',
        ...answer.headers,
        'Content-Length': String(body.length),
      });
      res.end(body);
    };
    try {
      const host = header(req, 'host');
      let url: URL;
      try {
        url = new URL(rawUrl, host && HOST_RE.test(host) ? `http://${host}` : deps.site.origin);
      } catch {
        write(errorAnswer(new NotFoundError(`The request URL '${rawUrl}' is not valid.`), 'minimal', env));
        return;
      }
      const local = isLocalPath(url.pathname);
      if (local) cors = corsHeaders(origin, true);
      if (method === 'OPTIONS') {
        const preflight = answerPreflight({
          origin,
          method: header(req, 'access-control-request-method'),
          headers: header(req, 'access-control-request-headers'),
          local,
        });
        cors = {};
        write(
          preflight.granted || !origin
            ? { status: preflight.status, headers: preflight.headers, body: '' }
            : errorAnswer(new CrossOriginRefusedError(preflight), 'minimal', env),
        );
        return;
      }
      if (local) {
        const body = await readBody(req, deps.maxBodyBytes);
        requestBytes = body.bytes;
        write(
          await handleLocal(
            {
              tokens: deps.tokens,
              log: deps.log,
              origin: deps.site.origin,
              siteUrl: `${deps.site.origin}${deps.site.sitePath}`,
            },
            method,
            url.pathname,
            header(req, 'content-type'),
            body.text,
          ),
        );
        return;
      }
      const format = negotiateFormat(header(req, 'accept'));
      const sub = apiSubPath(url.pathname, deps.site.sitePath);
      if (sub === undefined) {
        write(
          errorAnswer(
            new NotFoundError(
              `The SharePoint emulator serves only the site ${deps.site.sitePath} (REST API under ${deps.site.sitePath}/_api) and /_local/*; '${url.pathname}' is not supported.`,
            ),
            format,
            env,
          ),
        );
        return;
      }
      // SharePoint Online throttles per user or app, so it knows the caller before it answers 429/503.
      const caller = await authenticate(req);
      user = caller.user.key;
      const fault = deps.faults.decide();
      if (fault.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'status') {
        requestBytes = (await readBody(req, deps.maxBodyBytes).catch(() => ({ bytes: 0 }))).bytes;
        write(errorAnswer(new ServiceBusyError(fault.status, fault.retryAfterSeconds), format, env));
        return;
      }
      const body = await readBody(req, deps.maxBodyBytes);
      requestBytes = body.bytes;
      const call = { method, url, headers: headerRecord(req), bodyText: body.text, bodyBytes: body.buffer };
      if (/^\$batch$/i.test(sub)) {
        const answer = executeBatch(env, caller, call);
        batchParts = answer.parts;
        batchWrites = answer.writes;
        write(answer);
      } else write(executeApiCall(env, caller, call));
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      write(errorAnswer(error, negotiateFormat(header(req, 'accept')), env));
    } finally {
      const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
      deps.log.add({
        at: new Date().toISOString(),
        method,
        url: rawUrl,
        status,
        requestBytes,
        responseBytes,
        durationMs,
        ...(user !== undefined ? { user } : {}),
        ...(batchParts !== undefined ? { batchParts } : {}),
        ...(batchWrites !== undefined ? { batchWrites } : {}),
      });
      deps.logLine?.(`${method} ${rawUrl} ${status} ${durationMs}ms${user ? ` ${user}` : ''}`);
    }
  };

  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      deps.logLine?.(`failed to serve ${req.method ?? ''} ${req.url ?? ''}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}
