/**
 * Ditto marks: a consolidated sheet repeats the cell above by writing "nt", "Như trên", `"`, "-nt-" or "//" in it.
 * Only a whole cell is one ("Trường NT", "Như Trên Hà" are values); what it stands for is the cell above.
 */

// The marks with their spaces, dots, hyphens and brackets taken out, lower-cased.
const MARKS = new Set(['nt', 'n/t', 'nhưtrên', 'nhutren', '"', '""', '“', '”', '“”', '〃', '//', "''", '„', '"/"']);
// The characters a mark may be wrapped in or spaced with ("- nt -", "(nt)", "Như trên.").
const WRAP = /[\s.\-–—()]+/g;
// The longest mark as typed, wrapping included ("- Như trên -"): any longer cell is let go at once.
const MAX_LENGTH = 14;

// What a mark may begin with: a cell beginning with any other character ("Giáo viên", "Trường …") is let go at once.
const MARK_STARTS = new Set([...'nN"“”〃/\'„-–—( '].map((c) => c.charCodeAt(0)));

/** True when the whole cell is a ditto mark. */
export function isDitto(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LENGTH || !MARK_STARTS.has(text.charCodeAt(0))) return false;
  // "nt", "n.t", "n/t", "Như trên": after an "n" only "t", "h", "." or "/" ("Nông dân" is let go at once).
  const first = text.charCodeAt(0) | 0x20;
  if (first === 0x6e && !/^.[tThH/. ]/.test(text)) return false;
  return MARKS.has(text.normalize('NFC').toLowerCase().replace(WRAP, ''));
}

/**
 * A reader of one column down a table: a ditto mark gives the last value written above it (blank when none was),
 * any other text is itself and becomes the value above the next row.
 */
export function dittoReader(): (text: string) => string {
  let above = '';
  return (text: string) => {
    if (text === '') return text;
    if (isDitto(text)) return above;
    above = text;
    return text;
  };
}
