import { Document, HeadingLevel, Packer, Paragraph, TextRun, type Table, type FileChild } from 'docx';
import { ChartRun } from 'docx/charts';
import {
  textBlocks,
  type ReportArea,
  type ReportChart,
  type ReportContent,
  type ReportInitiative,
} from '@devplan/core';
import {
  documentBlock,
  documentOptions,
  Outline,
  pageNumberFooter,
  textTable,
  type HeadingMaker,
} from './docx-kit.js';
import { principlesBlock } from './principles-docx.js';

/** Size of the charts the report draws, in pixels (at 96 per inch: 6.25 × 3 inches). */
const CHART_SIZE = { width: 600, height: 288 };

/** The report's dark blue for bars: 7.9:1 against white. */
const BAR_COLOR = '0054A6';

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

function initiativeBlock(initiative: ReportInitiative, makeHeading: HeadingMaker): FileChild[] {
  const out: FileChild[] = [makeHeading(initiative.heading, HeadingLevel.HEADING_2)];
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
    out.push(makeHeading(section.heading, HeadingLevel.HEADING_3), ...textParagraphs(section.text));
  }
  out.push(makeHeading(initiative.effectsHeading, HeadingLevel.HEADING_3));
  for (const line of initiative.effects)
    out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] }));
  return out;
}

/**
 * A focus area's progress as a Word chart (drawn by Word and LibreOffice from its data, in the document's font):
 * a column per initiative, numbered as in the list under it, on a value axis from 0 to 100 % with its title and
 * gridlines, each column labelled with its value; an initiative without an approved follow-up has no column.
 */
function progressChart(chart: ReportChart, index: number): ChartRun {
  const percent = '0" %"';
  const axisFont = { size: 10, color: '242424' };
  return new ChartRun({
    type: 'column',
    categories: chart.bars.map((_, i) => String(i + 1)),
    series: [{ name: chart.valueAxis, values: chart.bars.map((b) => b.value), color: BAR_COLOR }],
    legend: false,
    font: { name: 'Calibri' },
    valueAxis: {
      minimum: 0,
      maximum: 100,
      interval: 25,
      numberFormat: percent,
      title: { text: chart.valueAxis, font: axisFont },
      font: axisFont,
    },
    categoryAxis: { title: { text: chart.categoryAxis, font: axisFont }, font: axisFont },
    dataLabels: { value: true, numberFormat: percent, font: axisFont },
    transformation: CHART_SIZE,
    altText: { name: `chart-${index + 1}`, title: chart.title, description: chart.altText },
  });
}

function areaBlock(area: ReportArea, index: number, makeHeading: HeadingMaker): FileChild[] {
  const out: FileChild[] = [makeHeading(area.heading, HeadingLevel.HEADING_1)];
  if (area.longTermShift) {
    out.push(
      makeHeading(area.longTermShiftHeading, HeadingLevel.HEADING_2),
      ...textBlocks(area.longTermShift, 3).flatMap((b) => documentBlock(b, makeHeading)),
    );
  }
  if (area.chart.bars.length > 0) {
    out.push(
      makeHeading(area.chart.title, HeadingLevel.HEADING_2),
      new Paragraph({ keepNext: true, children: [progressChart(area.chart, index)] }),
      ...area.chart.bars.map(
        (bar, i) =>
          new Paragraph({
            children: [new TextRun(`${i + 1}. ${bar.label}${bar.value === null ? ' –' : ` ${bar.value} %`}`)],
          }),
      ),
    );
  }
  for (const initiative of area.initiatives) out.push(...initiativeBlock(initiative, makeHeading));
  return out;
}

/**
 * Renders the committee report as a Word document: a cover page (title, period, committee, case number),
 * the contents (levels 1–2, with page references that Word and LibreOffice work out), then about and
 * decisions, the overview table (header row repeated on each page), and per focus area its long-term shift
 * (its themes as level-3 headings), a chart with axes, its alternative text and numbered legend, and per
 * initiative real headings (level 2) with status, progress, summary, risks, next steps and effects (level 3).
 * The document's language is the content's (`sv-SE` for Swedish), set on every run by default.
 */
export async function renderReportDocx(content: ReportContent): Promise<Buffer> {
  const outline = new Outline();
  const h = outline.heading;
  const body: FileChild[] = [
    h(content.about.heading, HeadingLevel.HEADING_1),
    ...textParagraphs(content.about.text),
    ...(content.about.decisions.length
      ? [
          h(content.about.decisionsHeading, HeadingLevel.HEADING_2),
          ...content.about.decisions.map(
            (d) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(d)] }),
          ),
        ]
      : []),
    h(content.overview.heading, HeadingLevel.HEADING_1),
    overviewTable(content),
    ...content.areas.flatMap((area, i) => areaBlock(area, i, h)),
    ...principlesBlock(content.principles, h),
  ];
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
        children: [...outline.contents(content.toc.heading), ...body],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
