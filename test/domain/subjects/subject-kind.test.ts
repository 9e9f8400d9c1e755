import fc from 'fast-check';
import { CASE_CUED_NAME_STARTS, casedAsBody, COLLECTIVE_NAME_STARTS, isHousehold, looksCollective } from '../../../src/domain/subjects/subject-kind';
import { toneKey } from '../../../src/domain/text';
import { looksAbbreviatedBody } from '../../../src/domain/subjects/abbreviated-body';

describe('a name that begins like a body', () => {
  it('is a collective whether its beginning is one word or several, in any case or tone placement', () => {
    for (const name of ['Chi bộ Thôn 3', 'Hội Nông dân xã An Bình', 'Tổ dân phố 5', 'Ban chỉ huy Quân sự huyện', 'Câu lạc bộ hưu trí', 'Văn phòng Huyện ủy', 'TRƯỜNG THCS AN BÌNH', 'Đoàn thanh niên xã', 'Uỷ ban nhân dân xã', 'Xã']) {
      expect([name, looksCollective(name)]).toEqual([name, true]);
    }
  });

  it('is a trade union, a grassroots youth union, a battalion, a library or a workshop: bodies whose first word alone is not one', () => {
    for (const name of ['Công đoàn cơ sở', 'Công đoàn Trường THCS Thanh Tân', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'Nghiệp đoàn nghề cá xã', 'Đoàn cơ sở Bệnh viện', 'Tổng công ty Điện lực', 'Tiểu đoàn 3', 'Thư viện huyện', 'Phân xưởng sửa chữa', 'Chợ Phú Hữu', 'Đơn vị 2', 'Lực lượng Dân quân xã', 'LỰC LƯỢNG CÔNG AN XÃ', 'Chùa Phước Long', 'Giáo xứ An Bình', 'Điểm trường ấp 2', 'Dòng họ Nguyễn ấp 1', 'Nhà thờ Giáo họ Phú Hòa', 'Thánh thất Cao Đài xã', 'Tịnh xá Ngọc Quang']) {
      expect([name, looksCollective(name)]).toEqual([name, true]);
    }
  });

  it('is not a person whose surname or given name is such a word, nor the first word of a longer beginning alone', () => {
    for (const name of ['Công Thị Đoàn', 'Đoàn Công Hậu', 'Lâm Trường Sơn', 'Nông Trường Giang', 'Tổng Văn Cường', 'Thư Thị Viện', 'Lực Văn Lượng', 'Dòng Thị Họ', 'Điểm Văn Trường', 'Hồ Văn Hội', 'Đoàn Văn Hậu', 'Câu Văn Lạc', 'Văn Thị Phòng', 'Trần Thị Tổ', 'Hộii Văn A', '']) {
      expect([name, looksCollective(name)]).toEqual([name, false]);
    }
  });
});

describe('beginnings that are also names (trial 3)', () => {
  it('are a youth union of a commune, ward or bloc, a religious order, or a state farm written as bodies are', () => {
    for (const name of ['Đoàn xã An Bình', 'ĐOÀN XÃ AN BÌNH', 'Đoàn phường 2', 'Đoàn Khối cơ quan huyện', 'Đoàn trường THPT An Phú', 'Đoàn Trường THPT An Phú', 'ĐOÀN TRƯỜNG THPT AN PHÚ', 'Đoàn Trường Tiểu học An Bình', 'Đoàn thị trấn Phú Mỹ', 'Đoàn Thị Trấn Phú Mỹ', 'Lâm trường An Phú', 'Nông trường Sông Hậu', 'Dòng tu Mến Thánh Giá An Bình', 'Tu viện Phước Sơn']) {
      expect([name, looksCollective(name)]).toEqual([name, true]);
    }
  });

  it("are a person's name when the second word is capitalised, as every word of a name is", () => {
    for (const name of ['Lâm Trường Sơn', 'Đoàn Trường Giang', 'Nông Trường An', 'Đoàn Thị Trấn', 'LÂM TRƯỜNG SƠN', 'Đoàn Xuân Trường', 'Lâm Thị Mỹ', 'Đoàn Văn Hậu']) {
      expect([name, looksCollective(name)]).toEqual([name, false]);
    }
  });
});

describe('a household', () => {
  it('is a name beginning "Hộ", "Gia đình" or "Hộ gia đình" as whole words, in any case', () => {
    for (const name of ['Hộ gia đình ông Nguyễn Văn A', 'Gia đình bà Lê Thị B', 'gia đình ông Tư', 'Hộ ông Trần Văn C', 'HỘ GIA ĐÌNH LÊ VĂN D', 'Hộ']) {
      expect([name, isHousehold(name)]).toEqual([name, true]);
    }
  });

  it('is not a body or a person whose name begins with the same letters', () => {
    for (const name of ['Hội Phụ nữ xã', 'Hồ Văn Hộ', 'Giang Văn Hộ', 'Gia Thị Đình', 'Nguyễn Văn Hộ', 'Hà Gia Đình', '']) {
      expect([name, isHousehold(name)]).toEqual([name, false]);
    }
  });
});

