import { PermissionError } from '@devplan/core';
import { axeViolations, hiddenAroundMain, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(180_000);

const tab = useTabStack();

describe('two staff members editing the same initiative', () => {
  it('gives the second one the conflict dialog, which shows what changed and reapplies their change on top', async () => {
    const target = tab.initiatives[1]!;
    const first = await newSession(tab.browser);
    const second = await newSession(tab.browser);
    await signIn(first.page, tab.stack.app.url, 'Sara Lindqvist', `#/initiative/${target.id}/edit`);
    await signIn(second.page, tab.stack.app.url, 'Omar Haddad', `#/initiative/${target.id}/edit`);
    for (const { page } of [first, second])
      await page.getByRole('heading', { level: 1, name: `Redigera insats: ${target.title}` }).waitFor();

    await first.page.getByLabel('Ansvarig enhet').fill('IT-avdelningen');
    await first.page.getByRole('button', { name: 'Spara' }).click();
    await first.page.getByText('Insatsen är sparad.').waitFor();

    await second.page.getByLabel('Investeringsbehov').fill('2 mnkr för licenser 2026.');
    await second.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = second.page.getByRole('alertdialog', { name: 'Någon annan hann spara först' });
    await dialog.waitFor();
    await dialog.getByRole('cell', { name: 'IT-avdelningen' }).waitFor();
    await dialog.getByRole('cell', { name: '2 mnkr för licenser 2026.' }).waitFor();
    // Nothing was overwritten: SharePoint still holds the first person's version only.
    expect(await tab.repos.initiatives.get(target.id)).toMatchObject({
      responsibleUnit: 'IT-avdelningen',
      investmentNeed: '',
    });
    expect(await axeViolations(second.page)).toEqual([]);
    await screenshot(second.page, 'tab-conflict-dialog-sv');

    await dialog.getByRole('button', { name: 'Spara mina ändringar ovanpå' }).click();
    await second.page.getByText('Insatsen är sparad.').waitFor();
    // Back on the initiative page, the closed dialog left nothing hidden from assistive technology.
    await second.page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await hiddenAroundMain(second.page)).toEqual([]);
    expect(await axeViolations(second.page)).toEqual([]);
    expect(await tab.repos.initiatives.get(target.id)).toMatchObject({
      responsibleUnit: 'IT-avdelningen',
      investmentNeed: '2 mnkr för licenser 2026.',
      description: target.description,
      goal: target.goal,
      sortOrder: target.sortOrder,
    });
    await first.context.close();
    await second.context.close();
  });

  it('lets the second one reload instead, dropping their change', async () => {
    const target = tab.initiatives[2]!;
    const first = await newSession(tab.browser);
    const second = await newSession(tab.browser);
    await signIn(first.page, tab.stack.app.url, 'Sara Lindqvist', `#/initiative/${target.id}/edit`);
    await signIn(second.page, tab.stack.app.url, 'Omar Haddad', `#/initiative/${target.id}/edit`);
    await first.page.getByLabel('Kritiska faktorer').fill('Tillgång till arkitekter.');
    await first.page.getByRole('button', { name: 'Spara' }).click();
    await first.page.getByText('Insatsen är sparad.').waitFor();

    await second.page.getByLabel('Kritiska faktorer').fill('Något annat.');
    await second.page.getByRole('button', { name: 'Spara' }).click();
    const dialog = second.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Ladda om och släpp mina ändringar' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await second.page.getByLabel('Kritiska faktorer').inputValue()).toBe('Tillgång till arkitekter.');
    expect((await tab.repos.initiatives.get(target.id)).criticalFactors).toBe('Tillgång till arkitekter.');
    await first.context.close();
    await second.context.close();
  });
});

describe('leaving an edit form with unsaved changes', () => {
  it('asks first, and after "discard" the initiative page is whole for assistive technology', async () => {
    const target = tab.initiatives[4]!;
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist', `#/initiative/${target.id}/edit`);
    await page.getByRole('heading', { level: 1, name: `Redigera insats: ${target.title}` }).waitFor();
    await page.getByLabel('Kritiska faktorer').fill('Inte sparat.');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Osparade ändringar' });
    await dialog.getByRole('button', { name: 'Släpp ändringarna' }).click();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await hiddenAroundMain(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect((await tab.repos.initiatives.get(target.id)).criticalFactors).toBe(target.criticalFactors);
    await context.close();
  });
});

describe('a reader in the tab', () => {
  it('sees no edit controls, no drafts of others, and is refused writes by the data layer', async () => {
    const target = tab.initiatives[3]!;
    await tab.repos.followUps.add({
      planId: tab.plan.id,
      initiativeId: target.id,
      periodYear: 2026,
      period: 'T2',
      status: 'atRisk',
      progress: 10,
      summary: 'Hemligt utkast från personalen.',
    });

    for (const [lang, theme] of [
      ['', ''],
      ['en', ''],
      ['en', 'dark'],
      ['', 'highContrast'],
    ] as const) {
      const { context, page } = await newSession(tab.browser);
      const query = `?${new URLSearchParams({ ...(lang ? { lang } : {}), ...(theme ? { theme } : {}) })}#/initiative/${target.id}`;
      await signIn(page, tab.stack.app.url, 'Lars Persson', query);
      await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
      await page
        .getByText(
          lang === 'en'
            ? 'You have read access and cannot change the plan.'
            : 'Du har läsbehörighet och kan inte ändra planen.',
        )
        .waitFor();
      expect(
        await page.getByRole('button', { name: /Skriv uppföljning|Write a follow-up|Redigera|Edit/ }).count(),
      ).toBe(0);
      expect(await page.getByRole('link', { name: /Redigera|Edit/ }).count()).toBe(0);
      expect(await page.getByText('Hemligt utkast från personalen.').count()).toBe(0);
      await page.getByText(/Skapad|Created/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `tab-reader-initiative-${lang || 'sv'}${theme ? `-${theme}` : ''}`);

      await page.goto(`${tab.stack.app.url}/tab/${query.replace(/#.*/, '')}#/initiative/${target.id}/edit`);
      await page.getByRole('heading', { level: 1, name: /Du kan inte redigera|You cannot edit/ }).waitFor();
      await context.close();
    }

    const asReader = tab.reposAs('reader');
    const current = await asReader.initiatives.get(target.id);
    await expect(
      asReader.initiatives.update(target.id, { goal: 'Ändrat av en läsare' }, current.etag!),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(asReader.followUps.byInitiative(target.id)).rejects.toBeInstanceOf(PermissionError);
  });
});
