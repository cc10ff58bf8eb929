/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSession, signIn, useTabStack } from './support';

jest.setTimeout(300_000);

const tab = useTabStack();
const work = mkdtempSync(join(tmpdir(), 'devplan-print-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Relative luminance of a CSS `rgb(…)` colour (0 black, 1 white). */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};

describe('printing the plan overview', () => {
  it('gives a clean document: no navigation or filters, every table whole, dark readable text even in the dark theme', async () => {
    const { context, page } = await newSession(tab.browser);
    await signIn(page, tab.stack.app.url, 'Maria Ek', '?theme=dark');
    await page.getByText(/Visar \d+ av \d+ insatser/).waitFor();
    await page.emulateMedia({ media: 'print' });

    // What only works on screen is left out.
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    expect(
      await page.getByRole('button').evaluateAll((b) => b.filter((e) => e.getClientRects().length)),
    ).toEqual([]);
    // Tables are not in a scrolling box (which would cut off their right-hand columns on paper).
    const boxes = await page
      .locator('[role="region"]:has(table)')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).overflowX));
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes)).toEqual(new Set(['visible']));
    // Text and links dark on white, links underlined, whatever the theme on screen.
    const link = page.getByRole('link', { name: tab.initiatives[0]!.title });
    const look = await link.evaluate((a) => ({
      color: getComputedStyle(a).color,
      underline: getComputedStyle(a).textDecorationLine,
      cell: getComputedStyle(a.closest('tr')!.querySelector('td')!).color,
    }));
    expect(luminance(look.color)).toBeLessThan(0.2);
    expect(luminance(look.cell)).toBeLessThan(0.1);
    expect(look.underline).toContain('underline');

    // The printed document (Chromium's PDF, read back with poppler): the plan and every initiative, no controls.
    const pdf = join(work, 'oversikt.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(tab.plan.title);
    for (const initiative of tab.initiatives)
      expect(text).toContain(initiative.title.split(' ').slice(0, 4).join(' '));
    expect(text).toContain('Beredskap'); // the right-hand column
    for (const control of ['Sök insats', 'Logga ut', 'Beslutsberedskap', 'Inloggad'])
      expect(text).not.toContain(control);
    await context.close();
  });
});
