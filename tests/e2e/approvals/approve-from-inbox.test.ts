/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { launchBrowser } from '../support/browser';
import { snapshotWebDir } from '../../support/web';
import { readFileSync, rmSync } from 'node:fs';
import { spfi } from '@pnp/sp/index.js';
import type { Browser } from 'playwright-core';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';
import { startLocalStack, API_AUDIENCE, type LocalStack } from '@devplan/local-stack';
import { signIn } from '../tab/support';

let webDir = '';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Staff submits, the approver approves from the card in the card inbox (headless Chromium, Microsoft's
 * Adaptive Cards renderer), a reader reads the published follow-up, the audit trail shows every step.
 * The submission goes through the repositories and the approvals API as the tab's code does (the tab is
 * built in parallel), with the staff member's own token.
 */
describe('approving a follow-up from the card inbox in a browser', () => {
  let stack: LocalStack;
  let browser: Browser;
  const reposAs = (user: string): Repositories =>
    createRepositories(
      new PlanSite(
        spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken(user))),
        stack.emulator.siteUrl,
      ),
    );

  beforeAll(async () => {
    webDir = await snapshotWebDir();
    stack = await startLocalStack({
      spPort: 0,
      appPort: 0,
      dbFile: ':memory:',
      webDirs: [webDir],
      approvalSweepSeconds: 0,
    });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it('records the decision, publishes it for readers and shows every step in the audit trail', async () => {
    const app = createRepositories(stack.site);
    const staff = reposAs('staff');
    const resolver = stack.approvals.host.resolver;
    const approver = await resolver.actorFor(stack.approvals.connector.user('approver').oid);
    const owner = await resolver.actorFor(stack.approvals.connector.user('staff').oid);
    const plan = (await app.plans.byYear(2026))!;
    const [initiative] = await app.initiatives.byPlan(plan.id);
    await app.initiatives.update(initiative!.id, { ownerId: owner.siteUserId }, initiative!.etag!);
    await app.approverAssignments.assign(initiative!.id, approver.siteUserId, approver.siteUserId);

    const draft = await staff.followUps.add({
      planId: plan.id,
      initiativeId: initiative!.id,
      periodYear: 2026,
      period: 'T2',
      status: 'atRisk',
      progress: 55,
      summary: 'Informationsstrategin är förankrad i tre förvaltningar.',
      risks: 'Resursbrist under hösten.',
    });
    const submitted = await staff.followUps.submit(draft.id, draft.etag!, owner.siteUserId);
    const notify = await fetch(`${stack.app.url}/api/approvals/notify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await stack.emulator.issueToken('staff', API_AUDIENCE)}`,
      },
      body: JSON.stringify({ followUpId: submitted.id }),
    });
    expect(await notify.json()).toEqual({ sent: 1 });

    const page = await browser.newPage();

    page.setDefaultTimeout(60_000);
    await page.goto(`${stack.app.url}/inbox/?user=approver`);
    const card = page.locator('article', { hasText: 'Informationsstrategin är förankrad' });
    await card.getByRole('button', { name: 'Godkänn' }).waitFor({ timeout: 60_000 });
    await expect(card.textContent()).resolves.toContain('STK-2025-1042');

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () =>
      (await (globalThis as any).axe.run()).violations.map((v: any) => v.id),
    );
    expect(violations).toEqual([]);

    await card.getByRole('textbox').fill('Bra uppföljning.');
    await card.getByRole('button', { name: 'Godkänn' }).click();
    await card.getByText(/Godkänd av Karin Nilsson/).waitFor({ timeout: 60_000 });
    await expect(card.getByRole('button', { name: 'Godkänn' }).count()).resolves.toBe(0);
    // Answered once recorded; the completion queue then publishes, audits, replaces the card, tells staff.
    await stack.approvals.host.notifier.completions.idle();

    const staffPage = await browser.newPage();

    staffPage.setDefaultTimeout(60_000);
    await staffPage.goto(`${stack.app.url}/inbox/?user=staff`);
    await staffPage.getByText(/godkänd av Karin Nilsson/).waitFor({ timeout: 60_000 });

    const published = await reposAs('reader').published.byInitiative(initiative!.id);
    expect(published).toEqual([
      expect.objectContaining({
        followUpId: submitted.id,
        summary: 'Informationsstrategin är förankrad i tre förvaltningar.',
        decisionComment: 'Bra uppföljning.',
      }),
    ]);
    const trail = await app.audit.forItem('FollowUps', submitted.id);
    expect(trail.map((e) => e.action)).toEqual(['submit', 'cardSent', 'approve']);
    expect(trail.map((e) => e.actor)).toEqual(['Sara Lindqvist', 'app', 'Karin Nilsson']);
    expect((await app.audit.forItem('PublishedFollowUps', published[0]!.id)).map((e) => e.action)).toEqual([
      'publish',
    ]);
  });

  it('takes a follow-up staff submitted in the tab to the approver’s card and, approved, to readers', async () => {
    const app = createRepositories(stack.site);
    const resolver = stack.approvals.host.resolver;
    const approver = await resolver.actorFor(stack.approvals.connector.user('approver').oid);
    const owner = await resolver.actorFor(stack.approvals.connector.user('staff').oid);
    const plan = (await app.plans.byYear(2026))!;
    const initiative = (await app.initiatives.byPlan(plan.id))[1]!;
    await app.initiatives.update(initiative.id, { ownerId: owner.siteUserId }, initiative.etag!);
    await app.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);

    const tab = await browser.newPage();

    tab.setDefaultTimeout(60_000);
    await signIn(tab, stack.app.url, 'Sara Lindqvist');
    await tab.getByRole('link', { name: initiative.title }).click();
    await tab.getByRole('button', { name: 'Skriv uppföljning' }).click();
    await tab.getByLabel('Genomfört (%)').fill('30');
    await tab.getByLabel('Sammanfattning').fill('Kompetenskartläggningen är klar i två förvaltningar.');
    await tab.getByLabel('Risker').fill('Rekrytering drar ut på tiden.');
    await tab.getByRole('button', { name: 'Skicka för godkännande' }).click();
    await tab.getByText('Uppföljningen är inskickad för godkännande.').waitFor();
    const [submitted] = await app.followUps.byInitiative(initiative.id);
    expect(submitted).toMatchObject({ state: 'submitted', submittedById: owner.siteUserId });

    // The tab asked for the card as it submitted (issue 15): the sweep, the safety net, finds nothing to send.
    expect((await stack.approvals.host.notifier.sweep()).requested).toEqual([]);
    expect((await app.approvalCards.byFollowUp(submitted!.id)).map((c) => c.kind)).toEqual(['request']);

    const page = await browser.newPage();

    page.setDefaultTimeout(60_000);
    await page.goto(`${stack.app.url}/inbox/?user=approver`);
    const card = page.locator('article', { hasText: 'Kompetenskartläggningen är klar' });
    await card.getByRole('button', { name: 'Godkänn' }).click({ timeout: 60_000 });
    await card.getByText(/Godkänd av Karin Nilsson/).waitFor({ timeout: 60_000 });
    await stack.approvals.host.notifier.completions.idle();

    const published = await reposAs('reader').published.byInitiative(initiative.id);
    expect(published.map((p) => [p.followUpId, p.summary])).toEqual([
      [submitted!.id, 'Kompetenskartläggningen är klar i två förvaltningar.'],
    ]);
    const trail = await app.audit.forItem('FollowUps', submitted!.id);
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['submit', 'Sara Lindqvist'],
      ['cardSent', 'app'],
      ['approve', 'Karin Nilsson'],
    ]);
  });
});
