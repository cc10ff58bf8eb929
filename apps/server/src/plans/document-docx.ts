import { Document, Header, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import type { PlanDocument } from '@devplan/core';
import { documentBlock, documentOptions, Outline, pageNumberFooter } from '../reports/docx-kit.js';

function cover(doc: PlanDocument): FileChild[] {
  const { cover } = doc;
  return [
    new Paragraph({
      spacing: { before: 2400 },
      heading: HeadingLevel.TITLE,
      children: [new TextRun(cover.title)],
    }),
    new Paragraph({ children: [new TextRun({ text: cover.subtitle, size: 32 })] }),
    ...(cover.draftNotice
      ? [
          new Paragraph({
            spacing: { before: 480 },
            children: [new TextRun({ text: cover.draftNotice, bold: true, size: 28 })],
          }),
        ]
      : []),
    ...cover.facts.map(
      (fact, i) =>
        new Paragraph({
          spacing: i === 0 ? { before: 480 } : undefined,
          children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)],
        }),
    ),
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun({ text: cover.generated, italics: true })],
    }),
  ];
}

/**
 * Renders the plan document as a Word document: a cover (title, the draft's notice, plan year, case number,
 * status, requested budget), then the contents (levels 1–2, with page references) and the body with real
 * headings (Heading 1 for the introduction, principles, decisions and each focus area; Heading 2 for
 * "Förflyttningar på sikt" and "Planerade insatser"; Heading 3 for the long-term shift's themes and each
 * initiative), activities as bullets, the decision chain as a table.
 * A draft carries "UTKAST – …" in the header of every page. The language is the content's (`sv-SE`).
 */
export async function renderPlanDocx(doc: PlanDocument): Promise<Buffer> {
  const headers = doc.header
    ? {
        default: new Header({
          children: [new Paragraph({ children: [new TextRun({ text: doc.header, bold: true })] })],
        }),
      }
    : undefined;
  const outline = new Outline();
  const body = doc.body.flatMap((b) => documentBlock(b, outline.heading));
  const document = new Document({
    ...documentOptions(doc.properties, doc.language),
    sections: [
      { ...(headers ? { headers } : {}), children: cover(doc) },
      {
        ...(headers ? { headers } : {}),
        footers: { default: pageNumberFooter(doc.footer) },
        children: [...outline.contents(doc.toc.heading), ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
