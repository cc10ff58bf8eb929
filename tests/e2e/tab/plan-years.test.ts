/// <reference lib="dom" />
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(300_000);

const tab = useTabStack();

/**
 * Issue 13: the yearly cycle in the tab. A plan administrator creates the 2027 plan from 2026 carrying five
 * initiatives forward, then records the decision chain step by step; a reader does not see 2027 (not even by
 * asking for it in the URL) until the executive board has approved it, and 2026 stays readable. Axe in sv and en.
 */
describe('plan years in the tab', () => {
  it('creates 2027 from 2026, adopts it step by step, and shows it to readers only after KS', async () => {
    const maria = await newSession(tab.browser);
    await signIn(maria.page, tab.stack.app.url, 'Maria Ek', '#/plans');
    const page = maria.page;
    await page.getByRole('heading', { name: 'Planår och beslut' }).waitFor();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nytt planår' }) });
    await form.getByLabel('Diarienummer').fill('STK-2026-1187');
    const carry = form.getByRole('group', { name: 'Insatser som fortsätter' });
    await carry.getByRole('checkbox').first().waitFor();
    for (let i = 0; i < 5; i++) await carry.getByRole('checkbox').nth(i).check();
    await carry.getByText('5 insatser valda').waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-plan-years-new-sv');
    await form.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByText(/Utkastet till planen 2027 är skapat: 3 fokusområden, 5 insatser\./).waitFor();
    await page.getByText('Utvecklingsplanen 2027', { exact: true }).waitFor();
    await page.getByText(/Det här är ett utkast/).waitFor();
    const plan2027 = (await tab.repos.plans.byYear(2027))!;
    expect(plan2027.status).toBe('draft');
    expect((await tab.repos.initiatives.byPlan(plan2027.id)).map((i) => i.carriedFromId)).toEqual(
      tab.initiatives.slice(0, 5).map((i) => i.id),
    );

    // A carried initiative shows its 2026 follow-ups from the 2027 page.
    await tab.reposAs('staff').followUps.add({
      planId: tab.plan.id,
      initiativeId: tab.initiatives[0]!.id,
      periodYear: 2026,
      period: 'T2',
      status: 'onTrack',
      progress: 60,
      summary: 'Strategin förankrad i tre förvaltningar.',
    });
    const carried = (await tab.repos.initiatives.byPlan(plan2027.id))[0]!;
    await page.goto(`${tab.stack.app.url}/tab/?plan=2027#/initiative/${carried.id}`);
    const earlier = page.getByRole('region', { name: 'Tidigare år' });
    await earlier.getByText(/Strategin förankrad i tre förvaltningar\./).waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await page.goto(`${tab.stack.app.url}/tab/?plan=2027#/plans`);
    await page.getByRole('heading', { name: 'Planår och beslut' }).waitFor();

    // The draft's content: a new area with an initiative, a move, a retirement; the plan's details.
    const content = page.getByRole('region', { name: 'Planens innehåll' });
    await content.getByLabel('Fokusområdets namn').fill('Digital samverkan');
    await content.getByRole('button', { name: 'Lägg till fokusområdet' }).click();
    await content.getByText('Fokusområdet Digital samverkan är tillagt.').waitFor();
    const newArea = content.getByRole('region', { name: 'Digital samverkan' });
    await newArea.getByLabel('Ny insats i Digital samverkan').fill('Gemensam e-tjänsteplattform');
    await newArea.getByRole('button', { name: 'Lägg till insatsen' }).click();
    await content.getByText('Insatsen Gemensam e-tjänsteplattform är tillagd.').waitFor();
    const [first, second] = tab.initiatives;
    await content.getByRole('button', { name: `Flytta ned ${first!.title}` }).click();
    await content.getByText('Ordningen är sparad.').waitFor();
    await content.getByRole('button', { name: `Avveckla ${second!.title}` }).click();
    const retire = page.getByRole('alertdialog', { name: 'Avveckla insatsen?' });
    await retire.waitFor();
    await retire.getByRole('button', { name: 'Avveckla' }).click();
    await content.getByText(`${second!.title} är avvecklad.`).waitFor();
    await content.getByRole('button', { name: 'Ändra fokusområdet Digital samverkan' }).click();
    await newArea.getByLabel('Förflyttningar på sikt').fill('Fler tjänster byggs en gång för hela staden.');
    await newArea.getByRole('button', { name: 'Spara fokusområdet' }).click();
    await content.getByText('Fokusområdet Digital samverkan är sparat.').waitFor();
    await content.getByRole('button', { name: 'Flytta upp fokusområdet Digital samverkan' }).click();
    await content.getByText('Ordningen är sparad.').waitFor();
    const details = page
      .locator('form')
      .filter({ has: page.getByRole('heading', { name: 'Planens uppgifter' }) });
    await details.getByLabel('Sammanfattning').fill('Planen för 2027 fortsätter arbetet från 2026.');
    await details.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await page.getByText('Planens uppgifter är sparade.').waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-plan-years-draft-sv');
    const draft = await tab.repos.initiatives.byPlan(plan2027.id);
    expect(draft.map((i) => i.title)).toContain('Gemensam e-tjänsteplattform');
    expect(draft.find((i) => i.carriedFromId === second!.id)?.status).toBe('cancelled');
    const order = draft.filter(
      (i) => i.focusAreaId === draft.find((d) => d.carriedFromId === first!.id)!.focusAreaId,
    );
    expect(order.map((i) => i.carriedFromId).indexOf(first!.id)).toBe(1);
    expect((await tab.repos.plans.byYear(2027))!.summary).toBe(
      'Planen för 2027 fortsätter arbetet från 2026.',
    );
    const areas2027 = await tab.repos.focusAreas.byPlan(plan2027.id);
    expect(areas2027.map((a) => a.title).indexOf('Digital samverkan')).toBe(areas2027.length - 2);
    expect(areas2027.find((a) => a.title === 'Digital samverkan')?.longTermShift).toBe(
      'Fler tjänster byggs en gång för hela staden.',
    );

    // The reader: 2026 is what they see, and asking for 2027 says there is none (for them).
    const lars = await newSession(tab.browser);
    await signIn(lars.page, tab.stack.app.url, 'Lars Persson', '?plan=2027#/');
    await lars.page.getByText('Det finns ingen plan för 2027. Välj ett annat år.').waitFor();

    // The chain: service committee, KSAU, KS, each confirmed before it is recorded.
    const steps = [
      ['Servicenämnden', '§ 71', 'Fastställd av servicenämnden'],
      ['KSAU', '§ 455', 'Beredd av KSAU'],
      ['Kommunstyrelsen', '§ 312', 'Godkänd av kommunstyrelsen'],
    ] as const;
    for (const [step, paragraph, status] of steps) {
      const decision = page.locator('form').filter({
        has: page.getByRole('heading', { name: `Registrera beslut: ${step}` }),
      });
      await decision.getByLabel('Paragraf').fill(paragraph);
      await decision.locator('#decision-outcome').fill(`${step} beslutar enligt förslaget.`);
      await decision.getByRole('button', { name: 'Registrera beslutet' }).click();
      const confirm = page.getByRole('alertdialog', { name: `Registrera beslut: ${step}` });
      await confirm.waitFor();
      if (step === 'Servicenämnden') {
        expect([await axeViolations(page)]).toEqual([[]]);
      }
      await confirm.getByRole('button', { name: 'Registrera beslutet' }).click();
      await page.getByText(`Beslutet är registrerat. Planens status är nu "${status}".`).waitFor();
      if (step !== 'Kommunstyrelsen') {
        await lars.page.goto(`${tab.stack.app.url}/tab/?plan=2027#/`);
        await lars.page.getByText('Det finns ingen plan för 2027. Välj ett annat år.').waitFor();
      }
    }
    await page.getByText('Beslutskedjan är klar. Planen är godkänd av kommunstyrelsen.').waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-plan-years-chain-sv');
    expect((await tab.repos.plans.byYear(2027))!.status).toBe('approved');

    // Now the reader sees 2027 by default, and 2026 stays readable through the year switcher.
    await lars.page.goto(`${tab.stack.app.url}/tab/#/`);
    await lars.page.getByText('Utvecklingsplanen 2027', { exact: true }).waitFor();
    await lars.page.getByLabel('Planår').selectOption('2026');
    await lars.page.getByText('Utvecklingsplanen 2026', { exact: true }).waitFor();
    expect(new URL(lars.page.url()).searchParams.get('plan')).toBe('2026');

    // English, for the administrator.
    await page.goto(`${tab.stack.app.url}/tab/?lang=en&plan=2027#/plans`);
    await page.getByRole('heading', { name: 'Plan years and decisions' }).waitFor();
    await page
      .getByText('The decision chain is complete. The plan is approved by the executive board.')
      .waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-plan-years-en');
    await maria.context.close();
    await lars.context.close();
  });
});
