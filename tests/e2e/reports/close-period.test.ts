/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_USERS } from '@devplan/sp-emulator';
import { strFromU8, unzipSync } from 'fflate';
import {
  contentsPages,
  pdfOutline,
  wordHeadingCount,
} from '../../../apps/server/src/reports/test-libreoffice';
import { axeViolations, newSession, screenshot, screenshotDir, signIn, useTabStack } from '../tab/support';

jest.setTimeout(300_000);

const tab = useTabStack();
const work = mkdtempSync(join(tmpdir(), 'devplan-report-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Submits and approves a T1 follow-up of an initiative the way people do: staff submits, the approver decides. */
async function approveT1(initiativeIndex: number, progress: number): Promise<void> {
  const { stack, plan, initiatives } = tab;
  const host = stack.approvals.host;
  const oid = (key: string) => DEMO_USERS.find((u) => u.key === key)!.oid;
  const approver = await host.resolver.actorFor(oid('approver'));
  const owner = await host.resolver.actorFor(oid('staff'));
  const initiative = await tab.repos.initiatives.get(initiatives[initiativeIndex]!.id);
  await tab.repos.initiatives.update(initiative.id, { ownerId: owner.siteUserId }, initiative.etag!);
  await tab.repos.approverAssignments.assign(initiative.id, approver.siteUserId, approver.siteUserId);
  const staff = tab.reposAs('staff');
  const draft = await staff.followUps.add({
    planId: plan.id,
    initiativeId: initiative.id,
    periodYear: 2026,
    period: 'T1',
    status: 'onTrack',
    progress,
    summary: `Exempeldata: arbetet med ${initiative.title} går enligt plan.`,
    risks: 'Exempeldata: beroende av leverantörens tidplan.',
  });
  const submitted = await staff.followUps.submit(draft.id, draft.etag!, owner.siteUserId);
  const { version } = await host.decisions.followUp(submitted.id);
  await host.decisions.decide({
    followUpId: submitted.id,
    followUpVersion: version,
    outcome: 'approved',
    comment: '',
    actor: approver,
    source: 'api',
  });
}

describe('closing a period in the tab and reading the report in a real word processor', () => {
  it('lets the administrator close T1, download the Word report and open it with LibreOffice', async () => {
    await approveT1(0, 60);
    await approveT1(1, 35);
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Maria Ek');
    await page.getByRole('link', { name: 'Perioder och rapporter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Perioder och rapporter' }).waitFor();
    await page.getByText('Inga rapporter är sparade ännu.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Stäng Tertial 1 2026' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Stänga Tertial 1 2026?' });
    await dialog.waitFor();
    // Before confirming, the dialog names what the close leaves out: here every initiative but the two approved.
    const missing = `${tab.initiatives.length - 2} insatser saknar godkänd uppföljning`;
    await dialog.getByRole('heading', { level: 3, name: missing }).waitFor();
    expect(await dialog.getByRole('list', { name: missing }).getByRole('listitem').count()).toBe(
      tab.initiatives.length - 2,
    );
    await dialog.getByText('Ingen uppföljning väntar på godkännande.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-periods-confirm-close-sv');
    await dialog.getByRole('button', { name: 'Stäng perioden' }).click();
    await page
      .getByText(/Tertial 1 2026 är stängd\. Rapporten är sparad \(\d+ kB\)\./)
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Ladda ner utvecklingsplan-2026-T1-rapport\.docx/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Stäng Tertial 1 2026' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-periods-closed-sv');

    // Download with the administrator's own token, as the browser saves it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Ladda ner utvecklingsplan-2026-T1-rapport\.docx/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('utvecklingsplan-2026-T1-rapport.docx');
    const docx = join(work, 'utvecklingsplan-2026-T1-rapport.docx');
    await download.saveAs(docx);
    const bytes = readFileSync(docx);
    expect(unzipSync(bytes)['word/document.xml']).toBeDefined();
    console.log(`[report] utvecklingsplan-2026-T1-rapport.docx: ${statSync(docx).size} bytes`);

    // A real reader: LibreOffice converts it to PDF, poppler reads the text and draws the first pages.
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        docx,
      ],
      {
        timeout: 120_000,
        stdio: 'pipe',
      },
    );
    const pdf = join(work, 'utvecklingsplan-2026-T1-rapport.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const areas = await tab.repos.focusAreas.byPlan(tab.plan.id);
    const first = tab.initiatives[0]!;
    const pages = (text.match(/\f/g) ?? []).length;
    console.log(`[report] PDF: ${pages} pages; first lines: ${text.split('\n').slice(0, 8).join(' | ')}`);
    expect(text).toContain('Diarienummer: STK-2025-1042');
    expect(text).toContain('Uppföljning av');
    expect(text).toContain('Tertial 1 2026');
    expect(text).toContain('Innehåll');
    expect(text).toContain(`Fokusområde: ${areas[0]!.title}`);
    expect(text).toContain(first.title.slice(0, 40));
    expect(text).toContain(`Exempeldata: arbetet med ${first.title.slice(0, 20)}`);
    expect(text).toMatch(/Genomfört: 60 %/);
    // The contents list has page numbers, as LibreOffice laid the headings out (page references, not an estimate).
    expect(text).toMatch(/Om rapporten\.{5,}\s*\d+/);
    const outline = pdfOutline(pdf);
    expect(contentsPages(text)).toEqual(outline.filter((h) => h.level <= 2).map((h) => h.page));
    // Every heading of the report is a heading for LibreOffice (its PDF bookmarks), and nothing tells the reader
    // to update fields.
    expect(outline.length).toBe(wordHeadingCount(strFromU8(unzipSync(bytes)['word/document.xml']!)));
    expect(outline.map((h) => h.title)).toContain(`Fokusområde: ${areas[0]!.title}`);
    expect(text).not.toMatch(/Högerklicka|Uppdatera fält/);

    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      resolve(screenshotDir, 'report-page'),
    ]);
    for (const name of readdirSync(screenshotDir)) {
      const m = /^report-page-0+(\d)\.png$/.exec(name);
      if (m) renameSync(resolve(screenshotDir, name), resolve(screenshotDir, `report-page-${m[1]}.png`));
    }
    expect(statSync(resolve(screenshotDir, 'report-page-1.png')).size).toBeGreaterThan(1000);
    expect(statSync(resolve(screenshotDir, 'report-page-2.png')).size).toBeGreaterThan(1000);

    // The Excel export of the same period.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera Tertial 1 2026 till Excel' }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe('utvecklingsplan-2026-T1-uppfoljningar.xlsx');
    const xlsx = join(work, 'export.xlsx');
    await exported.saveAs(xlsx);
    expect(unzipSync(readFileSync(xlsx))['xl/worksheets/sheet1.xml']).toBeDefined();
    await context.close();
  });

  it('shows a member only the stored reports: no close, no export, and the server refuses anyway', async () => {
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Sara Lindqvist');
    await page.goto(`${tab.stack.app.url}/tab/#/periods`);
    await page.getByRole('heading', { level: 1, name: 'Perioder och rapporter' }).waitFor();
    await page.getByText('Periodstängning och export görs av en administratör.').waitFor();
    await page.getByRole('button', { name: /^Ladda ner utvecklingsplan-2026-T1-rapport\.docx/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Stäng / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Exportera / }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-periods-member-sv');
    await context.close();

    // Whatever the page shows, the server refuses a member's close.
    const token = await tab.stack.emulator.issueToken('staff', 'api://utvecklingsplan');
    const refused = await fetch(`${tab.stack.app.url}/api/reports/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ planId: tab.plan.id, periodYear: 2026, period: 'T2' }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('not-admin');
  });

  it('shows a reader the reports in English with the dark theme, axe-clean', async () => {
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Lars Persson', '?lang=en&theme=dark');
    await page.getByRole('link', { name: 'Periods and reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Periods and reports' }).waitFor();
    await page.getByText('Closing periods and exporting is done by an administrator.').waitFor();
    await page.getByRole('button', { name: /^Download utvecklingsplan-2026-T1-rapport\.docx/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-periods-reader-en-dark');
    await context.close();
  });
});
