import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { ReportPrinciples } from '@devplan/core';
import { textTable, type HeadingMaker } from './docx-kit.js';

/**
 * The committee report's section "Principerna i förvaltningarna" (heading level 1, made by `makeHeading` so the
 * contents list it): the round and the levels, the matrix administrations × principles as a table (header row
 * repeated on each page, "Saknas" in a cell without an assessment), then the administrations' comments. Nothing
 * for a report without the section.
 */
export function principlesBlock(
  section: ReportPrinciples | undefined,
  makeHeading: HeadingMaker,
): FileChild[] {
  if (!section) return [];
  const out: FileChild[] = [
    makeHeading(section.heading, HeadingLevel.HEADING_1),
    new Paragraph({ children: [new TextRun(section.intro)] }),
  ];
  if (section.rows.length === 0) return out;
  out.push(textTable(section.columns, section.rows));
  if (section.comments.length)
    out.push(
      makeHeading(section.commentsHeading, HeadingLevel.HEADING_2),
      ...section.comments.map((c) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(c)] })),
    );
  return out;
}
