import {
  AlignmentType,
  Footer,
  type HeadingLevel,
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
  type IPropertiesOptions,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';

/** A heading level of the `docx` library (Heading 1–3 are the styles Word and LibreOffice read as an outline). */
export type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** A real heading (a Heading n style, so it is in the outline and the contents), kept with what follows. */
export function heading(text: string, level: HeadingLevelValue): Paragraph {
  return new Paragraph({
    heading: level,
    spacing: { before: 240, after: 80 },
    keepNext: true,
    children: [new TextRun(text)],
  });
}

/** A table cell of one paragraph (bold in a header row). */
export function cell(text: string, header = false): TableCell {
  return new TableCell({
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
 * A table of contents of heading levels 1–2 under its own title, with a hint on updating its fields, then a
 * page break. The page numbers are the estimate written into the document (`documentOptions`).
 */
export function contents(toc: { heading: string; hint: string }): FileChild[] {
  return [
    new Paragraph({ children: [new TextRun({ text: toc.heading, bold: true, size: 32 })] }),
    new TableOfContents(toc.heading, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({
      children: [new TextRun({ text: toc.hint, italics: true, size: 18 }), new PageBreak()],
    }),
  ];
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
