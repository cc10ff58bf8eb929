/// <reference lib="dom" />
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(240_000);

const tab = useTabStack();

/**
 * Issue 15: delegation in the tab. An approver names a deputy for a range of days in "Mitt arbete"; the
 * deputy sees for whom they act, there and on the follow-up waiting for a decision; the approver ends it
 * early after confirming, and the deputy no longer decides. A plan administrator does the same for an
 * approver and sets the plan's reminder days. Both languages pass axe.
 */
describe('a deputy named in the tab', () => {
  it('is named by the approver, decides as their deputy while it lasts, and stops when it is ended', async () => {
    const resolver = tab.stack.approvals.host.resolver;
    const connector = tab.stack.approvals.connector;
    const approver = await resolver.actorFor(connector.user('approver').oid);
    const owner = await resolver.actorFor(connector.user('staff').oid);
    const initiative = tab.initiatives[3]!;
    await tab.repos.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
    const staff = tab.reposAs('staff');
    const draft = await staff.followUps.add({
      planId: tab.plan.id,
      initiativeId: initiative.id,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 50,
      summary: 'Ersättaren kan besluta om den här.',
    });
    await staff.followUps.submit(draft.id, draft.etag, owner.siteUserId);

    // The approver names Erik Johansson from today for a week.
    const karin = await newSession(tab.browser);
    await signIn(karin.page, tab.stack.app.url, 'Karin Nilsson', '#/mine');
    const section = karin.page.getByRole('region', { name: 'Ersättare' });
    await section.getByText('Du har ingen ersättare utsedd.', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Utse ersättare' }).click();
    await section.getByText('Välj en ersättare.').waitFor();
    await section.getByLabel('Ersättare').selectOption({ label: 'Erik Johansson' });
    await section.getByRole('button', { name: 'Utse ersättare' }).click();
    await section.getByText(/Erik Johansson är din ersättare .* \(pågår nu\)\./).waitFor();
    expect(await tab.repos.delegations.byApprover(approver.siteUserId)).toHaveLength(1);
    expect([await axeViolations(karin.page)]).toEqual([[]]);
    await screenshot(karin.page, 'tab-delegation-named-sv');

    // Overlapping days are refused next to the field, and nothing more is stored.
    await section.getByLabel('Ersättare').selectOption({ label: 'Omar Haddad' });
    await section.getByRole('button', { name: 'Utse ersättare' }).click();
    await section.getByText(/Du har redan en ersättare under några av de dagarna/).waitFor();
    expect(await tab.repos.delegations.byApprover(approver.siteUserId)).toHaveLength(1);

    // The deputy sees for whom they act, and decides the waiting follow-up as the deputy.
    const erik = await newSession(tab.browser);
    await signIn(erik.page, tab.stack.app.url, 'Erik Johansson', '?lang=en&theme=dark#/mine');
    await erik.page.getByText(/You are the deputy of Karin Nilsson .* \(now\)\./).waitFor();
    await erik.page.getByText('You decide as the deputy of Karin Nilsson.').waitFor();
    expect([await axeViolations(erik.page)]).toEqual([[]]);
    await screenshot(erik.page, 'tab-delegation-deputy-en-dark');

    // The approver ends it after confirming: from today the deputy decides nothing.
    await section.getByRole('button', { name: 'Avsluta' }).click();
    const confirm = karin.page.getByRole('alertdialog', { name: 'Avsluta uppdraget som ersättare?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Avsluta' }).click();
    await section.getByText('Erik Johansson är inte längre din ersättare.').waitFor();
    expect(await tab.repos.delegations.byApprover(approver.siteUserId)).toEqual([]);
    await erik.page.reload();
    await erik.page.getByRole('heading', { name: 'Waiting for my approval' }).waitFor();
    await erik.page.getByText('No follow-ups wait for your approval.').waitFor();
    expect(await erik.page.getByText('You decide as the deputy of Karin Nilsson.').count()).toBe(0);
    await karin.context.close();
    await erik.context.close();
  });

  it('is named and ended by a plan administrator for an approver, who also sets the plan’s reminder days', async () => {
    const resolver = tab.stack.approvals.host.resolver;
    const connector = tab.stack.approvals.connector;
    const approver = await resolver.actorFor(connector.user('approver').oid);
    await tab.repos.approverAssignments.assign(
      tab.initiatives[3]!.id,
      approver.siteUserId,
      approver.siteUserId,
    );
    expect(await tab.repos.delegations.byApprover(approver.siteUserId)).toEqual([]);

    // Maria Ek (a plan administrator, no approver herself) names Erik Johansson as Karin Nilsson's deputy.
    const maria = await newSession(tab.browser);
    await signIn(maria.page, tab.stack.app.url, 'Maria Ek', '#/mine');
    const admin = maria.page.getByRole('region', { name: 'Ersättare för en godkännare', exact: true });
    await admin.getByLabel('Godkännare', { exact: true }).selectOption({ label: 'Karin Nilsson' });
    await admin.getByText('Karin Nilsson har ingen ersättare utsedd.').waitFor();
    await admin.getByLabel('Ersättare', { exact: true }).selectOption({ label: 'Erik Johansson' });
    await admin.getByRole('button', { name: 'Utse ersättare' }).click();
    await admin.getByText(/Erik Johansson är ersättare för Karin Nilsson .* \(pågår nu\)\./).waitFor();
    const [given] = await tab.repos.delegations.byApprover(approver.siteUserId);
    expect(given).toMatchObject({
      deputyId: (await resolver.actorFor(connector.user('deputy').oid)).siteUserId,
    });
    const audited = await tab.repos.audit.forItem('Delegations', given!.id);
    expect(audited.map((e) => [e.action, e.actor, e.details['approver']])).toEqual([
      ['delegate', 'Maria Ek', 'Karin Nilsson'],
    ]);

    // The plan's reminder days, in the same view: a reminder that is not before the escalation is refused.
    const reminders = maria.page.getByRole('region', { name: 'Påminnelser för planen' });
    await reminders
      .getByText(/Gäller nu: påminnelse efter 3 dagar, till ersättarna efter 6 dagar \(appens standard\)/)
      .waitFor();
    await reminders.getByLabel('Påminn godkännaren efter (dagar)').fill('5');
    await reminders.getByLabel('Skicka till ersättarna efter (dagar)').fill('5');
    await reminders.getByRole('button', { name: 'Spara påminnelser' }).click();
    await reminders
      .getByText('Dagarna tills kortet går till ersättarna måste vara fler än dagarna till påminnelsen.')
      .waitFor();
    expect(await tab.repos.plans.get(tab.plan.id)).toMatchObject({
      remindAfterDays: null,
      escalateAfterDays: null,
    });
    await reminders.getByLabel('Skicka till ersättarna efter (dagar)').fill('10');
    await reminders.getByRole('button', { name: 'Spara påminnelser' }).click();
    await reminders.getByText('Påminnelserna för planen är sparade.').waitFor();
    await reminders
      .getByText(/efter 5 dagar, till ersättarna efter 10 dagar \(planens egna dagar\)/)
      .waitFor();
    expect(await tab.repos.plans.get(tab.plan.id)).toMatchObject({
      remindAfterDays: 5,
      escalateAfterDays: 10,
    });
    expect([await axeViolations(maria.page)]).toEqual([[]]);
    await screenshot(maria.page, 'tab-delegation-admin-sv');

    // Karin sees the deputy Maria named for her.
    const karin = await newSession(tab.browser);
    await signIn(karin.page, tab.stack.app.url, 'Karin Nilsson', '#/mine');
    await karin.page.getByText(/Erik Johansson är din ersättare .* \(pågår nu\)\./).waitFor();

    // In English, Maria ends it after confirming.
    const mariaEn = await newSession(tab.browser);
    await signIn(mariaEn.page, tab.stack.app.url, 'Maria Ek', '?lang=en#/mine');
    const adminEn = mariaEn.page.getByRole('region', { name: 'Deputies of an approver', exact: true });
    await adminEn.getByLabel('Approver', { exact: true }).selectOption({ label: 'Karin Nilsson' });
    await adminEn.getByText(/Erik Johansson is the deputy of Karin Nilsson .* \(now\)\./).waitFor();
    await mariaEn.page
      .getByRole('region', { name: 'Reminders for the plan' })
      .getByText(/a reminder after 5 days, to the deputies after 10 days \(the plan’s own days\)/)
      .waitFor();
    expect([await axeViolations(mariaEn.page)]).toEqual([[]]);
    await adminEn.getByRole('button', { name: 'End' }).click();
    const confirm = mariaEn.page.getByRole('alertdialog', { name: 'End the deputyship?' });
    await confirm.getByText(/Erik Johansson stops being the deputy of Karin Nilsson/).waitFor();
    await confirm.getByRole('button', { name: 'End' }).click();
    await adminEn.getByText('Erik Johansson is no longer the deputy of Karin Nilsson.').waitFor();
    await adminEn.getByText('Karin Nilsson has no deputy.').waitFor();
    expect(await tab.repos.delegations.byApprover(approver.siteUserId)).toEqual([]);
    expect([await axeViolations(mariaEn.page)]).toEqual([[]]);
    await screenshot(mariaEn.page, 'tab-delegation-admin-en');
    await maria.context.close();
    await karin.context.close();
    await mariaEn.context.close();
  });
});
