/**
 * A write and the read after it go to SharePoint in ONE `$batch`, in the order they were made, however the
 * token provider answers. (When the token was added in PnPjs's `pre` moment, each batched request waited for
 * its own token, and a token that came back later put the read before the write: a follow-up decided as
 * approved read back as submitted, now and then, on a busy machine.)
 */
import { provision, createRepositories, PlanSite, TokenAuthenticated } from '@devplan/sharepoint';
import { importPlan, PLAN_2026 } from '@devplan/sharepoint/seed';
import { spfi } from '@pnp/sp/index.js';
import '@pnp/sp/site-users/web.js';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('a write and the read after it in one batch', () => {
  let site: EmulatedSite;

  beforeAll(async () => {
    site = await startEmulatedSite();
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    await importPlan(site.repos('app'), PLAN_2026, { actor: 'test' });
  });
  afterAll(() => site.close());

  it('reads back what it wrote even when every later token arrives before the earlier ones', async () => {
    // Each token request waits until the NEXT one has been asked for (or a turn of the event loop has
    // passed with none), so tokens come back newest first: the order that broke batches before.
    const waiting: (() => void)[] = [];
    let calls = 0;
    const reversed = async () => {
      calls += 1;
      const token = await site.emulator.issueToken('app');
      await new Promise<void>((release) => {
        waiting.push(release);
        setImmediate(() =>
          waiting
            .splice(0)
            .reverse()
            .forEach((r) => r()),
        );
      });
      return token;
    };
    const app = createRepositories(
      new PlanSite(spfi(site.emulator.siteUrl).using(TokenAuthenticated(reversed, 2)), site.emulator.siteUrl),
    );
    const staffId = ((await site.sp('staff').web.currentUser()) as { Id: number }).Id;
    const plan = (await app.plans.byYear(2026))!;
    const initiatives = await app.initiatives.byPlan(plan.id);
    for (const [n, initiative] of initiatives.slice(0, 5).entries()) {
      const draft = await app.followUps.add({
        planId: plan.id,
        initiativeId: initiative.id,
        periodYear: 2026,
        period: 'T1',
        status: 'onTrack',
        progress: 10 + n,
        summary: `Uppföljning ${n}`,
      });
      const submitted = await app.followUps.submit(draft.id, draft.etag!, staffId);
      expect(submitted.state).toBe('submitted');
      const approved = await app.followUps.decide(submitted.id, submitted.etag!, 'approve');
      expect(approved.state).toBe('approved');
    }
    expect(calls).toBeGreaterThan(0);
  });
});
