/**
 * The fonts a Word document's styles give its text (word/styles.xml): the document default, and each paragraph or
 * character style's own font or the one it is based on. Legacy lists often set .VnTime in the "Normal" style only.
 */
import { Parser } from 'saxen';
import { xmlAttribute } from '../exceljs/xml-text';
import { fontOf } from './read-docx-fonts';

export interface DocStyles {
  /** The font of text that names no style: the default paragraph style's, else the document default. */
  defaultFont?: string;
  /** A style's font by its id, following "based on". */
  fontOf(styleId: string | undefined): string | undefined;
}

export const NO_STYLES: DocStyles = { fontOf: () => undefined };

interface StyleDef {
  font?: string;
  basedOn?: string;
}

export function readDocxStyles(xml: string): DocStyles {
  const styles = new Map<string, StyleDef>();
  const stack: string[] = [];
  let docDefault: string | undefined;
  let defaultParagraph: string | undefined;
  let current: StyleDef | undefined;
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => {
    stack.push(name);
    const a = () => {
      const raw = attrs();
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) out[k] = xmlAttribute(v);
      return out;
    };
    if (name === 'w:style') {
      const at = a();
      current = {};
      const id = at['w:styleId'];
      if (id) styles.set(id, current);
      if (at['w:type'] === 'paragraph' && (at['w:default'] === '1' || at['w:default'] === 'true')) defaultParagraph = id;
    } else if (name === 'w:basedOn' && current) current.basedOn = a()['w:val'];
    else if (name === 'w:rFonts') {
      const font = fontOf(a());
      if (stack.includes('w:rPrDefault')) docDefault = font ?? docDefault;
      else if (current && stack.includes('w:style')) current.font = font ?? current.font;
    }
  });
  parser.on('closeTag', (name) => {
    stack.pop();
    if (name === 'w:style') current = undefined;
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(xml);

  const resolved = new Map<string, string | undefined>();
  const fontOfStyle = (id: string | undefined, depth = 0): string | undefined => {
    if (!id || depth > 20) return undefined;
    if (resolved.has(id)) return resolved.get(id);
    const def = styles.get(id);
    const font = def ? (def.font ?? fontOfStyle(def.basedOn, depth + 1)) : undefined;
    resolved.set(id, font);
    return font;
  };
  return { defaultFont: fontOfStyle(defaultParagraph) ?? docDefault, fontOf: (id) => fontOfStyle(id) ?? undefined };
}
