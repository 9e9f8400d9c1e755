import fc from 'fast-check';
import { columnEncoding, decodeByEvidence, decodeByFont, mayBeLegacy } from '../../../src/domain/text/detect';
import { decodeLegacy, encodeLegacy, LegacyEncoding } from '../../../src/domain/text/legacy';
import { vietnameseScore, WORD_SEPARATORS } from '../../../src/domain/text/syllable';
import { LOWER_LETTERS, UNICODE_ONLY } from '../../../src/domain/text/letters';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tô', 'Hà', 'Lò', 'Đinh', 'Trịnh', 'Đoàn', 'Lương', 'Quách', 'Tạ', 'Lâm', 'Triệu', 'Kiều'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Xuân', 'Thu', 'Công', 'Bá', 'Thế'];
const GIVEN = ['An', 'Bình', 'Tâm', 'Tám', 'Hùng', 'Dũng', 'Hường', 'Thuỷ', 'Lan', 'Hoa', 'Nam', 'Sơn', 'Tuấn', 'Hạnh', 'Đào', 'Hà', 'Lê', 'Tú', 'Vân', 'Yến', 'Cường', 'Phúc', 'Huệ', 'Khuê', 'Quyết', 'Nguyệt', 'Thảo', 'Ánh', 'Hiếu', 'Việt', 'Trường', 'Mỹ', 'Phương', 'Ước'];
const nameArb = fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(' '));

const FONTS = ['.VnTime', '.VnTimeH', '.VnArialH', 'VNI-Times', 'VNI-Helve', 'Times New Roman', 'Calibri', undefined];

/** Unicode syllables written with Latin-1 letters only ("Hà", "Lê", "Bình"): what legacy text also looks like. */
const LATIN1_ONLY_SYLLABLES = ['Hà', 'Giang', 'Lê', 'Bình', 'Tâm', 'Tô', 'Lâm', 'Hòa', 'Hoài', 'Tú', 'Lý', 'Vân', 'Thái', 'Quách', 'Lò', 'Hoàng', 'Chí', 'Minh', 'Thanh', 'Nam', 'Tài', 'Toàn', 'Kim', 'Hùng', 'Châu', 'Sáu', 'Bé', 'Tèo', 'Thúy', 'Quý', 'Yên', 'Cà', 'Mau', 'Bà'];

describe('mayBeLegacy', () => {
  it('says legacy text may be legacy', () => {
    expect(mayBeLegacy('NguyÔn V¨n An')).toBe(true);
    expect(mayBeLegacy('Nguyeãn Vaên Ñaøo')).toBe(true);
    expect(mayBeLegacy('Tr\u00adêng')).toBe(true);
  });

  it('rules out pure ASCII and Unicode Vietnamese with a Unicode-only letter', () => {
    expect(mayBeLegacy('Nguyen Van An')).toBe(false);
    expect(mayBeLegacy('Nguyễn Văn An')).toBe(false);
    expect(mayBeLegacy('Lò Văn Á')).toBe(false);
    expect(mayBeLegacy('')).toBe(false);
  });

  it('cannot rule out Unicode text made only of Latin-1 letters, such as "Hà Giang"', () => {
    expect(mayBeLegacy('Hà Giang')).toBe(true);
  });

  it('rules out decomposed (NFD) text: legacy fonts store precomposed codes only', () => {
    expect(mayBeLegacy('Hà Giang'.normalize('NFD'))).toBe(false);
    expect(mayBeLegacy('Nguyễn Văn An'.normalize('NFD'))).toBe(false);
  });

  it('holds for every legacy encoding of text with a letter beyond ASCII', () => {
    fc.assert(
      fc.property(nameArb, fc.constantFrom('tcvn3', 'vni') as fc.Arbitrary<'tcvn3' | 'vni'>, (name, enc) => {
        fc.pre(/[^a-z ]/i.test(name));
        expect(mayBeLegacy(encodeLegacy(name, enc === 'tcvn3' ? 'tcvn3-caps' : enc))).toBe(true);
      }),
    );
  });
});

