import {
  AlignmentType,
  Bookmark,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  PageBreak,
  PageNumber,
  PageReference,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
  type IPropertiesOptions,
} from 'docx';
import type { PlanDocumentBlock } from '@devplan/core';
import { estimatePageNumbers } from 'docx/layout';

/** A heading level of the `docx` library (Heading 1–3 are the styles Word and LibreOffice read as an outline). */
export type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** A real heading (a Heading n style, so it is in the outline), kept with what follows; `bookmark` names it. */
export function heading(text: string, level: HeadingLevelValue, bookmark?: string): Paragraph {
  const run = new TextRun(text);
  return new Paragraph({
    heading: level,
    spacing: { before: 240, after: 80 },
    keepNext: true,
    children: [bookmark ? new Bookmark({ id: bookmark, children: [run] }) : run],
  });
}

/** Makes a document's headings (a function, so a block of the document can be given it). */
export type HeadingMaker = (text: string, level: HeadingLevelValue) => Paragraph;

/**
 * A document's headings and its contents made from them. Headings of levels 1–2 get a bookmark and a line in the
 * contents: the heading as a link to it, a dot leader and its page as a page reference (`PAGEREF`). The page numbers
 * are written with the document (`documentOptions` estimates them as Word lays the pages out), and LibreOffice and
 * Word work them out again from the bookmarks when they lay the document out (Word when the fields are updated);
 * there is no table of contents field, so no instruction to update it is needed in print.
 */
export class Outline {
  private readonly entries: { text: string; level: 1 | 2; bookmark: string }[] = [];

  /** A heading (`heading`), in the contents when of level 1 or 2. */
  readonly heading: HeadingMaker = (text, level) => {
    const contentsLevel = level === HeadingLevel.HEADING_1 ? 1 : level === HeadingLevel.HEADING_2 ? 2 : null;
    if (contentsLevel === null) return heading(text, level);
    const bookmark = `_Toc${this.entries.length + 1}`;
    this.entries.push({ text, level: contentsLevel, bookmark });
    return heading(text, level, bookmark);
  };

  /** The contents under their own title, then a page break: call it once every heading is made. */
  contents(title: string): FileChild[] {
    return [
      new Paragraph({
        spacing: { after: 120 },
        children: [new TextRun({ text: title, bold: true, size: 32 })],
      }),
      ...this.entries.map(
        (entry) =>
          new Paragraph({
            indent: entry.level === 2 ? { left: 440 } : undefined,
            spacing: { after: entry.level === 1 ? 60 : 20 },
            tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX, leader: LeaderType.DOT }],
            children: [
              new InternalHyperlink({
                anchor: entry.bookmark,
                children: [
                  new TextRun({ text: entry.text, bold: entry.level === 1 }),
                  new TextRun({ children: [new Tab()] }),
                  new PageReference(entry.bookmark),
                ],
              }),
            ],
          }),
      ),
      new Paragraph({ children: [new PageBreak()] }),
    ];
  }
}

const BLOCK_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** One block of a text as the documents write it: a heading (made by `makeHeading`), a paragraph, bullets or a table. */
export function documentBlock(block: PlanDocumentBlock, makeHeading: HeadingMaker): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [makeHeading(block.text, BLOCK_LEVELS[block.level])];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: block.text, italics: block.note === true })],
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
      );
    case 'table':
      return [textTable(block.columns, block.rows), new Paragraph({ children: [] })];
  }
}

/** A table cell of one paragraph (bold in a header row), with room around its text. */
export function cell(text: string, header = false): TableCell {
  return new TableCell({
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

/** A full-width table of texts: a header row (repeated on every page), then rows that are not split across pages. */
export function textTable(columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text)) })),
    ],
  });
}

/** A footer centred on every page: `text · <page number>`. */
export function pageNumberFooter(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun(`${text} · `), new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * What the app's Word documents have in common: their properties, estimated page numbers, language and font,
 * and headings with outline levels.
 */
export function documentOptions(
  properties: { title: string; subject: string; keywords: string; creator: string; description: string },
  language: string,
): Omit<IPropertiesOptions, 'sections'> {
  return {
    title: properties.title,
    subject: properties.subject,
    keywords: properties.keywords,
    // The app wrote it and nobody has edited it since (the library's default names the author "Un-named").
    creator: properties.creator,
    lastModifiedBy: properties.creator,
    description: properties.description,
    pageNumbers: estimatePageNumbers,
    features: { updateFields: false },
    styles: {
      default: {
        document: { run: { language: { value: language }, font: 'Calibri', size: 22 } },
        // The outline level makes Heading 1–3 headings for LibreOffice too (Word knows its own heading styles).
        heading1: { paragraph: { outlineLevel: 0 } },
        heading2: { paragraph: { outlineLevel: 1 } },
        heading3: { paragraph: { outlineLevel: 2 } },
      },
    },
  };
}
