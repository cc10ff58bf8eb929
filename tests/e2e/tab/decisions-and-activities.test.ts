/// <reference lib="dom" />
import { t, type FollowUp, type Initiative } from '@devplan/core';
import { API_AUDIENCE } from '@devplan/local-stack';
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(240_000);

const tab = useTabStack();

/** Makes Karin Nilsson (approver) the approver of `initiative` and has Sara Lindqvist submit a follow-up for it. */
async function submittedFor(initiative: Initiative, summary: string): Promise<FollowUp> {
  const resolver = tab.stack.approvals.host.resolver;
  const approver = await resolver.actorFor(tab.stack.approvals.connector.user('approver').oid);
  const owner = await resolver.actorFor(tab.stack.approvals.connector.user('staff').oid);
  await tab.repos.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
  const staff = tab.reposAs('staff');
  const draft = await staff.followUps.add({
    planId: tab.plan.id,
    initiativeId: initiative.id,
    periodYear: 2026,
    period: 'T1',
    status: 'atRisk',
    progress: 40,
    summary,
    risks: 'Resursbrist under hösten.',
  });
  return staff.followUps.submit(draft.id, draft.etag!, owner.siteUserId);
}

describe('an approver deciding in the tab', () => {
  it('is told to write a comment before sending back, sends back, approves on the initiative page, and is told when someone decided first', async () => {
    const [a, b, c] = [tab.initiatives[5]!, tab.initiatives[6]!, tab.initiatives[7]!];
    const toApprove = await submittedFor(a, 'Behovsanalysen är klar.');
    const toSendBack = await submittedFor(b, 'Upphandlingen har inte startat.');
    const decidedElsewhere = await submittedFor(c, 'Piloten är igång i en förvaltning.');

    // Both languages and the dark theme, before anything is decided.
    for (const [lang, theme, name] of [
      ['en', 'dark', 'tab-approvals-en-dark'],
      ['sv', 'light', 'tab-approvals-sv-light'],
    ] as const) {
      const { context, page } = await newSession(tab.browser);
      await signIn(page, tab.stack.app.url, 'Karin Nilsson', `?lang=${lang}&theme=${theme}#/mine`);
      await page
        .getByText(lang === 'en' ? 'Upphandlingen har inte startat.' : 'Behovsanalysen är klar.')
        .waitFor();
      expect(await page.getByRole('button', { name: lang === 'en' ? 'Approve' : 'Godkänn' }).count()).toBe(3);
      expect([name, await axeViolations(page)]).toEqual([name, []]);
      await screenshot(page, name);
      await context.close();
    }

    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Karin Nilsson', '#/mine');
    const item = (text: string) => page.getByRole('listitem').filter({ hasText: text });

    // Send back without a comment: the message is next to the field and nothing is recorded.
    const sendBack = item('Upphandlingen har inte startat.');
    await sendBack.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await sendBack.getByText('Skriv en kommentar om varför uppföljningen skickas tillbaka.').waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await tab.repos.approvalDecisions.byFollowUp(toSendBack.id)).toEqual([]);
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-approval-comment-required-sv');

    await sendBack.getByLabel('Kommentar').fill('Beskriv tidplanen för upphandlingen.');
    await sendBack.getByRole('button', { name: 'Skicka tillbaka' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Skicka tillbaka uppföljningen?' });
    await confirm.waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-approval-confirm-sv');
    await confirm.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await page.getByText('Uppföljningen är skickad tillbaka till den som skrev den.').waitFor();
    await item('Upphandlingen har inte startat.').waitFor({ state: 'detached' });
    // Answered once recorded; the completion queue sets the State right after.
    await tab.stack.approvals.host.notifier.completions.idle();
    expect(await tab.repos.followUps.get(toSendBack.id)).toMatchObject({ state: 'sentBack' });
    expect(await tab.repos.approvalDecisions.byFollowUp(toSendBack.id)).toEqual([
      expect.objectContaining({ decision: 'sentBack', comment: 'Beskriv tidplanen för upphandlingen.' }),
    ]);

    // Approve on the initiative page.
    await page.goto(`${tab.stack.app.url}/tab/#/initiative/${a.id}`);
    const waiting = page.locator('section', {
      has: page.getByRole('heading', { name: 'Väntar på mitt godkännande' }),
    });
    const diagnosis = async () => {
      const text = await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 1500));
      const pending = await fetch(`${tab.stack.app.url}/api/approvals/pending`, {
        headers: { authorization: `Bearer ${await tab.stack.emulator.issueToken('approver', API_AUDIENCE)}` },
      }).then(async (r) => `${r.status} ${await r.text()}`);
      const state = await tab.repos.followUps.get(toApprove.id);
      return (
        `The page showed:\n${text}\nThe API answers: ${pending}\n` +
        `The follow-up: ${JSON.stringify(state)}\nThe page's URL: ${page.url()}`
      );
    };
    await waiting
      .getByText('Behovsanalysen är klar.')
      .waitFor()
      .catch(async (error: unknown) => {
        // Seen when several test runs shared the machine (never alone): keep what the page and the API showed,
        // then read the page once more; a second miss fails with the same diagnosis.
        await screenshot(page, 'failure-approve-on-initiative-page');
        console.warn(`The waiting follow-up did not show: ${String(error)}\n${await diagnosis()}`);
        await page.reload();
        await waiting
          .getByText('Behovsanalysen är klar.')
          .waitFor()
          .catch(async (again: unknown) => {
            throw new Error(`${String(again)}\n${await diagnosis()}`);
          });
      });
    await waiting.getByRole('button', { name: 'Godkänn' }).click();
    await page
      .getByRole('alertdialog', { name: 'Godkänna uppföljningen?' })
      .getByRole('button', { name: 'Godkänn' })
      .click();
    await page.getByText('Uppföljningen är godkänd och publiceras på intranätet.').waitFor();
    // Answered once recorded; the completion queue sets the State and publishes right after.
    await tab.stack.approvals.host.notifier.completions.idle();
    expect(await tab.repos.followUps.get(toApprove.id)).toMatchObject({ state: 'approved' });
    expect((await tab.repos.published.byInitiative(a.id)).map((p) => p.followUpId)).toEqual([toApprove.id]);
    // The tab read its data again as the decision was answered, maybe before the queue wrote the audit entry.
    await page
      .getByText(/Karin Nilsson godkände Uppföljningar/)
      .waitFor({ timeout: 5_000 })
      .catch(async () => {
        await page.reload();
        await page.getByText(/Karin Nilsson godkände Uppföljningar/).waitFor();
      });
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-initiative-approved-sv');

    // Someone decides through the API while the page still offers the buttons: the tab says so.
    await page.goto(`${tab.stack.app.url}/tab/#/mine`);
    const stale = item('Piloten är igång i en förvaltning.');
    await stale.getByRole('button', { name: 'Godkänn' }).waitFor();
    const elsewhere = await fetch(`${tab.stack.app.url}/api/approvals/decisions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tab.stack.emulator.issueToken('approver', API_AUDIENCE)}`,
      },
      body: JSON.stringify({
        followUpId: decidedElsewhere.id,
        version: Number(/\d+/.exec(decidedElsewhere.etag!)![0]),
        decision: 'approved',
        comment: '',
      }),
    });
    expect(elsewhere.status).toBe(201);
    await stale.getByLabel('Kommentar').fill('Saknar effekter.');
    await stale.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await page
      .getByRole('alertdialog', { name: 'Skicka tillbaka uppföljningen?' })
      .getByRole('button', { name: 'Skicka tillbaka' })
      .click();
    await page.getByRole('alert').filter({ hasText: 'redan beslutad av Karin Nilsson' }).waitFor();
    await stale.waitFor({ state: 'detached' });
    await tab.stack.approvals.host.notifier.completions.idle();
    expect(await tab.repos.followUps.get(decidedElsewhere.id)).toMatchObject({ state: 'approved' });
    await screenshot(page, 'tab-approval-already-decided-sv');
    await context.close();
  });

  it('offers nothing to decide to someone who is not the approver, and the API refuses them anyway', async () => {
    const target = tab.initiatives[8]!;
    const followUp = await submittedFor(target, 'Förstudien är godkänd av styrgruppen.');
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Omar Haddad', `#/initiative/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.getByText('Förstudien är godkänd av styrgruppen.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
    await page.goto(`${tab.stack.app.url}/tab/#/mine`);
    await page.getByText('Inga uppföljningar väntar på ditt godkännande.').waitFor();
    const refused = await fetch(`${tab.stack.app.url}/api/approvals/decisions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tab.stack.emulator.issueToken('staff2', API_AUDIENCE)}`,
      },
      body: JSON.stringify({ followUpId: followUp.id, version: 2, decision: 'approved', comment: '' }),
    });
    expect(refused.status).toBe(403);
    expect(await tab.repos.followUps.get(followUp.id)).toMatchObject({ state: 'submitted' });
    await context.close();
  });
});