describe('decodeByFont', () => {
  it('decodes cells whose font names a legacy encoding', () => {
    expect(decodeByFont('NguyÔn V¨n An', '.VnTime')).toEqual({ text: 'Nguyễn Văn An', encoding: 'tcvn3' });
    expect(decodeByFont('®¶ng bé x· an b×nh', '.VnTimeH')).toEqual({ text: 'ĐẢNG BỘ XÃ AN BÌNH', encoding: 'tcvn3-caps' });
    expect(decodeByFont('Nguyeãn Vaên Ñaøo', 'VNI-Times')).toEqual({ text: 'Nguyễn Văn Đào', encoding: 'vni' });
  });

  it('does nothing under a Unicode font or none', () => {
    expect(decodeByFont('NguyÔn V¨n An', 'Times New Roman')).toBeUndefined();
    expect(decodeByFont('NguyÔn V¨n An', undefined)).toBeUndefined();
  });

  it('does nothing when decoding changes nothing (ASCII under a legacy font)', () => {
    expect(decodeByFont('X01', '.VnTime')).toBeUndefined();
    expect(decodeByFont('Nguyen Van An', 'VNI-Times')).toBeUndefined();
  });

  it('leaves Unicode Vietnamese alone whatever font the cell claims', () => {
    const unicodeOnly = LOWER_LETTERS.filter((l) => UNICODE_ONLY.test(l));
    const partArb = fc.array(fc.constantFrom(...LOWER_LETTERS, ...'abc nguy'.split('')), { maxLength: 10 }).map((a) => a.join(''));
    const unicodeArb = fc.tuple(partArb, fc.constantFrom(...unicodeOnly), partArb).map((p) => p.join(''));
    fc.assert(
      fc.property(unicodeArb, fc.constantFrom(...FONTS), fc.boolean(), (s, font, upper) => {
        const text = upper ? s.toUpperCase() : s;
        expect(decodeByFont(text, font)).toBeUndefined();
        expect(decodeByFont(text.normalize('NFD'), font)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    for (const font of FONTS) expect(decodeByFont('Nguyễn Văn Đào', font)).toBeUndefined();
    // Decomposed text has no Unicode-only letter, only ASCII and marks; .VnTimeH must not upper-case it.
    expect(decodeByFont('Hà Giang'.normalize('NFD'), '.VnTimeH')).toBeUndefined();
    expect(decodeByFont('bảo'.normalize('NFD'), '.VnArialH')).toBeUndefined();
  });

  it('recovers any name stored under its legacy font', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        expect(decodeByFont(encodeLegacy(name, 'vni'), 'VNI-Times')?.text ?? name).toBe(name);
        expect(decodeByFont(encodeLegacy(name.toUpperCase(), 'tcvn3-caps'), '.VnTimeH')?.text ?? name.toUpperCase()).toBe(
          name.toUpperCase(),
        );
        expect(decodeByFont(encodeLegacy(name.toLowerCase(), 'tcvn3'), '.VnTime')?.text ?? name.toLowerCase()).toBe(
          name.toLowerCase(),
        );
      }),
    );
  });
});

