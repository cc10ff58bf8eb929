import { decisionSealPayload, type ApprovalDecision, type NewEntity } from '@devplan/core';
import { DEMO_USERS } from '@devplan/sp-emulator';
import { PlanSite, provision, type Repositories, type SealSigner } from '@devplan/sharepoint';
import { publishSealKey } from '../../bench/generate.js';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import '@pnp/sp/site-users/web.js';
import { DecisionService, SiteUserResolver, staticDirectory, type Actor } from '@devplan/server/approvals';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

/** An emulated plan site with the 2026 plan, the decision service and the demo people resolved to site users. */
export interface ApprovalWorld {
  site: EmulatedSite;
  app: Repositories;
  staff: Repositories;
  planId: number;
  initiativeIds: number[];
  resolver: SiteUserResolver;
  actor(key: string): Promise<Actor>;
  service: DecisionService;
  /** The app's seal key (its public half in the tenant property). */
  sealer: SealSigner;
  /** The moment the service believes it is; tests move it. */
  now: { value: Date };
  /** A decision as the app records it (sealed with the service's key), for tests of half-done decisions. */
  sealedDecision(content: Omit<NewEntity<ApprovalDecision>, 'seal'>): Promise<NewEntity<ApprovalDecision>>;
  /** Creates and submits a follow-up of `initiativeId` for a period; returns it as submitted. */
  submitted(initiativeId: number, period: string, year?: number): Promise<{ id: number; version: number }>;
}

/** The demo directory (Entra object ids ⇄ UPNs) of the emulator. */
export const demoDirectory = staticDirectory(
  DEMO_USERS.filter((u) => u.upn).map((u) => ({ oid: u.oid, upn: u.upn, displayName: u.displayName })),
);

/** Starts the world; every initiative gets `staff` as owner and `approver` as approver. */
export async function startApprovalWorld(): Promise<ApprovalWorld> {
  const site = await startEmulatedSite();
  const app = site.repos('app');
  const staff = site.repos('staff');
  const planSite = new PlanSite(site.sp('app'), site.emulator.siteUrl);
  await provision(planSite);
  const report = await importPlan(app, PLAN_2026, { actor: 'test' });
  const resolver = new SiteUserResolver(planSite, demoDirectory);
  const oid = (key: string) => DEMO_USERS.find((u) => u.key === key)!.oid;
  const actor = (key: string) => resolver.actorFor(oid(key));
  const approver = await actor('approver');
  const owner = await actor('staff');
  const initiatives = await app.initiatives.byPlan(report.plan.id);
  for (const initiative of initiatives) {
    await app.initiatives.update(initiative.id, { ownerId: owner.siteUserId }, initiative.etag!);
    await app.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
  }
  const now = { value: new Date('2026-05-04T09:00:00Z') };
  // The app's seal key, its public half in the tenant property as a SharePoint administrator puts it.
  const sealer = await publishSealKey(app, 'test');
  const service = new DecisionService(app, () => now.value, sealer);
  return {
    site,
    app,
    staff,
    planId: report.plan.id,
    initiativeIds: initiatives.map((i) => i.id),
    resolver,
    actor,
    service,
    sealer,
    now,
    sealedDecision: async (content) => ({
      ...content,
      seal: await sealer.seal(decisionSealPayload(content)),
    }),
    submitted: async (initiativeId, period, year = 2026) => {
      const draft = await staff.followUps.add({
        planId: report.plan.id,
        initiativeId,
        periodYear: year,
        period,
        status: 'atRisk',
        progress: 40,
        summary: 'Upphandlingen är försenad men arbetet fortsätter.',
        risks: 'Leverantören kan inte leverera i tid.',
      });
      const submitted = await staff.followUps.submit(draft.id, draft.etag!, owner.siteUserId);
      return { id: submitted.id, version: (await service.followUp(submitted.id)).version };
    },
  };
}