describe('activities in the tab', () => {
  it('are added (after a validation error), edited and deleted after confirmation, each step in the audit trail', async () => {
    const target = tab.initiatives[9]!;
    const seeded = (await tab.repos.activities.byInitiative(target.id))[0]!;
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist', `#/initiative/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();

    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await page.getByRole('heading', { level: 1, name: `Ny aktivitet: ${target.title}` }).waitFor();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Inget har sparats. Rätta 1 markerat fält.').waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-new-activity-validation-sv');
    await page.getByLabel(/^Aktivitet/).fill('Utbilda förvaltningarnas kontaktpersoner');
    await page.getByLabel('Status').selectOption('ongoing');
    await page.getByLabel('Klart senast').fill('2026-11-30');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Aktiviteten är tillagd.').waitFor();
    const added = (await tab.repos.activities.byInitiative(target.id)).find(
      (x) => x.title === 'Utbilda förvaltningarnas kontaktpersoner',
    )!;
    expect(added).toMatchObject({ status: 'ongoing', due: '2026-11-30', initiativeId: target.id });

    // Edit a seeded activity: the trail names what changed.
    await page.getByRole('link', { name: `Redigera: ${seeded.title}` }).click();
    await page.getByLabel('Status').selectOption('done');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Aktiviteten är sparad.').waitFor();

    await page.getByRole('button', { name: 'Ta bort: Utbilda förvaltningarnas kontaktpersoner' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Ta bort aktiviteten?' });
    await dialog.waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-delete-activity-sv-light');
    await dialog.getByRole('button', { name: 'Ta bort aktiviteten' }).click();
    await page.getByText('Aktiviteten ”Utbilda förvaltningarnas kontaktpersoner” är borttagen.').waitFor();
    await expect(tab.repos.activities.get(added.id)).rejects.toMatchObject({ status: 404 });

    await page
      .getByText(/Sara Lindqvist tog bort Aktiviteter: Utbilda förvaltningarnas kontaktpersoner/)
      .waitFor();
    await page
      .getByText(/Sara Lindqvist skapade Aktiviteter: Utbilda förvaltningarnas kontaktpersoner/)
      .waitFor();
    await page.getByText(new RegExp(`Sara Lindqvist ändrade Aktiviteter: ${seeded.title}`)).waitFor();
    await page.getByText(`Status: ${t('sv', `activityStatus.${seeded.status}`)} → Klar`).waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-initiative-audit-sv-light');

    const trail = (await tab.repos.audit.forItem('Initiatives', target.id)).filter(
      (e) => e.details['list'] === 'Activities',
    );
    expect(trail.map((e) => [e.action, e.actor, e.details['itemId']])).toEqual([
      ['create', 'Sara Lindqvist', added.id],
      ['baseline', expect.any(String), seeded.id],
      ['update', 'Sara Lindqvist', seeded.id],
      ['delete', 'Sara Lindqvist', added.id],
    ]);
    await context.close();
  });

  it('has no axe violations in the new-activity form in English with the dark theme', async () => {
    const target = tab.initiatives[10]!;
    const { context, page } = await newSession(tab.browser);
    await signIn(
      page,
      tab.stack.app.url,
      'Omar Haddad',
      `?lang=en&theme=dark#/initiative/${target.id}/activity/new`,
    );
    await page.getByRole('heading', { level: 1, name: `New activity: ${target.title}` }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Nothing was saved\./).waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-new-activity-en-dark');
    await context.close();
  });
});

describe('the audit route', () => {
  it('refuses to enter a change in someone else’s name and a deletion of an item that still exists', async () => {
    const target = tab.initiatives[11]!;
    const activity = (await tab.repos.activities.byInitiative(target.id))[0]!;
    await tab.reposAs('staff').activities.update(activity.id, { responsible: 'Sara' }, activity.etag!);
    const ask = async (user: string, body: unknown) => {
      const response = await fetch(`${tab.stack.app.url}/api/audit/changes`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tab.stack.emulator.issueToken(user, API_AUDIENCE)}`,
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { code?: string; status?: string } };
    };
    expect(await ask('staff2', { list: 'Activities', itemId: activity.id })).toMatchObject({
      status: 403,
      body: { code: 'audit.notEditor' },
    });
    expect(
      await ask('staff', { list: 'Activities', itemId: activity.id, deleted: true, initiativeId: target.id }),
    ).toMatchObject({ status: 409, body: { code: 'audit.notDeleted' } });
    expect(
      (await fetch(`${tab.stack.app.url}/api/audit/changes`, { method: 'POST', body: '{}' })).status,
    ).toBe(401);
    expect(await ask('staff', { list: 'Activities', itemId: activity.id })).toMatchObject({
      status: 201,
      body: { status: 'recorded' },
    });
    expect(await ask('staff', { list: 'Activities', itemId: activity.id })).toMatchObject({
      status: 200,
      body: { status: 'unchanged' },
    });
  });
});

describe('a card at submit (issue 15)', () => {
  it('reaches the approver’s chat, with its buttons, by the time the tab says the follow-up is submitted', async () => {
    const resolver = tab.stack.approvals.host.resolver;
    const approver = await resolver.actorFor(tab.stack.approvals.connector.user('approver').oid);
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist');
    const times: number[] = [];
    for (const initiative of [tab.initiatives[10]!, tab.initiatives[11]!, tab.initiatives[12]!]) {
      await tab.repos.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
      await page.goto(`${tab.stack.app.url}/tab/#/initiative/${initiative.id}`);
      await page.getByRole('button', { name: 'Skriv uppföljning' }).click();
      await page.getByLabel('Genomfört (%)').fill('30');
      await page.getByLabel('Sammanfattning').fill(`Kortet skickas direkt (${initiative.id}).`);
      const started = Date.now();
      await page.getByRole('button', { name: 'Skicka för godkännande' }).click();
      await page.getByText('Uppföljningen är inskickad för godkännande.').waitFor();
      times.push(Date.now() - started);
      // No waiting: the tab asked for the card before it said "submitted" (the sweep is only the safety net).
      const [followUp] = await tab.repos.followUps.byInitiative(initiative.id);
      const inbox = (await fetch(
        `${tab.stack.approvals.connector.origin}/_connector/inbox?user=approver`,
      ).then((r) => r.json())) as {
        activity: {
          attachments?: {
            content?: {
              actions?: { verb: string }[];
              refresh?: { action: { data: { followUpId: number } } };
            };
          }[];
        };
      }[];
      const cards = inbox
        .map((m) => m.activity.attachments?.[0]?.content)
        .filter((c) => c?.refresh?.action.data.followUpId === followUp!.id);
      expect(cards.map((c) => c!.actions?.map((a) => a.verb))).toEqual([['approve', 'sendBack']]);
    }
    times.sort((a, b) => a - b);
    console.log(
      `submit → card in the approver's chat (3 submits): median ${times[1]} ms (${times.join(', ')} ms)`,
    );
    await context.close();
  });
});