describe('columnEncoding', () => {
  it('recognises a column of TCVN3 names', () => {
    expect(columnEncoding(['NguyÔn V¨n An', 'TrÇn ThÞ Thuû', 'Lª V¨n T¸m'])).toBe('tcvn3');
  });

  it('recognises a column of VNI names', () => {
    expect(columnEncoding(['Nguyeãn Vaên Ñaøo', 'Traàn Thò Thuûy', 'Leâ Vaên Taùm', 'Phaïm Thò Höông'])).toBe('vni');
  });

  it('recognises VNI whose letters also look like TCVN3 codes ("Leâ Vaên Taâm")', () => {
    // Read as TCVN3 this gives "Leõ Vaờn Taõm": letters, but no Vietnamese syllables.
    expect(columnEncoding(['Leâ Vaên Taâm'])).toBe('vni');
    expect(columnEncoding([encodeLegacy('Hoàng Văn Vân', 'vni')])).toBe('vni');
    expect(columnEncoding([encodeLegacy('Phạm Xuân Bình', 'vni')])).toBe('vni');
  });

  it('finds no encoding in Unicode names, even those made of Latin-1 letters only', () => {
    expect(columnEncoding(['Hà Giang', 'Lò Văn Á', 'Lê Thị Hà', 'Nguyễn Văn An'])).toBeUndefined();
    expect(columnEncoding(['Hà Giang', 'Lê Bình', 'Tô Lâm', 'Hoàng Minh Châu'])).toBeUndefined();
  });

  it('finds no encoding in an empty or ASCII column', () => {
    expect(columnEncoding([])).toBeUndefined();
    expect(columnEncoding(['X01', 'Nguyen Van An', ''])).toBeUndefined();
  });

  it('ignores Unicode cells mixed into a legacy column', () => {
    expect(columnEncoding(['NguyÔn V¨n An', 'Nguyễn Văn Bình', 'Hà Giang', 'Lª V¨n T¸m'])).toBe('tcvn3');
  });

  it('never names the wrong encoding for a column of legacy names, and recognises bigger columns', () => {
    for (const enc of ['tcvn3', 'vni'] as const) {
      fc.assert(
        fc.property(fc.array(nameArb, { minLength: 1, maxLength: 8 }), (names) => {
          const found = columnEncoding(names.map((n) => encodeLegacy(n, enc)));
          expect([enc, undefined]).toContain(found);
        }),
        { numRuns: 300 },
      );
    }
    const ten = ['Nguyễn Văn An', 'Trần Thị Hường', 'Lê Văn Tám', 'Phạm Thị Hương', 'Đặng Văn Tuấn', 'Bùi Thị Thuỷ', 'Hồ Văn Sơn', 'Vũ Thị Lan', 'Đỗ Đức Hùng', 'Ngô Thị Yến'];
    expect(columnEncoding(ten.map((n) => encodeLegacy(n, 'tcvn3')))).toBe('tcvn3');
    expect(columnEncoding(ten.map((n) => encodeLegacy(n, 'vni')))).toBe('vni');
  });

  it('never finds an encoding in Unicode names', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nameArb, fc.array(fc.constantFrom(...LATIN1_ONLY_SYLLABLES), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))), { maxLength: 8 }), (names) => {
        expect(columnEncoding(names)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a column\'s evidence, summed word by word', () => {
  const ENCODINGS = ['tcvn3', 'vni'] as const;
  // Names as they come: legacy-encoded in either encoding, in Unicode, upper-cased, with numbers and punctuation.
  const cellArb = fc
    .array(
      fc.oneof(
        fc.tuple(nameArb, fc.constantFrom(...ENCODINGS)).map(([n, enc]) => encodeLegacy(n, enc)),
        nameArb,
        nameArb.map((n) => n.toUpperCase()),
        fc.constantFrom(...LATIN1_ONLY_SYLLABLES),
        fc.constantFrom(' ', ', ', ' - ', '(1975)', ' 12 ', '/', '\u00A0', '–', 'x3', 'İ', 'µ'),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''));
  /** A text's gain from decoding as one text, as the score defines it. */
  const gainOfText = (t: string, enc: LegacyEncoding) => vietnameseScore(decodeLegacy(t, enc)) - vietnameseScore(t);

  it('a text\'s gain from decoding is the sum of its words\' gains', () => {
    fc.assert(
      fc.property(cellArb, (t) => {
        for (const enc of ENCODINGS) {
          const words = t.split(WORD_SEPARATORS).filter(Boolean);
          expect(words.reduce((sum, w) => sum + gainOfText(w, enc), 0)).toBe(gainOfText(t, enc));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('names the encoding that the texts\' summed gains name: their words\', a code with digits or a lone sign aside', () => {
    const isWord = (w: string) => w.length >= 2 && !/\d/.test(w);
    const byTexts = (texts: string[]): LegacyEncoding | undefined => {
      const gain = { tcvn3: 0, vni: 0 };
      for (const t of texts)
        if (mayBeLegacy(t))
          for (const w of t.split(WORD_SEPARATORS).filter(isWord)) for (const enc of ENCODINGS) gain[enc] += gainOfText(w, enc);
      if (gain.tcvn3 === gain.vni) return undefined;
      const best = gain.vni > gain.tcvn3 ? 'vni' : 'tcvn3';
      return gain[best] > 0 ? best : undefined;
    };
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 8 }), (texts) => {
        expect(columnEncoding(texts)).toBe(byTexts(texts));
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeByEvidence', () => {
  it('decodes legacy cells of a legacy column', () => {
    expect(decodeByEvidence('NguyÔn V¨n An', 'tcvn3')).toEqual({ text: 'Nguyễn Văn An', encoding: 'tcvn3' });
    expect(decodeByEvidence('Tr\u00adêng', 'tcvn3')).toEqual({ text: 'Trường', encoding: 'tcvn3' });
    expect(decodeByEvidence('Nguyeãn Vaên Ñaøo', 'vni')).toEqual({ text: 'Nguyễn Văn Đào', encoding: 'vni' });
  });

  it('does nothing without an encoding', () => {
    expect(decodeByEvidence('NguyÔn V¨n An', undefined)).toBeUndefined();
  });

  it('never changes plain Unicode, whichever encoding the column has', () => {
    for (const enc of ['tcvn3', 'vni'] as const) {
      expect(decodeByEvidence('Hà Giang', enc)).toBeUndefined();
      expect(decodeByEvidence('Lê Thị Hà', enc)).toBeUndefined();
      expect(decodeByEvidence('Lê Bình', enc)).toBeUndefined();
      expect(decodeByEvidence('Tô Lâm', enc)).toBeUndefined();
    }
  });

  it('never changes Unicode syllables written with Latin-1 letters only', () => {
    const textArb = fc.array(fc.constantFrom(...LATIN1_ONLY_SYLLABLES), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(textArb, fc.constantFrom('tcvn3', 'tcvn3-caps', 'vni') as fc.Arbitrary<'tcvn3' | 'tcvn3-caps' | 'vni'>, (s, enc) => {
        expect(decodeByEvidence(s, enc)).toBeUndefined();
        expect(decodeByEvidence(s.toUpperCase(), enc)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('given the right encoding, restores a legacy name or leaves it as it is, never garbles it', () => {
    for (const enc of ['tcvn3', 'vni'] as const) {
      fc.assert(
        fc.property(nameArb, (name) => {
          const stored = encodeLegacy(name, enc);
          expect([name, stored]).toContain(decodeByEvidence(stored, enc)?.text ?? stored);
        }),
        { numRuns: 300 },
      );
    }
  });
});
