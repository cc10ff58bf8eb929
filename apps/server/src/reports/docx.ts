import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
  type Table,
  type FileChild,
} from 'docx';
import type { ReportArea, ReportContent, ReportInitiative } from '@devplan/core';
import { CHART_SIZE, progressChartPng } from './chart-png.js';
import { contents, documentOptions, heading, pageNumberFooter, textTable } from './docx-kit.js';
import { principlesBlock } from './principles-docx.js';

/** Paragraphs of a multi-line text (a blank line or a line break starts a new paragraph). */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

function overviewTable(content: ReportContent): Table {
  const { columns, rows } = content.overview;
  return textTable(
    columns,
    rows.map((r) => [r.initiative, r.status, r.progress]),
  );
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
    ...documentOptions({ ...content.properties, description: content.cover.caseNumber }, content.language),
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
        footers: { default: pageNumberFooter(content.footer) },
        children: [
          ...contents(content.toc),
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
          ...principlesBlock(content.principles),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
