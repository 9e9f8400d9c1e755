/**
 * A text is cleaned before it is read only when some character of it is one cleaning changes (tokens.ts): the
 * words must be those of the text cleaned first, whatever the text.
 */
import fc from 'fast-check';
import { Token, wordTable } from '../../../src/domain/duplicates/tokens';
import { cleanText } from '../../../src/domain/text';

const fields = (tokens: readonly Token[]) => tokens.map((t) => ({ ...t }));

/** The words of the text as read, and of the text cleaned first, each by a table of its own. */
function both(text: string) {
  return { read: fields(wordTable().tokenize(text)), cleanedFirst: fields(wordTable().tokenize(cleanText(text))) };
}

const PIECES = [
  'Nguyễn', 'Thủy', 'Thủy'.normalize('NFD'), 'Hoà', 'ÐẢNG', 'Ðảng', 'ðảng', 'Ɖ', 'xã', 'An', 'Bình', 'III', '3', '٣',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u00ad', '\u200b', '\u200d', '\u2066', '\ufeff', '\u0301',
  '\u0323', '-', ',', '.', '(', ')', '/', '"', '😀', 'b\u0301',
];

describe('reading a text cleans it only when cleaning would change its words', () => {
  it('texts made of names, marks, invisible characters, odd spaces and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
        const { read, cleanedFirst } = both(parts.join(''));
        expect(read).toEqual(cleanedFirst);
      }),
      { numRuns: 20000 },
    );
  });

  it('any text at all', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString(), (text) => {
        const { read, cleanedFirst } = both(text);
        expect(read).toEqual(cleanedFirst);
      }),
      { numRuns: 20000 },
    );
  });

  it('one table reads clean and unclean texts alike, in any order', () => {
    const words = wordTable();
    const texts = ['Nguyễn Thị Thủy', 'Nguyễn Thị Thủy'.normalize('NFD'), ' Nguyễn\u00a0Thị  Thủy ', 'Ðảng bộ xã An Bình', 'Đảng\u200b bộ'];
    for (const t of texts) expect(fields(words.tokenize(t))).toEqual(fields(wordTable().tokenize(cleanText(t))));
    // Decomposed, with a non-breaking space, with a look-alike "Ð": cleaned, the same words as written composed.
    expect(fields(words.tokenize(texts[1] as string))).toEqual(fields(words.tokenize(texts[0] as string)));
    expect(fields(words.tokenize(texts[2] as string))).toEqual(fields(words.tokenize(texts[0] as string)));
  });
});
