/**
 * Trial 18b #6: laying out the ceremony list was quadratic within a long cell: cutting a 5–20 KB summary into rows
 * measured the whole part again for every word (1,000 such rows did not finish in 75 s). The part's wrapping is now
 * carried on word by word (`Wrap`), each word measured once. The cuts are the same as before: compared here with the
 * former way (every part measured whole by wrappedLines) on texts of many shapes (line breaks, runs of blanks,
 * tabs, an endless word, signs of two UTF-16 halves, leading blank lines), and wrappedLines equals its text fed in
 * any pieces (a sign cut in its halves among them). Near misses: a fitting summary stays one part; one just too
 * long is cut in two.
 */
import { rowParts } from '../../../src/domain/ceremony/ceremony-sheet';
import { Wrap, wrappedLines } from '../../../src/domain/sheet-model';

const MAX_ROW_LINES = 26;

/** The former rowParts: each candidate part measured whole (its words' pieces as rowParts cuts them). */
function formerParts(text: string, width: number, size = 12): string[] {
  if (wrappedLines(text, width, size) <= MAX_ROW_LINES) return [text];
  const parts: string[] = [];
  // An endless word is cut as rowParts cuts it: take its pieces from rowParts of the word alone.
  const words = (text.match(/[^ \n]+[ \n]*|[ \n]+/g) ?? []).flatMap((w) => (wrappedLines(w, width, size) <= MAX_ROW_LINES ? [w] : piecesOf(w, width, size)));
  let part = '';
  for (const w of words) {
    const next = part + w;
    if (part && wrappedLines(next.trimEnd(), width, size) > MAX_ROW_LINES) {
      parts.push(part.trimEnd());
      part = w;
    } else part = next;
  }
  if (part.trim()) parts.push(part.trimEnd());
  return parts;
}

function piecesOf(word: string, width: number, size: number): string[] {
  const out: string[] = [];
  let rest = word;
  while (wrappedLines(rest, width, size) > MAX_ROW_LINES) {
    let n = rest.length;
    while (n > 1 && wrappedLines(rest.slice(0, n), width, size) > MAX_ROW_LINES) n = Math.floor(n * 0.9);
    out.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  return [...out, rest];
}

/** A deterministic text of about `length` characters from these words and separators. */
function textOf(seed: number, length: number, words: string[], separators: string[]): string {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
  let t = '';
  while (t.length < length) t += (words[next(words.length)] ?? '') + (separators[next(separators.length)] ?? '');
  return t;
}

const WORDS = ['vận', 'động', 'nhân', 'dân', 'hiến', 'đất', 'ĐƯỜNG', 'giao', 'thông', 'nông', 'thôn;', 'a', 'mmmmmm', 'Ữ', '2021–2023,', '(xã', 'An', 'Hà)'];
const SHAPES: [string, string[], string[], string][] = [
  ['plain prose', WORDS, [' '], ''],
  ['paragraphs', WORDS, [' ', ' ', ' ', '\n', '\n\n'], ''],
  ['runs of blanks, breaks after blanks', WORDS, [' ', '  ', ' \n', '\n ', '   '], ''],
  ['tabs and no-break spaces in words', [...WORDS, '\t', 'x\u00a0y', 'z\t'], [' ', ' \t', '\t '], ''],
  ['a pasted link among words', [...WORDS, `https://baodientu.vn/${'tin-tuc-dien-hinh-'.repeat(60)}`], [' ', '\n'], ''],
  ['signs beyond letters, an endless word of them', [...WORDS, '😀', '€5', 'ǅ', '→', '😀'.repeat(700)], [' ', '\n'], ''],
  ['leading blank lines', WORDS, [' ', '\n'], '\n'.repeat(30)],
  ['trailing blanks', WORDS, [' '], ''],
];

describe('a long cell cut into rows', () => {
  it.each(SHAPES)('%s: the same parts as measuring each part whole', (name, words, separators, lead) => {
    for (const [i, length] of [3000, 6000, 12000].entries())
      for (const width of [10, 22, 46]) {
        const text = lead + textOf(i * 7 + width, length, words, separators) + (name === 'trailing blanks' ? '  \n ' : '');
        expect(rowParts(text, width)).toEqual(formerParts(text, width));
        expect(rowParts(text, width, 13)).toEqual(formerParts(text, width, 13));
      }
  });

  it('wrappedLines is the same for a text fed in any pieces', () => {
    for (const [name, words, separators] of SHAPES) {
      const text = textOf(name.length, 4000, words, separators);
      for (const width of [6, 22, 60]) {
        const wrap = new Wrap(width, 12, true);
        for (const step of [1, 2, 7, 100]) {
          let at = wrap.start;
          for (let i = 0; i < text.length; i += step) at = wrap.feed(at, text.slice(i, i + step));
          expect(wrap.lines(at)).toBe(wrappedLines(text, width, 12, true));
        }
      }
    }
  });

  it('a 1 MB summary is cut at once, every line of it kept', () => {
    const text = textOf(1, 1_000_000, WORDS, [' ', ' ', '\n']);
    const parts = rowParts(text, 46);
    expect(parts.length).toBeGreaterThan(100);
    for (const p of parts) expect(wrappedLines(p, 46, 12)).toBeLessThanOrEqual(MAX_ROW_LINES);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.trimEnd().replace(/\s+/g, ' '));
  }, 10000);
});

describe('near misses', () => {
  const SENTENCE = 'Trong giai đoạn 2021 - 2023, đồng chí đã vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn; ';
  it('a fitting summary stays one part', () => {
    const text = SENTENCE.repeat(5).trim();
    expect(rowParts(text, 46)).toEqual([text]);
  });
  it('a summary just too long is cut in two, between words', () => {
    let text = SENTENCE;
    while (wrappedLines(text, 46, 12) <= MAX_ROW_LINES) text += SENTENCE;
    const parts = rowParts(text.trim(), 46);
    expect(parts).toHaveLength(2);
    expect(parts).toEqual(formerParts(text.trim(), 46));
    expect(`${parts[0]} ${parts[1]}`).toBe(text.trim());
  });
});
