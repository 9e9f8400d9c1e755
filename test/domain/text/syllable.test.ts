import fc from 'fast-check';
import { vietnameseScore } from '../../../src/domain/text/syllable';

// Real Vietnamese text: every word a syllable, so the score is the word count.
const REAL = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'Nguyễn Văn Đào, Trần Thị Thuỷ, Lê Văn Tám, Phạm Thị Hương',
  'Đảng bộ xã An Bình',
  'Danh sách đăng ký điển hình tiên tiến giai đoạn 2021 - 2025',
  'Người tốt việc tốt trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Khuyến khích, biểu dương kịp thời những gương sáng',
  'Quyết định khen thưởng của Ban Thường vụ Huyện ủy',
  'Giữ gìn nghiêng ngoằn ngoèo khuya khuỷu oái oăm xoong',
  'Uỷ ban nhân dân huyện Thuận Thành, tỉnh Bắc Ninh',
];
const words = (s: string) => s.split(/[\s,.\-0-9]+/).filter(Boolean).length;

describe('vietnameseScore', () => {
  it.each(REAL)('counts every word of real Vietnamese as a syllable: %s', (s) => {
    expect(vietnameseScore(s)).toBe(words(s));
    expect(vietnameseScore(s.toUpperCase())).toBe(words(s));
    expect(vietnameseScore(s.normalize('NFD'))).toBe(words(s));
  });

  it('counts −1 for each word with a letter no Vietnamese word has', () => {
    // TCVN3 bytes read as Latin-1: "¨", "Ç", "Þ", "ª", "¸" are not Vietnamese letters.
    expect(vietnameseScore('V¨n')).toBe(-1);
    expect(vietnameseScore('TrÇn ThÞ')).toBe(-2);
    expect(vietnameseScore('Lª V¨n T¸m')).toBe(-3);
    // VNI bytes: "ø" and "ï" are not either.
    expect(vietnameseScore('Ñaøo')).toBe(-1);
    expect(vietnameseScore('Phaïm')).toBe(-1);
  });

  it('counts 0 for words of Vietnamese letters that are no Vietnamese syllable', () => {
    expect(vietnameseScore('Nguyeãn')).toBe(0); // VNI: "e" + "ã"
    expect(vietnameseScore('Thuû')).toBe(0); // TCVN3 "ỷ" read as Latin-1 "û"
    expect(vietnameseScore('Excel')).toBe(0);
    expect(vietnameseScore('stress')).toBe(0);
  });

  it('does not take runs of vowels Vietnamese never writes for syllables', () => {
    // VNI text wrongly read as TCVN3 yields such runs; they must not count as Vietnamese.
    expect(vietnameseScore('Vaờn')).toBe(0);
    expect(vietnameseScore('Hoaứng')).toBe(0);
    expect(vietnameseScore('Leâ Vaên Taâm')).toBe(0);
    expect(vietnameseScore('aaa eee')).toBe(0);
  });

  it('does not take a final consonant after a glide ("maing", "vaon") or two tones in a word', () => {
    expect(vietnameseScore('maing')).toBe(0);
    expect(vietnameseScore('Vaõn')).toBe(0);
    expect(vietnameseScore('ẹaứo')).toBe(0);
  });

  it('ignores numbers and punctuation', () => {
    expect(vietnameseScore('')).toBe(0);
    expect(vietnameseScore('2021 - 2025 (1) (2)')).toBe(0);
    expect(vietnameseScore('Thôn 3, Tổ 12')).toBe(2);
  });

  it('is the sum over words', () => {
    const pool = fc.constantFrom(...REAL.flatMap((s) => s.split(' ')), 'V¨n', 'Nguyeãn', 'Excel', 'Ñaøo');
    fc.assert(
      fc.property(fc.array(pool, { maxLength: 8 }), (ws) => {
        expect(vietnameseScore(ws.join(' '))).toBe(ws.reduce((n, w) => n + vietnameseScore(w), 0));
      }),
    );
  });
});
