import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A heading of a PDF's outline (its bookmarks): its level from 1, its title and the page it is on. */
export interface OutlineItem {
  level: number;
  title: string;
  page: number;
}

/** What a real word processor makes of a Word document: LibreOffice's PDF of it, read back with poppler. */
export interface ReadBack {
  /** The text, page by page (`\f` between pages), laid out as on the page. */
  text: string;
  /** The PDF's outline, in document order. */
  outline: OutlineItem[];
  /** The page numbers of the contents' lines (a title, dot leaders, a number), in order. */
  contentsPages: number[];
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The outline of a PDF as `pdftohtml -xml` writes it (nested `<outline>` lists of `<item page="n">`). */
export function pdfOutline(pdf: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], { encoding: 'utf8' });
  const items: OutlineItem[] = [];
  let level = 0;
  for (const m of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') level += 1;
    else if (m[0] === '</outline>') level -= 1;
    else
      items.push({
        level,
        page: Number(m[1]),
        title: m[2]!.replace(/&(\w+);/g, (e, name: string) => XML_ENTITIES[name] ?? e),
      });
  }
  return items;
}

/** The page numbers at the end of the contents' lines (dot leaders, then a number). */
export function contentsPages(text: string): number[] {
  return [...text.matchAll(/\.{3,}\s*(\d+)\s*$/gm)].map((m) => Number(m[1]));
}

/**
 * Converts a Word document to PDF with LibreOffice (headless, a profile of its own) and reads the PDF back:
 * its text, its outline and the contents' page numbers. For tests on a machine with LibreOffice and poppler.
 */
export function readWithLibreOffice(docx: Buffer, name = 'document.docx'): ReadBack {
  const work = mkdtempSync(join(tmpdir(), 'devplan-lo-'));
  try {
    const file = join(work, name);
    writeFileSync(file, docx);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const pdf = join(work, basename(name).replace(/\.docx$/, '.pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    return { text, outline: pdfOutline(pdf), contentsPages: contentsPages(text) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The number of real headings (Heading 1–3 paragraphs) in a Word document's `document.xml`. */
export function wordHeadingCount(documentXml: string): number {
  return (documentXml.match(/<w:pStyle w:val="Heading[1-9]"\/>/g) ?? []).length;
}
