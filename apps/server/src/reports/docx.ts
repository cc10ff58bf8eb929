import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ReportArea, ReportContent, ReportInitiative } from '@devplan/core';
import { CHART_SIZE, progressChartPng } from './chart-png.js';

/** Paragraphs of a multi-line text (a blank line or a line break starts a new paragraph). */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({
    heading: level,
    spacing: { before: 240, after: 80 },
    keepNext: true,
    children: [new TextRun(text)],
  });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function overviewTable(content: ReportContent): Table {
  const { columns, rows } = content.overview;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({ cantSplit: true, children: [cell(r.initiative), cell(r.status), cell(r.progress)] }),
      ),
    ],
  });
}

function initiativeBlock(initiative: ReportInitiative): FileChild[] {
  const out: FileChild[] = [heading(initiative.heading, HeadingLevel.HEADING_2)];
  for (const fact of initiative.facts) {
    out.push(
      new Paragraph({
        children: fact.value
          ? [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)]
          : [new TextRun({ text: fact.label, italics: true })],
      }),
    );
  }
  if (initiative.missing)
    out.push(new Paragraph({ children: [new TextRun({ text: initiative.missing, italics: true })] }));
  for (const section of initiative.sections) {
    out.push(heading(section.heading, HeadingLevel.HEADING_3), ...textParagraphs(section.text));
  }
  out.push(heading(initiative.effectsHeading, HeadingLevel.HEADING_3));
  for (const line of initiative.effects)
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] }));
  return out;
}

function areaBlock(area: ReportArea, index: number): FileChild[] {
  const out: FileChild[] = [heading(area.heading, HeadingLevel.HEADING_1)];
  if (area.longTermShift) {
    out.push(
      new Paragraph({ children: [new TextRun({ text: area.longTermShiftHeading, bold: true })] }),
      ...textParagraphs(area.longTermShift),
    );
  }
  if (area.chart.bars.length === 0) {
    for (const initiative of area.initiatives) out.push(...initiativeBlock(initiative));
    return out;
  }
  out.push(
    new Paragraph({ keepNext: true, children: [new TextRun({ text: area.chart.title, bold: true })] }),
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: progressChartPng(area.chart.bars),
          transformation: { width: CHART_SIZE.width, height: CHART_SIZE.height },
          altText: { name: `chart-${index + 1}`, title: area.chart.title, description: area.chart.altText },
        }),
      ],
    }),
    ...area.chart.bars.map(
      (bar, i) =>
        new Paragraph({
          children: [new TextRun(`${i + 1}. ${bar.label}${bar.value === null ? ' –' : ` ${bar.value} %`}`)],
        }),
    ),
  );
  for (const initiative of area.initiatives) out.push(...initiativeBlock(initiative));
  return out;
}

/**
 * Renders the committee report as a Word document: a cover page (title, period, committee, case number),
 * a table of contents built from the headings, then about and decisions, the overview table (header row
 * repeated on each page), and per focus area a chart with its alternative text and numbered legend, and per
 * initiative real headings (level 2) with status, progress, summary, risks, next steps and effects (level 3).
 * The document's language is the content's (`sv-SE` for Swedish), set on every run by default.
 */
export async function renderReportDocx(content: ReportContent): Promise<Buffer> {
  const doc = new Document({
    title: content.properties.title,
    subject: content.properties.subject,
    keywords: content.properties.keywords,
    // The app wrote it and nobody has edited it since (the library's default names the author "Un-named").
    creator: content.properties.creator,
    lastModifiedBy: content.properties.creator,
    description: content.cover.caseNumber,
    pageNumbers: estimatePageNumbers,
    features: { updateFields: false },
    styles: {
      default: {
        document: { run: { language: { value: content.language }, font: 'Calibri', size: 22 } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({
            spacing: { before: 2400 },
            heading: HeadingLevel.TITLE,
            children: [new TextRun(content.title)],
          }),
          new Paragraph({ children: [new TextRun({ text: content.subtitle, size: 36 })] }),
          new Paragraph({
            spacing: { before: 480 },
            children: [new TextRun({ text: content.cover.committee, size: 28 })],
          }),
          new Paragraph({
            children: [new TextRun({ text: content.cover.caseNumber, size: 28, bold: true })],
          }),
          new Paragraph({ spacing: { before: 480 }, children: [new TextRun(content.cover.closedLine)] }),
          new Paragraph({ children: [new TextRun(content.cover.countLine)] }),
        ],
      },
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun(`${content.footer} · `),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: content.toc.heading, bold: true, size: 32 })] }),
          new TableOfContents(content.toc.heading, { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({
            children: [new TextRun({ text: content.toc.hint, italics: true, size: 18 }), new PageBreak()],
          }),
          heading(content.about.heading, HeadingLevel.HEADING_1),
          ...textParagraphs(content.about.text),
          ...(content.about.decisions.length
            ? [
                heading(content.about.decisionsHeading, HeadingLevel.HEADING_2),
                ...content.about.decisions.map(
                  (d) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(d)] }),
                ),
              ]
            : []),
          heading(content.overview.heading, HeadingLevel.HEADING_1),
          overviewTable(content),
          ...content.areas.flatMap((area, i) => areaBlock(area, i)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
