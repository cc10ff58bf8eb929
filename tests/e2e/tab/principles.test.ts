/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(300_000);

const tab = useTabStack();

/** Gives one self-assessment through the page's form and waits for it to be saved. */
async function assess(page: Page, administration: string, principle: string, level: string, comment: string) {
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: 'Lämna förvaltningens självskattning' }) });
  await form.locator('#principle-administration').selectOption(administration);
  await form.locator('#principle-principle').selectOption(principle);
  await form.locator('#principle-level').selectOption({ label: level });
  await form.locator('#principle-comment').fill(comment);
  await form.getByRole('button', { name: 'Spara skattningen' }).click();
  await page.getByText(`Självskattningen för ${administration}, ${principle} är sparad: ${level}.`).waitFor();
}

/**
 * Issue 13: the follow-up of the principles in the tab. A plan administrator opens a round (confirmed first);
 * two members give two administrations' self-assessments; the service committee's matrix administrations ×
 * principles shows them, "Saknas" written in every cell without one, and what is missing in words; it scrolls
 * sideways inside a labelled region on a narrow screen. Axe in Swedish and English.
 */
describe('the principles in the administrations, in the tab', () => {
  it('opens a round, takes two administrations’ assessments and shows the matrix with what is missing', async () => {
    const maria = await newSession(tab.browser);
    const admin = maria.page;
    await signIn(admin, tab.stack.app.url, 'Maria Ek', '#/principles');
    await admin.getByRole('heading', { name: 'Principerna i förvaltningarna', level: 1 }).waitFor();
    await admin.getByText('Ingen omgång är öppnad för planen 2026 ännu.').waitFor();
    await admin.getByLabel('Den nya omgångens namn').fill('T2 2026');
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    const confirm = admin.getByRole('alertdialog', { name: 'Öppna en omgång' });
    await confirm.getByText(/Öppna omgången T2 2026\?/).waitFor();
    await confirm.getByRole('button', { name: 'Öppna omgången' }).click();
    await admin.getByText('Omgången T2 2026 är öppen.').waitFor();

    const sara = await newSession(tab.browser);
    await signIn(sara.page, tab.stack.app.url, 'Sara Lindqvist', '#/principles');
    await sara.page.getByText(/Omgången T2 2026 är öppen sedan/).waitFor();
    for (const [principle, level] of [
      ['Digitalisering med omtanke', '3 – Etablerat'],
      ['Skapa värde på nya sätt', '2 – Påbörjat'],
      ['Människors behov i centrum', '3 – Etablerat'],
      ['Samarbete över gränserna', '4 – Fullt integrerat'],
    ] as const)
      await assess(sara.page, 'Förskolenämnden', principle, level, `Förskolan: ${principle.toLowerCase()}.`);

    const omar = await newSession(tab.browser);
    await signIn(omar.page, tab.stack.app.url, 'Omar Haddad', '#/principles');
    await assess(
      omar.page,
      'Kulturnämnden',
      'Digitalisering med omtanke',
      '2 – Påbörjat',
      'Biblioteken först.',
    );
    await assess(omar.page, 'Kulturnämnden', 'Människors behov i centrum', '1 – Inte påbörjat', 'Nästa år.');

    // The service committee's view, as the administrator reads it.
    await admin.reload();
    const matrix = admin.getByRole('table', {
      name: 'Förvaltningarnas självskattning per princip, omgång T2 2026',
    });
    await matrix.waitFor();
    const row = (name: string) =>
      matrix.getByRole('row').filter({ has: admin.getByRole('rowheader', { name }) });
    expect(await row('Förskolenämnden').getByRole('cell').allInnerTexts()).toEqual([
      '3 – Etablerat\nFörskolan: digitalisering med omtanke.',
      '2 – Påbörjat\nFörskolan: skapa värde på nya sätt.',
      '3 – Etablerat\nFörskolan: människors behov i centrum.',
      '4 – Fullt integrerat\nFörskolan: samarbete över gränserna.',
    ]);
    expect(await row('Kulturnämnden').getByRole('cell').allInnerTexts()).toEqual([
      '2 – Påbörjat\nBiblioteken först.',
      'Saknas',
      '1 – Inte påbörjat\nNästa år.',
      'Saknas',
    ]);
    expect(await row('Valnämnden').getByRole('cell').allInnerTexts()).toEqual(Array(4).fill('Saknas'));
    await admin.getByText('6 av 56 skattningar är lämnade (1 förvaltning är klar).').waitFor();
    await admin.getByText(/^Ingen skattning ännu från 12 förvaltningar: /).waitFor();
    await admin
      .getByText('Kulturnämnden saknar Skapa värde på nya sätt, Samarbete över gränserna.')
      .waitFor();
    expect([await axeViolations(admin)]).toEqual([[]]);
    await screenshot(admin, 'tab-principles-sv');

    // A narrow screen: the table scrolls sideways inside its labelled region, which the keyboard reaches.
    await admin.setViewportSize({ width: 380, height: 900 });
    const region = admin.getByRole('region', {
      name: /Matrisen förvaltningar och principer, omgång T2 2026/,
    });
    expect(await region.evaluate((el) => [el.scrollWidth > el.clientWidth, el.tabIndex])).toEqual([true, 0]);
    expect([await axeViolations(admin)]).toEqual([[]]);
    await admin.setViewportSize({ width: 1280, height: 900 });

    // Closing the round is confirmed, with how much is given; then no one can give more.
    await admin.getByRole('button', { name: 'Stäng omgången T2 2026' }).click();
    const closing = admin.getByRole('alertdialog', { name: 'Stäng omgången' });
    await closing.getByText(/6 av 56 skattningar är lämnade/).waitFor();
    await closing.getByRole('button', { name: 'Stäng omgången' }).click();
    await admin.getByText('Omgången T2 2026 är stängd.').waitFor();
    await sara.page.reload();
    await sara.page.getByText(/Ingen omgång är öppen\. Förvaltningarna kan lämna/).waitFor();
    const round = (await tab.repos.principleRounds.byPlan(tab.plan.id))[0]!;
    expect(round.state).toBe('closed');
    expect(await tab.repos.principleAssessments.byRound(round.id)).toHaveLength(6);

    // English.
    await admin.goto(`${tab.stack.app.url}/tab/?lang=en#/principles`);
    await admin.getByRole('heading', { name: 'The principles in the administrations', level: 1 }).waitFor();
    await admin
      .getByRole('table', { name: "The administrations' self-assessment per principle, round T2 2026" })
      .waitFor();
    await admin.getByText('6 of 56 assessments given (1 administration is done).').waitFor();
    expect([await axeViolations(admin)]).toEqual([[]]);
    await screenshot(admin, 'tab-principles-en');

    // A reader is not offered the page, and is shown the overview when asking for it.
    const lars = await newSession(tab.browser);
    await signIn(lars.page, tab.stack.app.url, 'Lars Persson', '#/principles');
    expect(await lars.page.getByRole('link', { name: 'Principer' }).count()).toBe(0);
    expect(await lars.page.getByRole('heading', { name: 'Principerna i förvaltningarna' }).count()).toBe(0);

    for (const session of [maria, sara, omar, lars]) await session.context.close();
  });
});
