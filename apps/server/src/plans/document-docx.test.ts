import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildPlanDocument, type PlanDocumentInput } from '@devplan/core';
import { PLAN_2026 } from '@devplan/sharepoint/seed';
import { readWithLibreOffice, wordHeadingCount } from '../reports/test-libreoffice.js';
import { renderPlanDocx } from './document-docx.js';

type Input = PlanDocumentInput;

/** The 2026 plan of the seed as the lists hold it (ids in order), with its decision chain. */
function plan2026(status: Input['plan']['status'] = 'approved'): Input {
  const seed = PLAN_2026;
  const focusAreas: Input['focusAreas'][number][] = [];
  const initiatives: Input['initiatives'][number][] = [];
  const activities: Input['activities'][number][] = [];
  for (const area of seed.focusAreas) {
    const focusAreaId = focusAreas.push({ ...area, id: focusAreas.length + 1, planId: 1 });
    for (const i of area.initiatives) {
      const id = initiatives.length + 1;
      initiatives.push({ ...i, id, planId: 1, focusAreaId, status: 'planned', sortOrder: id });
      i.activities.forEach((title, n) =>
        activities.push({
          id: activities.length + 1,
          initiativeId: id,
          title,
          status: 'notStarted',
          sortOrder: n + 1,
        }),
      );
    }
  }
  return {
    plan: { ...seed.plan, id: 1, status, summary: [seed.plan.summary, seed.plan.budgetNote].join('\n\n') },
    decisions: seed.decisions.map((d, i) => ({ ...d, id: i + 1, planId: 1 })),
    focusAreas,
    initiatives,
    activities,
    generatedAt: '2026-12-03T09:00:00Z',
  };
}

