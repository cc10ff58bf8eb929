import { BadRequestError } from '../errors/sp-errors.js';

/** A parsed `<Field …>` element of a SchemaXml. */
export interface SchemaXmlField {
  attributes: Record<string, string>;
  choices: string[];
  defaultValue?: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Parses the `<Field>` element SharePoint accepts in `createfieldasxml` (attributes, CHOICES, Default). */
export function parseSchemaXml(xml: string): SchemaXmlField {
  const open = /^\s*<Field\b([^>]*?)(\/?)>/i.exec(xml);
  if (!open) throw new BadRequestError('The SchemaXml is not a valid <Field> element.');
  const attributes: Record<string, string> = {};
  const attrRe = /([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const attrText = open[1] ?? '';
  let m: RegExpExecArray | null;
  while ((m = attrRe.exec(attrText)) !== null) {
    attributes[m[1] as string] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  const leftover = attrText.replace(attrRe, '').trim();
  if (leftover !== '')
    throw new BadRequestError(`The SchemaXml has a malformed attribute near '${leftover}'.`);
  const selfClosing = open[2] === '/';
  const rest = xml.slice(open[0].length);
  if (!selfClosing && !/<\/Field>\s*$/i.test(rest))
    throw new BadRequestError('The SchemaXml <Field> element is not closed.');
  const body = selfClosing ? '' : rest.replace(/<\/Field>\s*$/i, '');
  const choices = [...body.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((c) => decodeEntities(c[1] ?? ''));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(body);
  return def ? { attributes, choices, defaultValue: decodeEntities(def[1] ?? '') } : { attributes, choices };
}
