/**
 * Review 27: a person's name typed without diacritics whose surname is a body's first word once marks go
 * («Truong Van Hung» = Trương, «To Van Hung» = Tô, «Hoi Thi Lan») is still a person's name: filed «Tập thể» it gets
 * SUBJECT_KIND_MISMATCH and is listed under «II. CÁ NHÂN» with its year. Near misses: bodies typed without marks
 * keep their kind («Tram Y te xa An Binh», «Chi bo TT Phu Hoa», «Doan Thanh nien xa An Binh»).
 */
import { namePlainlyPersonal, statedKindContradicted } from '../../../src/domain/subjects/listed-kind';

const filedCollective = (name: string) => ({ name, kind: 'collective' as const, kindSource: 'column' as const, household: false, birthYear: 1975 });

describe('unaccented names under «Tập thể»', () => {
  it.each(['Truong Van Hung', 'To Van Hung', 'Hoi Thi Lan', 'Truong Thi Lan', 'TRUONG VAN HUNG', 'Doan Thi Mai'])('%s is a person’s name: the stated kind is contradicted', (name) => {
    expect(namePlainlyPersonal(name)).toBe(true);
    expect(statedKindContradicted(filedCollective(name))).toBe(true);
  });

  it.each(['Tram Y te xa An Binh', 'Chi bo TT Phu Hoa', 'Doan Thanh nien xa An Binh', 'Truong Tieu hoc An Binh', 'TRAM Y TE XA THANH KIM'])(
    'near miss: %s is a body typed without marks: it keeps «Tập thể»',
    (name) => {
      expect(statedKindContradicted(filedCollective(name))).toBe(false);
    },
  );
});
