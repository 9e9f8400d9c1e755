/**
 * Text and attribute values as an XML parser must give them, and as saxes (ExcelJS's parser) gives them: line ends
 * normalised, the predefined entities and character references replaced (saxen leaves both to its caller, and its
 * own decoder reads a reference above U+FFFF as one UTF-16 unit). What saxes refuses in a text (a character XML
 * forbids, "]]>", an entity XML does not define, a lone "&") makes the part unreadable here: the caller then falls
 * back to ExcelJS, whose parser decides, as for any markup the fast reader does not read.
 *
 * saxen checks less than saxes outside the texts and attributes the reader asks for (an attribute never read, a
 * comment holding "--"): there a damaged part may still be read, where ExcelJS would refuse it. What is read is read
 * as saxes reads it.
 */

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
const REFERENCE = /&([^&;]*);|&/g;
// Characters XML forbids in a text (the controls but tab and line ends, U+FFFE, U+FFFF).
const FORBIDDEN_CHARS = String.raw`\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF`;
const FORBIDDEN = new RegExp(`[${FORBIDDEN_CHARS}]|]]>`);
// Anything a text needs done or refused for: those, "]]>", a carriage return, a reference.
const WORK = new RegExp(`[${FORBIDDEN_CHARS}\\r&]|]]>`);

export class UnreadableXml extends Error {}

function character(ref: string): string {
  const named = ENTITIES.get(ref);
  if (named !== undefined) return named;
  const code = /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : NaN;
  // Characters XML allows: a reference to anything else is an error, as it is for saxes.
  if (code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))
    return String.fromCodePoint(code);
  throw new UnreadableXml('character reference');
}

/** A text as saxes gives it; throws UnreadableXml where saxes would throw. */
export function xmlText(raw: string): string {
  // Most texts (a number, a shared string's index, a name) need nothing: one look tells.
  if (!WORK.test(raw)) return raw;
  if (FORBIDDEN.test(raw)) throw new UnreadableXml('character');
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (_, ref: string | undefined) => {
    if (ref === undefined) throw new UnreadableXml('"&" alone');
    return character(ref);
  });
}

/** The XML declaration a part may begin with: only XML 1.0 is read here (1.1 reads line ends otherwise). */
export function assertXml10(declaration: string): void {
  // A processing instruction such as <?xml-stylesheet …?> is not the declaration.
  if (!/^<\?xml\s/.test(declaration)) return;
  const version = /\sversion\s*=\s*(["'])([^"']*)\1/.exec(declaration)?.[2];
  if (version !== '1.0') throw new UnreadableXml(`XML ${version ?? '?'}`);
}

/** An attribute's value: its white space made spaces, then its references replaced. */
export function xmlAttribute(raw: string): string {
  // Most values (a cell's address, type or style) hold neither: looked for in one pass over their few characters.
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 || c < 32) return xmlText(raw.replace(/\r\n|[\t\n\r]/g, ' '));
  }
  return raw;
}

/**
 * Copies of a part's texts, each holding its characters itself, one byte a character where they allow it. A
 * parser's texts are slices of the whole part, which is stored two bytes a character as soon as one character needs
 * it; the engine lower-cases, matches, hashes and compares such slices markedly slower (a tenth of a check). One
 * JSON round trip copies them all at once, exactly (lone surrogates and NUL included), in the narrowest form.
 */
export function ownTexts(texts: string[]): string[] {
  return JSON.parse(JSON.stringify(texts)) as string[];
}
