/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations, newSession, screenshot, signIn, useTabStack } from './support';

jest.setTimeout(300_000);

const tab = useTabStack();

/**
 * Issue 13: the plan document for the committee. A member downloads the shown plan as a Word document from the
 * plan years page (the browser saves it under the server's name, with every focus area and initiative); a reader
 * is not offered it. Axe on the page with the section.
 */
describe('the plan document in the tab', () => {
  it('lets a member download the plan as a Word document, and offers a reader nothing', async () => {
    const sara = await newSession(tab.browser);
    await signIn(sara.page, tab.stack.app.url, 'Sara Lindqvist', '#/plans');
    const page = sara.page;
    const section = page.getByRole('region', { name: 'Plandokumentet' });
    const button = section.getByRole('button', { name: 'Hämta plandokumentet (Word)' });
    await button.waitFor();
    expect([await axeViolations(page)]).toEqual([[]]);
    await screenshot(page, 'tab-plan-document-sv');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('utvecklingsplan-2026.docx');
    const xml = strFromU8(unzipSync(readFileSync((await download.path())!))['word/document.xml']!);
    for (const area of await tab.repos.focusAreas.byPlan(tab.plan.id)) expect(xml).toContain(area.title);
    for (const initiative of tab.initiatives) expect(xml).toContain(initiative.title);
    await sara.context.close();

    const lars = await newSession(tab.browser);
    await signIn(lars.page, tab.stack.app.url, 'Lars Persson', '#/plans');
    await lars.page.getByRole('heading', { name: 'Planår och beslut' }).waitFor();
    expect(await lars.page.getByRole('button', { name: 'Hämta plandokumentet (Word)' }).count()).toBe(0);
    await lars.context.close();
  });
});
