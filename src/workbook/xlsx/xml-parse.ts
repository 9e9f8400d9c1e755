/**
 * saxen (a small, fast, non-validating SAX parser) set up as every part of a workbook is read: elements by their
 * local name (a prefixed "x:row" is a row), malformed markup and XML other than 1.0 refused as damaged, texts and
 * attribute values decoded as an XML parser must (../exceljs/xml-text.ts).
 */
import { Parser } from 'saxen';
import { assertXml10, UnreadableXml, xmlAttribute, xmlText } from '../exceljs/xml-text';
import { Damaged } from './damaged';

export interface XmlHandlers {
  open(name: string, attrs: () => Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The name without its namespace prefix. */
export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by its name (SpreadsheetML's attributes are unprefixed, but for relationship ids), decoded. */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
  const raw = attrs[name];
  return raw === undefined ? undefined : xmlAttribute(raw);
}

/** The relationship id of an element (`r:id`, whatever the prefix is). */
export function relationshipId(attrs: Record<string, string>): string | undefined {
  for (const key in attrs) if (key.endsWith(':id')) return xmlAttribute(attrs[key] ?? '');
  return undefined;
}

export function parseXml(xml: string, h: XmlHandlers): void {
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => h.open(localName(name), attrs));
  const close = h.close;
  if (close) parser.on('closeTag', (name) => close(localName(name)));
  const text = h.text;
  // Every text is decoded, kept or not: one a parser must refuse makes the part unreadable wherever it stands.
  parser.on('text', text ? (raw) => text(xmlText(raw)) : (raw) => void xmlText(raw));
  parser.on('cdata', text ? (raw) => text(raw) : () => undefined);
  parser.on('question', assertXml10);
  parser.on('error', (e) => {
    throw new Damaged(e.message);
  });
  // What saxen only warns of (a malformed attribute, text outside the root), a conforming parser refuses.
  parser.on('warn', (e) => {
    throw new Damaged(e.message);
  });
  try {
    parser.parse(xml);
  } catch (e) {
    throw e instanceof UnreadableXml ? new Damaged(e.message) : e;
  }
}
