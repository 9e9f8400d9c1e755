/**
 * The shared strings part read as ExcelJS's SharedStringsXform reads it, when every item is plain text
 * (`<si><t>…</t></si>`): the same strings, its `_xHHHH_` escapes decoded as its TextXform decodes them. Anything else
 * (rich text runs with their fonts, phonetic guides, an empty item, markup the parser refuses) gives undefined, and
 * the caller uses ExcelJS's parser, which decides. The xform builds an object per node; this is three times faster.
 * Parsed with saxen, as the worksheets are (sheet-rows.ts).
 */
import { Parser } from 'saxen';
import { assertXml10, ownTexts, xmlText } from './xml-text';

const ESCAPE = /_x([0-9A-F]{4})_/g;
const decodeEscapes = (text: string) => (text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

export function plainSharedStrings(xml: string): string[] | undefined {
  const parser = new Parser();
  const values: string[] = [];
  // Where the parser is: 1 inside <sst>, 2 inside an <si>, 3 inside its <t>.
  let depth = 0;
  let texts: string[] = [];
  let itemText = false;
  let plain = true;
  // A part found not to be plain is left as soon as that is known.
  const notPlain = () => {
    plain = false;
    parser.stop();
  };
  parser.on('openTag', (name) => {
    depth++;
    if (!plain) return;
    if (name === 'sst') plain = depth === 1;
    else if (name === 'si') {
      plain = depth === 2;
      itemText = false;
    } else if (name === 't') {
      // A second <t> in one item would replace the first in ExcelJS: not plain.
      plain = depth === 3 && !itemText;
      texts = [];
    } else plain = false;
    if (!plain) notPlain();
  });
  parser.on('text', (raw) => {
    // Read even where it is not kept: a text saxes refuses leaves the part to ExcelJS wherever it stands.
    const text = xmlText(raw);
    if (depth === 3) texts.push(text);
  });
  parser.on('question', assertXml10);
  // Text in a CDATA section, and markup saxes would refuse: ExcelJS's parser decides.
  parser.on('cdata', notPlain);
  parser.on('warn', notPlain);
  parser.on('closeTag', (name) => {
    depth--;
    if (!plain) return;
    if (name === 't') {
      values.push(decodeEscapes(texts.join('')));
      itemText = true;
    } else if (name === 'si' && !itemText) notPlain();
  });
  try {
    parser.parse(xml);
  } catch {
    return undefined;
  }
  return plain ? ownTexts(values) : undefined;
}