const render = (input: PlanDocumentInput) => renderPlanDocx(buildPlanDocument(input, 'sv'));
const titles = {
  areas: PLAN_2026.focusAreas.map((a) => a.title),
  initiatives: PLAN_2026.focusAreas.flatMap((a) => a.initiatives.map((i) => i.title)),
};
/** Text with XML's escapes undone and runs of white space as one space (as a reader sees it). */
const plain = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('the plan document in Word', () => {
  it('is a Word document in Swedish (sv-SE) with the plan as title and the app as author', async () => {
    const files = unzipSync(await render(plan2026()));
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:lang w:val="sv-SE"/);
    // Heading 1–3 carry their outline level (0–2), so LibreOffice reads them as headings too.
    for (const level of [1, 2, 3])
      expect(styles).toMatch(
        new RegExp(`w:styleId="Heading${level}">(?:(?!</w:style>).)*<w:outlineLvl w:val="${level - 1}"/>`),
      );
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain(`<dc:title>${PLAN_2026.plan.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Utvecklingsplanen</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Utvecklingsplanen</cp:lastModifiedBy>');
    expect(core).toContain('STK-2025-1042');
    expect(core).not.toContain('Un-named');
  });

  it('gives areas, their parts and initiatives real headings (Heading 1, 2, 3)', async () => {
    const xml = strFromU8(unzipSync(await render(plan2026()))['word/document.xml']!);
    const styled = (style: string, text: string) =>
      new RegExp(`<w:pStyle w:val="${style}"/>(?:(?!</w:p>).)*<w:t[^>]*>${text}</w:t>`).test(xml);
    expect(styled('Heading1', 'Inledning')).toBe(true);
    expect(styled('Heading1', 'Information')).toBe(true);
    expect(styled('Heading2', 'Förflyttningar på sikt')).toBe(true);
    expect(styled('Heading2', 'Planerade insatser 2026')).toBe(true);
    expect(styled('Heading3', 'Kontinuerligt stärka IT-säkerheten')).toBe(true);
    // The themes of a long-term shift ("Information som strategisk resurs") are headings, not plain lines.
    expect(styled('Heading3', 'Information som strategisk resurs')).toBe(true);
    expect(styled('Heading3', 'Lagefterlevnad')).toBe(true);
    expect(styled('Title', PLAN_2026.plan.title)).toBe(true);
  });

  it('marks a draft "UTKAST" in the header of every page and on the cover, and the approved plan not', async () => {
    const draft = unzipSync(await render(plan2026('draft')));
    const headers = Object.keys(draft).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(strFromU8(draft[name]!)).toContain(`UTKAST – ${PLAN_2026.plan.title}`);
    expect(strFromU8(draft['word/document.xml']!)).toContain('Utkast: planen är inte fastställd');
    expect(strFromU8(draft['docProps/core.xml']!)).toContain(`${PLAN_2026.plan.title} (Utkast)`);
    const approved = unzipSync(await render(plan2026()));
    expect(Object.keys(approved).some((name) => name.startsWith('word/header'))).toBe(false);
    expect(strFromU8(approved['word/document.xml']!)).not.toContain('Utkast');
  });

  it('reads in LibreOffice with every focus area and initiative of the 2026 plan, as headings of their levels', async () => {
    const work = mkdtempSync(join(tmpdir(), 'plan-lo-'));
    try {
      const docx = join(work, 'utvecklingsplan-2026.docx');
      writeFileSync(docx, await render(plan2026()));
      const convert = (to: string) =>
        execFileSync(
          'soffice',
          [
            '--headless',
            `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
            '--convert-to',
            to,
            '--outdir',
            work,
            docx,
          ],
          { timeout: 120_000, stdio: 'pipe' },
        );
      convert('txt:Text');
      const text = readFileSync(join(work, 'utvecklingsplan-2026.txt'), 'utf8').replace(/\s+/g, ' ');
      for (const title of [...titles.areas, ...titles.initiatives]) expect(text).toContain(title);
      expect(text).toContain('Målet är att öka stadens motståndskraft mot säkerhetshot.');
      expect(text).toContain('Diarienummer: STK-2025-1042');
      expect(text).toContain('Begärd budget: 7 miljoner kronor');
      expect(text).toContain('Digitalisering med omtanke');
      expect(text).toMatch(/Fastställd av servicenämnden\s*Servicenämnden\s*17 juni 2025\s*§ 64/);

      // LibreOffice's own document (flat ODF): what it reads as headings, with their outline levels.
      convert('fodt');
      const odf = readFileSync(join(work, 'utvecklingsplan-2026.fodt'), 'utf8');
      const outline = [
        ...odf.matchAll(/<text:h\b[^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g),
      ].map((m) => `${m[1]} ${plain(m[2]!)}`);
      for (const title of titles.areas) expect(outline).toContain(`1 ${title}`);
      for (const title of titles.initiatives) expect(outline).toContain(`3 ${title}`);
      expect(outline).toContain('1 Inledning');
      expect(outline).toContain('1 Stadens principer för digitalisering');
      expect(outline).toContain('1 Beslut om planen');
      expect(outline.filter((h) => h === '2 Förflyttningar på sikt')).toHaveLength(titles.areas.length);
      expect(outline.filter((h) => h === '2 Planerade insatser 2026')).toHaveLength(titles.areas.length);
      expect(odf).toMatch(/<dc:language>sv-SE<\/dc:language>|fo:language="sv" fo:country="SE"/);
      expect(outline).toContain('3 Information som strategisk resurs');

      // Its PDF: every heading in the outline, the contents' pages as laid out, no instruction to update fields.
      const docxBytes = readFileSync(docx);
      const read = readWithLibreOffice(docxBytes, 'utvecklingsplan-2026.docx');
      expect(read.outline.length).toBe(
        wordHeadingCount(strFromU8(unzipSync(docxBytes)['word/document.xml']!)),
      );
      expect(read.outline.length).toBe(outline.length);
      expect(read.contentsPages).toEqual(read.outline.filter((h) => h.level <= 2).map((h) => h.page));
      expect(read.text).not.toMatch(/Högerklicka|Uppdatera fält/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});
