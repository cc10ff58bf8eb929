/// <reference lib="dom" />
import type { Activity, Initiative } from '@devplan/core';
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';
import { focusedId } from '../support/focus';

jest.setTimeout(180_000);

const tab = useTabStack();
let initiative: Initiative;
let activity: Activity;

beforeAll(async () => {
  initiative = tab.initiatives[0]!;
  activity = (await tab.repos.activities.byInitiative(initiative.id))[0]!;
});

describe('a staff member in the tab (standalone, Swedish)', () => {
  it('opens the 2026 plan, edits an activity, sees a validation error, fixes it and submits a follow-up', async () => {
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist');

    await page
      .getByRole('heading', {
        level: 1,
        name: /Utvecklingsplan för kommungemensam IT och digitalisering 2026/,
      })
      .waitFor();
    expect(await page.getByRole('link', { name: initiative.title }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-overview-sv');

    await page.getByRole('link', { name: initiative.title }).click();
    await page.getByRole('heading', { level: 1, name: initiative.title }).waitFor();
    await page.getByText(/Skapad .* av /).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-initiative-sv');

    // Edit an activity: its status becomes "Pågår" in SharePoint.
    await page.getByRole('link', { name: `Redigera: ${activity.title}` }).click();
    await page.getByRole('heading', { level: 1, name: `Redigera aktivitet: ${activity.title}` }).waitFor();
    await page.getByLabel('Status').selectOption('ongoing');
    await page.getByLabel('Ansvarig').fill('Digitaliseringsenheten');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Aktiviteten är sparad.').waitFor();
    const stored = await tab.repos.activities.get(activity.id);
    expect(stored).toMatchObject({
      status: 'ongoing',
      responsible: 'Digitaliseringsenheten',
      title: activity.title,
      sortOrder: activity.sortOrder,
    });

    // Write a follow-up with bad input: nothing is saved, the messages sit next to their fields.
    await page.getByRole('button', { name: 'Skriv uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: `Uppföljning: ${initiative.title}` }).waitFor();
    await page.getByLabel('Genomfört (%)').fill('150');
    await page.getByRole('button', { name: 'Skicka för godkännande' }).click();
    await page.getByText('Inget har sparats. Rätta 2 markerade fält.').waitFor();
    const progress = page.getByLabel('Genomfört (%)');
    const summary = page.getByLabel('Sammanfattning');
    expect(await progress.getAttribute('aria-invalid')).toBe('true');
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Får vara högst 100.').count()).toBe(1);
    expect(await page.getByText('Fältet måste fyllas i.').count()).toBe(1);
    expect(await focusedId(page, 'followup-progress')).toBe('followup-progress');
    expect(await tab.repos.followUps.byInitiative(initiative.id)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-follow-up-validation-sv');

    // Fix and submit.
    await progress.fill('40');
    await summary.fill('Förstudien är klar och upphandlingen har börjat.');
    await page.getByLabel('Risker').fill('Leveranstider för licenser.');
    await page.getByRole('button', { name: 'Skicka för godkännande' }).click();
    await page.getByText('Uppföljningen är inskickad för godkännande.').waitFor();
    const [followUp] = await tab.repos.followUps.byInitiative(initiative.id);
    expect(followUp).toMatchObject({
      state: 'submitted',
      progress: 40,
      risks: 'Leveranstider för licenser.',
    });
    await page.getByRole('cell', { name: 'Förstudien är klar och upphandlingen har börjat.' }).waitFor();
    await screenshot(page, 'tab-initiative-after-submit-sv');
    await context.close();
  });

  it('chooses an owner among the site’s people, has the approver named by a plan administrator, plans a measurable effect, and the readiness view shows what is left', async () => {
    // A plan administrator names the approver (members cannot: issue 14, defect 1).
    const admin = await newSession(tab.browser);
    await signIn(admin.page, tab.stack.app.url, 'Maria Ek', `#/initiative/${initiative.id}/edit`);
    await admin.page.getByText('Som planadministratör utser du vem som godkänner').waitFor();
    await admin.page.getByRole('combobox', { name: 'Godkännare' }).selectOption({ label: 'Karin Nilsson' });
    expect(await axeViolations(admin.page)).toEqual([]);
    await admin.page.getByRole('button', { name: 'Spara godkännare' }).click();
    await admin.page.getByText('Godkännaren är sparad.').waitFor();
    await screenshot(admin.page, 'tab-approver-admin-sv');
    await admin.context.close();
    // Demo site users: Sara Lindqvist is 7, Karin Nilsson 9 (sp-emulator/README.md).
    expect(await tab.repos.approverAssignments.approverOf(initiative.id)).toBe(9);

    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist', `#/initiative/${initiative.id}/edit`);
    await page.getByRole('heading', { level: 1, name: `Redigera insats: ${initiative.title}` }).waitFor();
    await page.getByText(/Godkännare: Karin Nilsson\. Godkännaren utses av en planadministratör/).waitFor();
    expect(await page.getByRole('combobox', { name: 'Godkännare' }).count()).toBe(0);
    await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Sara Lindqvist' });
    await page.getByLabel('Startdatum').fill('2026-01-01');
    await page.getByLabel('Slutdatum').fill('2025-12-31');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Startdatum måste vara samma som eller före slutdatum.').waitFor();
    await page.getByLabel('Slutdatum').fill('2026-12-31');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Insatsen är sparad.').waitFor();
    const stored = await tab.repos.initiatives.get(initiative.id);
    expect(stored).toMatchObject({
      ownerId: 7,
      approverId: 9,
      start: '2026-01-01',
      end: '2026-12-31',
      description: initiative.description,
    });
    const facts = page.getByRole('region', { name: 'Fakta' });
    await facts.getByText('Sara Lindqvist').waitFor();
    await facts.getByText('Karin Nilsson').waitFor();

    await page.getByRole('button', { name: 'Lägg till effekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny effekt' }).waitFor();
    await page.getByLabel('Effekt', { exact: false }).first().fill('Fler medarbetare känner till strategin');
    await page.getByLabel('Indikator (vad mäts)').fill('Andel medarbetare som känner till strategin');
    await page.getByLabel('Nollmätning (baslinje)').fill('20');
    await page.getByLabel('Målvärde').fill('60');
    await page.getByLabel('Enhet').fill('%');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Effekten är sparad.').waitFor();
    const [effect] = await tab.repos.effects.byInitiative(initiative.id);
    expect(effect).toMatchObject({
      indicator: 'Andel medarbetare som känner till strategin',
      baseline: 20,
      target: 60,
      kind: 'qualitative',
    });

    await page.getByRole('link', { name: 'Beslutsberedskap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslutsberedskap 2026' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(initiative.title) });
    expect(await row.getByText('Ingen ansvarig är utsedd.').count()).toBe(0);
    expect(await row.getByText('Investeringsbehovet är inte angivet.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-readiness-sv');

    await page.getByRole('link', { name: 'Mitt arbete' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt arbete: Sara Lindqvist' }).waitFor();
    await page.getByRole('link', { name: initiative.title }).waitFor();
    await context.close();
  });
});
