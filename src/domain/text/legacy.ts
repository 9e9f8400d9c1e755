/**
 * Legacy Vietnamese encodings: text typed in TCVN3 (ABC: .VnTime, and .VnTimeH whose capitals are stored as the
 * lowercase codes) or VNI-Windows fonts lands in the file as Latin-1 characters. These tables decode it to Unicode.
 */
import { VOWELS, VOWEL_BASES } from './letters';

export type LegacyEncoding = 'tcvn3' | 'tcvn3-caps' | 'vni';

// TCVN3 codes per base, tone order as in `TONES`: none, huyền, hỏi, ngã, sắc, nặng (0 = plain ASCII letter).
const TCVN3_CODES: Record<string, number[]> = {
  a: [0, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
// The only capitals .VnTime has codes for.
const TCVN3_CAPITALS: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };

// VNI-Windows: base letter followed by a mark character, tone order as in `TONES`.
const VNI_SEQ: Record<string, string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
};

interface EncodingMaps {
  tcvnDecode: ReadonlyMap<string, string>;
  tcvnEncode: ReadonlyMap<string, string>;
  /** Lowercase sequence → lowercase letter. */
  vniDecode: ReadonlyMap<string, string>;
  vniEncode: ReadonlyMap<string, string>;
}

/** The code tables of both encodings, both ways, built from the tables above: constants. */
function encodingMaps(): EncodingMaps {
  const tcvnDecode = new Map<string, string>();
  const tcvnEncode = new Map<string, string>();
  const vniDecode = new Map<string, string>();
  const vniEncode = new Map<string, string>();
  for (const base of VOWEL_BASES) {
    const letters = VOWELS[base] ?? [];
    letters.forEach((letter, tone) => {
      const code = TCVN3_CODES[base]?.[tone] ?? 0;
      if (code) {
        tcvnDecode.set(String.fromCharCode(code), letter);
        tcvnEncode.set(letter, String.fromCharCode(code));
      }
      const seq = VNI_SEQ[base]?.[tone];
      if (seq && seq !== letter) {
        vniDecode.set(seq, letter);
        vniEncode.set(letter, seq);
        vniEncode.set(letter.toUpperCase(), seq.toUpperCase());
      }
    });
  }
  tcvnDecode.set('\u00ae', 'đ');
  tcvnEncode.set('đ', '\u00ae');
  for (const [cap, code] of Object.entries(TCVN3_CAPITALS)) {
    tcvnDecode.set(String.fromCharCode(code), cap);
    tcvnEncode.set(cap, String.fromCharCode(code));
  }
  vniDecode.set('ñ', 'đ');
  vniEncode.set('đ', 'ñ');
  vniEncode.set('Đ', 'Ñ');
  return { tcvnDecode, tcvnEncode, vniDecode, vniEncode };
}

const { tcvnDecode, tcvnEncode, vniDecode, vniEncode } = encodingMaps();

// Every code either encoding decodes is beyond ASCII, and so is every VNI mark: ASCII letters pass through unlooked.
export function decodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    out += text.charCodeAt(i) < 0x80 ? ch : (tcvnDecode.get(ch) ?? ch);
  }
  // .VnTimeH draws every letter as a capital, whatever code was stored.
  return capitals ? out.toUpperCase() : out;
}

export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (text.charCodeAt(i) < 0x80 && !(text.charCodeAt(i + 1) >= 0x80)) {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next !== undefined) {
      const pair = vniDecode.get((ch + next).toLowerCase());
      if (pair) {
        out += ch === ch.toLowerCase() ? pair : pair.toUpperCase();
        i++;
        continue;
      }
    }
    const single = vniDecode.get(ch.toLowerCase());
    out += single ? (ch === ch.toLowerCase() ? single : single.toUpperCase()) : ch;
  }
  return out;
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'vni') return decodeVni(text);
  return decodeTcvn3(text, encoding === 'tcvn3-caps');
}

/**
 * Encodes NFC Unicode text as a legacy font would store it (for test fixtures and the sample workbook).
 * TCVN3 text that holds a capital .VnTime has no code for is stored for .VnTimeH: lowercase codes.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const nfc = text.normalize('NFC');
  let out = '';
  for (const ch of nfc) {
    if (encoding === 'vni') out += vniEncode.get(ch) ?? ch;
    else if (encoding === 'tcvn3-caps') out += tcvnEncode.get(ch.toLowerCase()) ?? ch.toLowerCase();
    else out += tcvnEncode.get(ch) ?? ch;
  }
  return out;
}

/** True when `text` can be written in plain .VnTime (it has no capital letter with a tone). */
export function fitsTcvn3(text: string): boolean {
  for (const ch of text.normalize('NFC')) {
    if (ch !== ch.toLowerCase() && !tcvnEncode.has(ch) && ch.charCodeAt(0) > 0x7f) return false;
  }
  return true;
}

/** The encoding a font name announces, if any (".VnTime", ".VnTimeH", ".VnArialH", "VNI-Times", …). */
export function encodingOfFont(fontName: string | undefined): LegacyEncoding | undefined {
  return fontName ? (fontEncoding(fontName) ?? undefined) : undefined;
}

// Asked of every text cell; a workbook has a handful of fonts.
const fontEncoding = (fontName: string): LegacyEncoding | null => {
  const f = fontName.trim();
  if (/^\.vn/i.test(f)) return /h$/i.test(f) ? 'tcvn3-caps' : 'tcvn3';
  if (/^vni[-_ ]/i.test(f)) return 'vni';
  return null;
};

export function fontOfEncoding(encoding: LegacyEncoding): string {
  return encoding === 'vni' ? 'VNI-Times' : encoding === 'tcvn3-caps' ? '.VnTimeH' : '.VnTime';
}
