import { HeadingLevel, Paragraph, Table, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import type { ReportPrinciples } from '@devplan/core';
import { cell, heading } from './docx-kit.js';

/**
 * The committee report's section "Principerna i förvaltningarna" (heading level 1): the round and the levels,
 * the matrix administrations × principles as a table (header row repeated on each page, "Saknas" in a cell
 * without an assessment), then the administrations' comments. Nothing for a report without the section.
 */
export function principlesBlock(section: ReportPrinciples | undefined): FileChild[] {
  if (!section) return [];
  const out: FileChild[] = [
    heading(section.heading, HeadingLevel.HEADING_1),
    new Paragraph({ children: [new TextRun(section.intro)] }),
  ];
  if (section.rows.length === 0) return out;
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: section.columns.map((c) => cell(c, true)) }),
        ...section.rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text)) }),
        ),
      ],
    }),
  );
  if (section.comments.length)
    out.push(
      heading(section.commentsHeading, HeadingLevel.HEADING_2),
      ...section.comments.map((c) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(c)] })),
    );
  return out;
}
