import { createServer, type Server } from 'node:http';
import type { NewEntity, PeriodClosure } from '@devplan/core';
import type { AddressInfo } from 'node:net';
import { PeriodClosureRepository, PlanSite, ReportLibrary } from '@devplan/sharepoint';
import { API_AUDIENCE } from '@devplan/local-stack';
import { EntraTokenValidator } from '@devplan/server/auth';
import { AdministratorCheck, PeriodCloseService, reportsApi } from '@devplan/server/reports';
import { startApprovalWorld, type ApprovalWorld } from '../approvals/support';

/** What the reports API answers in JSON (the fields the tests read). */
export interface ApiBody {
  code: string;
  reason: { sv: string; en: string };
  issues: { path: string; message: { sv: string; en: string } }[];
  administrator: boolean;
  closures: unknown[];
  files: unknown[];
  closure: { reportUrl: string };
}

/**
 * A closure of a 2026 period of `planId` written straight into the list (as a close left half-done, or as an
 * earlier release wrote it): nothing stored, no period seal, unless `values` says otherwise.
 */
export function closureValues(
  planId: number,
  period: string,
  values: Pick<NewEntity<PeriodClosure>, 'state' | 'closedById' | 'closedAt'> &
    Partial<NewEntity<PeriodClosure>>,
): NewEntity<PeriodClosure> {
  return {
    planId,
    periodYear: 2026,
    period,
    caseNumber: '',
    followUpCount: 1,
    reportUrl: '',
    snapshotUrl: '',
    exportUrl: '',
    publicationsSeal: '',
    ...values,
  };
}

/** The approvals world plus the reports API on a local HTTP server, and a way to call it as a demo user. */
export interface ReportsWorld extends ApprovalWorld {
  /** The plan site as the app. */
  planSite: PlanSite;
  closeService: PeriodCloseService;
  closures: PeriodClosureRepository;
  library: ReportLibrary;
  apiUrl: string;
  /** Calls the API as `user` (a demo user key) with a token for the API's audience. */
  call(
    user: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: ApiBody; bytes: Buffer; headers: Headers }>;
  /** Submits and approves a follow-up of `initiativeId` for `period` (2026). */
  approved(initiativeId: number, period: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the world: the 2026 plan, approvals, the reports API (validating the emulator's tokens). */
export async function startReportsWorld(): Promise<ReportsWorld> {
  const world = await startApprovalWorld();
  const { emulator } = world.site;
  const planSite = new PlanSite(world.site.sp('app'), emulator.siteUrl);
  const service = new PeriodCloseService(planSite, {
    sealer: world.sealer,
    clock: () => world.now.value,
  });
  const api = reportsApi({
    service,
    admins: new AdministratorCheck(planSite),
    tokens: new EntraTokenValidator({
      issuer: `${emulator.origin}/_local`,
      audience: API_AUDIENCE,
      jwksUri: `${emulator.origin}/_local/.well-known/jwks.json`,
    }),
    actorForClaims: (claims) => world.resolver.actorForClaims(claims),
  });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    api(req, res, url)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end();
        }
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const approver = await world.actor('approver');
  return {
    ...world,
    planSite,
    closeService: service,
    closures: new PeriodClosureRepository(planSite),
    library: new ReportLibrary(planSite),
    apiUrl,
    call: async (user, method, path, body) => {
      const token = await emulator.issueToken(user, API_AUDIENCE);
      const response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const type = response.headers.get('content-type') ?? '';
      return {
        status: response.status,
        headers: response.headers,
        bytes,
        body: (type.includes('json') ? JSON.parse(bytes.toString('utf8')) : {}) as ApiBody,
      };
    },
    approved: async (initiativeId, period) => {
      const followUp = await world.submitted(initiativeId, period);
      await world.service.decide({
        followUpId: followUp.id,
        followUpVersion: followUp.version,
        outcome: 'approved',
        comment: '',
        actor: approver,
        source: 'api',
      });
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await world.site.close();
    },
  };
}
