/**
 * Word's automatic numbering (word/numbering.xml, ECMA-376 part 1, 17.9): the numbers Word shows before numbered
 * paragraphs ("1.", "II.", "a)") are not in the text, yet a list typed as numbered paragraphs, or a table's "STT"
 * column, is read by them. Each numbering's levels give a format, a pattern ("%1.") and a start; a paragraph's number
 * counts the paragraphs of its numbering and level since the last one of a level above it. Bullets give no number.
 */
import { Parser } from 'saxen';
import { xmlAttribute } from '../exceljs/xml-text';

interface Level {
  format: string;
  pattern: string;
  start: number;
}

/** Counts one document's numbered paragraphs in reading order. */
export interface DocNumbering {
  /** The number Word shows before the next paragraph of numbering `numId` at level `ilvl`; undefined for bullets. */
  next(numId: string, ilvl: number): string | undefined;
  /** Numbering `numId` at level `ilvl` is a bullet: what Word shows before the paragraph is a mark, not a number. */
  bullet(numId: string, ilvl: number): boolean;
}

export const NO_NUMBERING: DocNumbering = { next: () => undefined, bullet: () => false };

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN)
    for (; rest >= value; rest -= value) out += letters;
  return out;
}

/** "A" … "Z", then "AA" … as Word repeats the letter. */
function letter(n: number): string {
  const repeat = Math.floor((n - 1) / 26) + 1;
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(repeat);
}

function formatted(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

export function readDocxNumbering(xml: string): DocNumbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, string>();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: string | undefined;
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => {
    const a = () => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(attrs())) out[k] = xmlAttribute(v);
      return out;
    };
    switch (name) {
      case 'w:abstractNum': {
        const id = a()['w:abstractNumId'];
        abstract = new Map();
        if (id !== undefined) abstracts.set(id, abstract);
        return;
      }
      case 'w:lvl': {
        const ilvl = Number(a()['w:ilvl']);
        level = { format: 'decimal', pattern: `%${ilvl + 1}.`, start: 1 };
        if (abstract && Number.isInteger(ilvl)) abstract.set(ilvl, level);
        return;
      }
      case 'w:numFmt':
        if (level) level.format = a()['w:val'] ?? 'decimal';
        return;
      case 'w:lvlText':
        if (level) level.pattern = a()['w:val'] ?? '';
        return;
      case 'w:start': {
        const start = Number(a()['w:val']);
        if (level && Number.isInteger(start) && start >= 0) level.start = start;
        return;
      }
      case 'w:num':
        num = a()['w:numId'];
        return;
      case 'w:abstractNumId': {
        const id = a()['w:val'];
        if (num !== undefined && id !== undefined) nums.set(num, id);
        return;
      }
    }
  });
  parser.on('closeTag', (name) => {
    if (name === 'w:lvl') level = undefined;
    else if (name === 'w:abstractNum') abstract = undefined;
    else if (name === 'w:num') num = undefined;
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(xml);

  // Counts by numbering, then by level; a paragraph resets the levels below its own.
  const counts = new Map<string, number[]>();
  return {
    bullet: (numId, ilvl) => abstracts.get(nums.get(numId) ?? '')?.get(ilvl)?.format === 'bullet',
    next(numId, ilvl) {
      const levels = abstracts.get(nums.get(numId) ?? '');
      const own = levels?.get(ilvl);
      if (!levels || !own || own.format === 'bullet' || own.format === 'none') return undefined;
      let c = counts.get(numId);
      if (!c) counts.set(numId, (c = []));
      c[ilvl] = (c[ilvl] ?? (own.start - 1)) + 1;
      c.length = ilvl + 1;
      return own.pattern.replace(/%([1-9])/g, (_, k: string) => {
        const i = Number(k) - 1;
        const lv = levels.get(i);
        return formatted(c[i] ?? lv?.start ?? 1, lv?.format ?? 'decimal');
      });
    },
  };
}