describe('looksCollective answers from the first word what the whole name would answer', () => {
  // The whole-name way: the name's tone key, its first words looked up.
  const starts = new Set(COLLECTIVE_NAME_STARTS.map(toneKey));
  // Beginnings that are also names count only with their second word in lower case.
  const cased = new Set(CASE_CUED_NAME_STARTS.map(toneKey));
  const reference = (name: string) => {
    const words = toneKey(name).split(' ');
    return words.some((_, n) => {
      const start = words.slice(0, n + 1).join(' ');
      return starts.has(start) || (cased.has(start) && casedAsBody(name, n + 1));
    });
  };
  // Beginnings written in capitals that are also abbreviations read on their own ("Nguyễn HTX xã" is a body by its
  // second word): left out here, so that no piece makes an abbreviation and the beginnings alone decide.
  const ABBREVIATED = new Set(['UBND', 'UBMTTQ', 'MTTQ', 'CLB', 'HTX', 'THCS', 'THPT', 'TNCS']);
  const PIECES = [
    ...COLLECTIVE_NAME_STARTS,
    ...CASE_CUED_NAME_STARTS,
    ...CASE_CUED_NAME_STARTS.map((s) => s.replace(/ (.)/g, (_, c: string) => ` ${c.toUpperCase()}`)),
    'trường', 'thị trấn', 'Trấn',
    ...COLLECTIVE_NAME_STARTS.map((s) => s.toUpperCase()).filter((s) => !s.split(' ').some((w) => ABBREVIATED.has(w))),
    ...COLLECTIVE_NAME_STARTS.map((s) => s.normalize('NFD')),
    'Nguyễn', 'Trần', 'Hồ', 'Hộ', 'Đảng', 'Trường', 'Đoàn', 'Văn', 'Thị', 'Hoà', 'Ủy', 'Uỷ', 'Ubnd', 'Ðảng', '3', ' ', '  ', '\u00a0', '\t', '-', ',', '.', '(', '\u200b', 'x',
  ];

  it('for any name made of beginnings, surnames, odd spaces, punctuation and spellings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, spaced) => {
        const name = parts.join(spaced ? ' ' : '');
        expect([name, looksCollective(name)]).toEqual([name, reference(name)]);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('looksAbbreviatedBody, against the rule written out', () => {
  // Abbreviations of bodies, and those of them that are also a surname or a word (a body's only before a place).
  const BODIES = ['TYT', 'BCH', 'UBND', 'HTX', 'BQL', 'NHCSXH', 'TTYT'];
  const ALSO_NAMES = ['CA', 'ĐU'];
  const PLACES = ['xã', 'XÃ', 'huyện', 'HUYỆN', 'Phường', 'THỊ TRẤN', 'thị trấn', 'TP', 'thị xã'];
  const MIDDLE = ['Văn', 'VĂN', 'Thị', 'THỊ'];
  const GIVEN = ['Minh', 'MINH', 'Huy', 'HUY', 'Tuấn', 'TUẤN', 'Mỹ', 'Lợi', 'AN', 'Bình'];
  const SURNAMES = ['Nguyễn', 'NGUYỄN', 'Lê', 'Ca', 'Đu'];
  const word = (list: string[]) => fc.constantFrom(...list);
  const rest = fc.array(word(GIVEN), { minLength: 0, maxLength: 2 });

  it('an abbreviation of a body first is a body, unless a middle name and a given name follow', () => {
    fc.assert(
      fc.property(word(BODIES), fc.oneof(word(PLACES), word(GIVEN), word(MIDDLE)), word(GIVEN), rest, (abbr, next, given, more) => {
        const name = [abbr, next, given, ...more].join(' ');
        expect([name, looksAbbreviatedBody(name)]).toEqual([name, !MIDDLE.includes(next)]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('one that is also a surname first is a body only before a place', () => {
    fc.assert(
      fc.property(word(ALSO_NAMES), fc.oneof(word(PLACES), word(GIVEN), word(MIDDLE)), word(GIVEN), rest, (abbr, next, given, more) => {
        const name = [abbr, next, given, ...more].join(' ');
        expect([name, looksAbbreviatedBody(name)]).toEqual([name, PLACES.includes(next)]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a surname first, capitalised or in capitals, and names after it: no body', () => {
    fc.assert(
      fc.property(word(SURNAMES), fc.oneof(word(GIVEN), word(MIDDLE)), rest, (surname, next, more) => {
        const name = [surname, next, ...more].join(' ');
        expect([name, looksAbbreviatedBody(name)]).toEqual([name, false]);
      }),
      { numRuns: 1_000 },
    );
  });
});
