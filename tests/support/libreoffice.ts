/**
 * Reads a Word document as a person's word processor does: LibreOffice (`soffice`, headless, with a profile of
 * its own so runs side by side do not collide) converts it to plain text, and the text is answered.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text LibreOffice reads from a `.docx` (its paragraphs and table cells, one per line). */
export function docxTextInLibreOffice(docx: Uint8Array): string {
  const work = mkdtempSync(join(tmpdir(), 'docx-lo-'));
  try {
    const file = join(work, 'document.docx');
    writeFileSync(file, docx);
    const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
    const args = ['--headless', profile, '--convert-to', 'txt:Text', '--outdir', work, file];
    execFileSync('soffice', args, { timeout: 120_000, stdio: 'pipe' });
    return readFileSync(join(work, 'document.txt'), 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
