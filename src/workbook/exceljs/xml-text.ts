/**
 * Text and attribute values as an XML parser must give them: line ends normalised, and the predefined entities and
 * character references replaced (saxen leaves both to its caller, and its own decoder reads a reference above
 * U+FFFF as one UTF-16 unit). A reference XML does not define makes the part unreadable here: the caller then falls
 * back to ExcelJS, whose parser decides, as for any markup it does not read.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&([^&;]*);|&/g;

export class UnreadableXml extends Error {}

function character(ref: string): string {
  const named = ENTITIES[ref];
  if (named !== undefined) return named;
  const code = /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : NaN;
  // Characters XML allows: a reference to anything else is an error, as it is for saxes.
  if (code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))
    return String.fromCodePoint(code);
  throw new UnreadableXml('character reference');
}

export function xmlText(raw: string): string {
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (_, ref: string | undefined) => {
    if (ref === undefined) throw new UnreadableXml('"&" alone');
    return character(ref);
  });
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
