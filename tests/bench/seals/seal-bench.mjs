/**
 * What checking seals costs a reader: seals 2,000 and 10,000 publications (a plan of 1,000 and of 5,000
 * initiatives, two periods each) with the app's key and times checking them with Web Crypto as the plan view
 * does one by one (`SealVerifier.only`), and again as closed periods (T1 and T2 each with its period seal,
 * `SealVerifier.publications` with the closes), five runs each; prints the medians. Then what the approval sweep
 * (every 30 s on the app server) spends on 10,000 decisions: its first run, which checks every seal, and a run after
 * it, which takes the unchanged ones on the fingerprints the process remembered (`processSealMemory`).
 * `npm run bench:seals` (plain JavaScript over the built packages, so it runs on Node 20 too).
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { decisionSealPayload, publicationSealPayload } from '@devplan/core';
import { processSealMemory, SealSigner } from '@devplan/sharepoint';

async function main() {
  const signer = new SealSigner(await SealSigner.generateKey('bench'));
  const verifier = signer.verifier();
  for (const count of [2_000, 10_000]) {
    const items = [];
    for (let i = 0; i < count; i++) {
      const content = {
        planId: 1,
        initiativeId: i,
        followUpId: i,
        periodYear: 2026,
        period: i % 2 ? 'T2' : 'T1',
        status: 'onTrack',
        progress: i % 100,
        summary: 'Exempeldata: läget är enligt plan och nästa steg är beslutade. '.repeat(4),
        risks: '',
        nextSteps: '',
        effectsSeen: '',
        approvedById: 9,
        approvedAt: '2026-05-12T09:00:00Z',
        decisionComment: '',
      };
      items.push({ ...content, seal: await signer.seal(publicationSealPayload(content)) });
    }
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const verified = await verifier.only(items, (p) => verifier.verify(publicationSealPayload(p), p.seal));
      runs.push(performance.now() - started);
      if (verified.length !== count) throw new Error(`only ${verified.length} of ${count} verified`);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `check ${count} seals: median ${runs[2].toFixed(0)} ms (${runs.map((r) => r.toFixed(0)).join(', ')} ms), ${(runs[2] / count).toFixed(3)} ms each`,
    );
    const periods = [];
    for (const period of ['T1', 'T2']) {
      const frozen = items.filter((p) => p.period === period);
      const ref = { year: 2026, period };
      periods.push({
        planId: 1,
        periodYear: 2026,
        period,
        publicationsSeal: await signer.sealPeriod(1, ref, frozen),
      });
    }
    const closed = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const verified = await verifier.publications(items, periods);
      closed.push(performance.now() - started);
      if (verified.length !== count) throw new Error(`only ${verified.length} of ${count} verified`);
    }
    closed.sort((a, b) => a - b);
    console.log(
      `check ${count} publications of two closed periods by their period seals: median ${closed[2].toFixed(0)} ms (${closed.map((r) => r.toFixed(0)).join(', ')} ms), ${(runs[2] / closed[2]).toFixed(0)}× faster`,
    );
  }
  await sweepDecisions(signer, 10_000);
}

/** The sweep's checks of `count` decisions: a first run, then five runs with the checks remembered (median). */
async function sweepDecisions(signer, count) {
  const decisions = [];
  for (let i = 0; i < count; i++) {
    const content = {
      followUpId: i,
      decision: 'approved',
      decidedById: 9,
      decidedAt: '2026-05-12T09:00:00Z',
      comment: '',
      followUpVersion: 2,
    };
    decisions.push({ id: i, ...content, seal: await signer.seal(decisionSealPayload(content)) });
  }
  // As the app server remembers them: Node's SHA-256 for the fingerprints.
  const sha256 = (data) => createHash('sha256').update(data).digest();
  const verifier = signer.verifier([], processSealMemory(undefined, sha256));
  let started = performance.now();
  const first = await verifier.decisions(decisions);
  const firstMs = performance.now() - started;
  await verifier.remembered();
  if (first.length !== count) throw new Error(`only ${first.length} of ${count} verified`);
  const runs = [];
  for (let run = 0; run < 5; run++) {
    started = performance.now();
    const again = await verifier.decisions(decisions);
    runs.push(performance.now() - started);
    if (again.length !== count) throw new Error(`only ${again.length} of ${count} verified`);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `sweep over ${count} decisions: first run ${firstMs.toFixed(0)} ms, then median ${runs[2].toFixed(0)} ms (${runs.map((r) => r.toFixed(0)).join(', ')} ms) with the checks remembered, ${(firstMs / runs[2]).toFixed(0)}× less`,
  );
}

await main();
