/**
 * Figures of period close, measured: with every initiative of the 2026 plan (13) approved for a period,
 * - closing a period through the app's own service against the local stack: wall time, SharePoint requests
 *   (`_api`, from the emulator's request log) and the size of each stored file, for T1, T2 and FY (medians);
 * - rendering the Word report alone (snapshot → content → .docx), five times (median).
 *
 * Run from the repository root after `npm run build`:
 *   npx node --experimental-strip-types --disable-warning=ExperimentalWarning tests/bench/reports/report-bench.ts
 * Prints a JSON report.
 */
import { DEMO_USERS } from '@devplan/sp-emulator';
import { buildReportContent, type PeriodSnapshot } from '@devplan/core';
import { createRepositories } from '@devplan/sharepoint';
import { startLocalStack } from '@devplan/local-stack';
import { PeriodCloseService, renderReportDocx } from '@devplan/server/reports';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', approvalSweepSeconds: 0 });
try {
  const repos = createRepositories(stack.site);
  const host = stack.approvals.host;
  const oid = (key: string) => DEMO_USERS.find((u) => u.key === key)!.oid;
  const approver = await host.resolver.actorFor(oid('approver'));
  const owner = await host.resolver.actorFor(oid('staff'));
  const admin = await host.resolver.actorFor(oid('admin'));
  const plan = (await repos.plans.byYear(2026))!;
  const initiatives = await repos.initiatives.byPlan(plan.id);
  for (const initiative of initiatives) {
    await repos.initiatives.update(initiative.id, { ownerId: owner.siteUserId }, initiative.etag!);
    await repos.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
  }
  const service = new PeriodCloseService(stack.site, { sealer: host.sealer });
  const closes: { period: string; ms: number; requests: number; bytes: Record<string, number> }[] = [];
  let snapshot: PeriodSnapshot | null = null;
  for (const period of ['T1', 'T2', 'FY']) {
    for (const [n, initiative] of initiatives.entries()) {
      const draft = await repos.followUps.add({
        planId: plan.id,
        initiativeId: initiative.id,
        periodYear: 2026,
        period,
        status: 'onTrack',
        progress: 20 + n * 5,
        summary: `Exempeldata: ${initiative.title} går enligt plan. `.repeat(6),
        risks: 'Exempeldata: beroende av leverantörens tidplan.',
      });
      const submitted = await repos.followUps.submit(draft.id, draft.etag!, owner.siteUserId);
      const { version } = await host.decisions.followUp(submitted.id);
      await host.decisions.decide({
        followUpId: submitted.id,
        followUpVersion: version,
        outcome: 'approved',
        comment: '',
        actor: approver,
        source: 'api',
      });
    }
    const before = stack.emulator.requestLog().length;
    const started = performance.now();
    const result = await service.close({ planId: plan.id, period: { year: 2026, period } }, admin);
    const ms = performance.now() - started;
    const requests = stack.emulator
      .requestLog()
      .slice(before)
      .filter((e) => e.url.includes('/_api/')).length;
    closes.push({
      period,
      ms: Math.round(ms),
      requests,
      bytes: Object.fromEntries(result.files.map((f) => [f.kind, f.size])),
    });
    if (period === 'T1') {
      const file = result.files.find((f) => f.kind === 'snapshot')!;
      const { ReportLibrary } = await import('@devplan/sharepoint');
      const text = Buffer.from(await new ReportLibrary(stack.site).download(file.serverRelativeUrl)).toString(
        'utf8',
      );
      snapshot = JSON.parse(text) as PeriodSnapshot;
    }
  }
  const renders: number[] = [];
  let reportBytes = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    reportBytes = (await renderReportDocx(buildReportContent(snapshot!, 'sv'))).length;
    renders.push(performance.now() - started);
  }
  console.log(
    JSON.stringify(
      {
        initiativesApproved: initiatives.length,
        close: {
          samples: closes,
          medianMs: median(closes.map((c) => c.ms)),
          medianRequests: median(closes.map((c) => c.requests)),
          medianReportBytes: median(closes.map((c) => c.bytes['report'] ?? 0)),
        },
        renderDocx: {
          medianMs: Math.round(median(renders)),
          runs: renders.map(Math.round),
          bytes: reportBytes,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await stack.close();
}
