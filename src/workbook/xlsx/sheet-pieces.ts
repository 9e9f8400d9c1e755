/**
 * A worksheet part's inflated bytes, as they stream in, cut at row boundaries into pieces of a few megabytes, each
 * of which parses on its own: the first is the part's head and rows closed after them, the middle ones rows wrapped
 * in the worksheet and sheetData elements, the last rows and the part's tail. A sheet of any size is parsed a piece
 * at a time and never held whole (a 1,000,000-row sheet is over 700 MB of XML, beyond a JavaScript string).
 * The cut is made in the UTF-8 bytes: "<row" is ASCII, and no byte of a multi-byte UTF-8 character is. Inside rows
 * "<" is always markup, unless a comment, CDATA section or processing instruction hides it: once "<!" or "<?" is
 * seen among the rows, the rest of the part is kept whole.
 */

/** Pieces are cut once this many bytes have come. */
export const PIECE_BYTES = 8 * 1024 * 1024;

const isNameEnd = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;

/** Whether "<!" or "<?" occurs in bytes [from, to); looked for by the rare "!" and "?", not by "<", which opens every tag. */
function hidesMarkup(bytes: Uint8Array, from: number, to: number): boolean {
  for (const mark of [0x21, 0x3f])
    for (let i = bytes.indexOf(mark, from + 1); i >= 0 && i < to; i = bytes.indexOf(mark, i + 1)) if (bytes[i - 1] === 0x3c) return true;
  return false;
}

/** The start of the last "<row" (a whole name, with or without a prefix) in bytes (from, to), or -1. */
function lastRowStart(bytes: Uint8Array, from: number, to: number): number {
  for (let i = bytes.lastIndexOf(0x3c, to - 1); i > from; i = bytes.lastIndexOf(0x3c, i - 1)) {
    // "<row" or "<x:row": the name's local part is "row".
    let j = i + 1;
    while (j < to && bytes[j] !== 0x3a && !isNameEnd(bytes[j]) && j - i < 40) j++;
    const local = bytes[j] === 0x3a ? j + 1 : i + 1;
    if (bytes[local] === 0x72 && bytes[local + 1] === 0x6f && bytes[local + 2] === 0x77 && isNameEnd(bytes[local + 3]) && local + 3 < to) return i;
  }
  return -1;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Where the rows must have begun for the part to be cut. */
const HEAD_BYTES = 64 * 1024;
const SHEET_DATA = /<(?:([A-Za-z_][\w.-]*):)?sheetData[\s>/]/;

/** The part's pieces as texts, in order. */
export async function* sheetPieces(chunks: AsyncIterable<Uint8Array>, pieceBytes = PIECE_BYTES): AsyncIterable<string> {
  const utf8 = new TextDecoder();
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  // Set once the rows have begun and cutting is safe: the wrappers, with the part's own prefix.
  let open: string | undefined;
  let close = '';
  // Where the rows begin in the part's bytes; the first piece is looked at from there on.
  let rowsFrom = 0;
  let cutting = true;
  let first = true;
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingLength += chunk.length;
    if (!cutting || pendingLength < pieceBytes) continue;
    const bytes = concat(pending, pendingLength);
    if (open === undefined) {
      // The head: where the rows begin, and the prefix the part's elements have.
      const head = utf8.decode(bytes.subarray(0, Math.min(bytes.length, HEAD_BYTES)));
      const m = SHEET_DATA.exec(head);
      if (!m) {
        // Not yet come, or no worksheet the cut can be sure of (kept whole).
        if (bytes.length >= HEAD_BYTES) cutting = false;
        pending = [bytes];
        continue;
      }
      const p = m[1] ? `${m[1]}:` : '';
      open = `<${p}worksheet><${p}sheetData>`;
      close = `</${p}sheetData></${p}worksheet>`;
      rowsFrom = new TextEncoder().encode(head.slice(0, m.index)).length;
    }
    const from = first ? rowsFrom : 0;
    const cut = lastRowStart(bytes, from, bytes.length);
    if (hidesMarkup(bytes, from, bytes.length)) cutting = false;
    if (!cutting || cut <= from) {
      pending = [bytes];
      continue;
    }
    const text = utf8.decode(bytes.subarray(0, cut));
    yield first ? text + close : open + text + close;
    first = false;
    const rest = bytes.subarray(cut);
    pending = [rest];
    pendingLength = rest.length;
  }
  const last = utf8.decode(concat(pending, pendingLength));
  yield first ? last : open + last;
}
