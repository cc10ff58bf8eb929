/// <reference lib="dom" />
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(240_000);

const tab = useTabStack();

/**
 * Issue 15: delegation in the tab. An approver names a deputy for a range of days in "Mitt arbete"; the
 * deputy sees for whom they act, there and on the follow-up waiting for a decision; the approver ends it
 * early after confirming, and the deputy no longer decides. Both languages pass axe.
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
});
