/**
 * Trial 5: bodies written with the abbreviations staff use ("TYT xã Mỹ Lợi", "CA xã An Bình", "Cty TNHH Minh Phát",
 * "Đoàn TN xã") are collectives, with or without a kind column; a person's name in capitals, with its surname in
 * capitals, or with a word in capitals after the middle name stays a person's.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { inferSubjectKind, looksPersonal } from '../../../src/domain/subjects/subject-kind';

const BODIES = [
  'TYT xã Mỹ Lợi', 'CA xã An Bình', 'BCH Quân sự xã An Bình', 'BQL chợ An Bình', 'Cty TNHH Minh Phát', 'DNTN Hòa Bình',
  'Đoàn TN xã An Bình', 'NHCSXH huyện', 'TT Y tế huyện', 'BV Đa khoa huyện', 'BVĐK huyện An Phú', 'TTYT huyện',
  'UBKT Đảng ủy xã', 'CA XÃ AN BÌNH', 'TYT XÃ MỸ LỢI', 'Ctcp Thủy sản An Phú', 'cty Minh Phát', 'TT Văn hóa huyện',
  'Công ty TNHH Minh Phát', 'BCHQS xã An Bình',
  // An abbreviation that is also a surname (Ca), before a place or a body, in any case (review 5).
  'CA HUYỆN AN PHÚ', 'CA Huyện An Phú', 'CA huyện', 'CA PHƯỜNG 2', 'CA THỊ TRẤN PHÚ MỸ', 'CA thị xã Tân Châu',
  'CA TP LONG XUYÊN', 'ĐU XÃ AN BÌNH', 'ĐU Khối cơ quan huyện', 'TYT THỊ TRẤN PHÚ MỸ', 'TYT MỸ LỢI',
];
const PEOPLE = [
  'NGUYỄN VĂN AN', 'NGUYỄN Văn An', 'NGUYỄN Hoàng Anh', 'lê thị HOA', 'Nguyễn Văn AN', 'Đoàn Văn Hậu', 'Đoàn Thị Trâm',
  'Ca Văn Tuấn', 'CA VĂN TUẤN', 'Y Bhin Niê', 'Tạ Thị Bích', 'Lê Thị Thu HƯƠNG', 'TRẦN THỊ MỸ LỆ', 'CCB Nguyễn Văn An',
  'BS Nguyễn Văn An', 'GV Lê Thị Hoa', 'CB Trần Văn Ba',
  // Surnamed Ca, the name in capitals or the surname alone in capitals, with or without a middle name (review 5).
  'CA MINH TUẤN', 'CA HUY', 'CA Minh Tuấn', 'CA Huy', 'CA THỊ HOA', 'CA THỊ TRẤN', 'Ca Minh Tuấn', 'CA XUÂN AN',
  'ĐU VĂN MINH',
];

describe('a body written with an abbreviation', () => {
  it.each(BODIES)('«%s» is a collective', (name) => {
    expect(inferSubjectKind(name)).toBe('collective');
    expect(looksPersonal(name)).toBe(false);
  });

  it.each(PEOPLE)('near miss: «%s» stays a person', (name) => {
    expect(inferSubjectKind(name)).toBe('individual');
  });
});

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']];
const unitBook = { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] };

describe('in a list', () => {
  it('people surnamed Ca typed in capitals under «Cá nhân» are no mismatch; «CA XÃ AN BÌNH» there still is', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ'],
      [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'CA MINH TUẤN', 1975, 'Trưởng thôn'],
      [2, 'Đảng bộ xã An Bình', 'Cá nhân', 'CA HUY', 1980, 'Nông dân'],
      [3, 'Đảng bộ xã An Bình', 'Cá nhân', 'NGUYỄN MINH TUẤN', 1975, 'Trưởng thôn'],
      [4, 'Đảng bộ xã An Bình', 'Cá nhân', 'CA XÃ AN BÌNH', '', ''],
      [5, 'Đảng bộ xã An Bình', 'Tập thể', 'CA HUYỆN AN PHÚ', '', ''],
    ];
    const { read, report } = await checkBooks([unitBook, { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] }]);
    expect(report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH').map((f) => f.row)).toEqual([5]);
    expect(read.registrations.map((r) => [r.name, r.birthYear])).toEqual([
      ['CA MINH TUẤN', 1975],
      ['CA HUY', 1980],
      ['NGUYỄN MINH TUẤN', 1975],
      ['CA XÃ AN BÌNH', undefined],
      ['CA HUYỆN AN PHÚ', undefined],
    ]);
  });

  it('with no kind column, «CA HUY» is a person and «CA XÃ AN BÌNH» a body', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Họ và tên / Tên tập thể', 'Năm sinh'],
      [1, 'Đảng bộ xã An Bình', 'CA HUY', 1980],
      [2, 'Đảng bộ xã An Bình', 'CA XÃ AN BÌNH', ''],
      [3, 'Đảng bộ xã An Bình', 'CA Minh Tuấn', 1975],
    ];
    const { read } = await checkBooks([unitBook, { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] }]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['CA HUY', 'individual'],
      ['CA XÃ AN BÌNH', 'collective'],
      ['CA Minh Tuấn', 'individual'],
    ]);
  });

  it('with no kind column, the bodies are collectives and the person an individual', async () => {
    const names = ['TYT xã Mỹ Lợi', 'CA xã An Bình', 'Cty TNHH Minh Phát', 'Đoàn TN xã An Bình', 'NHCSXH huyện', 'Nguyễn Văn Tâm', 'NGUYỄN VĂN AN'];
    const rows: Row[] = [['STT', 'Đơn vị', 'Họ và tên / Tên tập thể', 'Năm sinh'], ...names.map((n, i): Row => [i + 1, 'Đảng bộ xã An Bình', n, /Tâm|AN$/.test(n) ? 1968 : ''])];
    const { read } = await checkBooks([unitBook, { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] }]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual(names.map((n, i) => [n, i < 5 ? 'collective' : 'individual']));
  });

  it('«Tập thể» written for such a body is no mismatch; «Tập thể» for a person still is', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'],
      [1, 'Đảng bộ xã An Bình', 'Tập thể', 'TYT xã Mỹ Lợi', ''],
      [2, 'Đảng bộ xã An Bình', 'Tập thể', 'Cty TNHH Minh Phát', ''],
      [3, 'Đảng bộ xã An Bình', 'Tập thể', 'BQL chợ An Bình', ''],
      [4, 'Đảng bộ xã An Bình', 'Tập thể', 'Nguyễn Văn Tâm', ''],
      [5, 'Đảng bộ xã An Bình', 'Cá nhân', 'CA xã An Bình', ''],
    ];
    const { report } = await checkBooks([unitBook, { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] }]);
    const rowsFlagged = report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH').map((f) => f.row);
    expect(rowsFlagged).toEqual([5, 6]);
  });

  it('under the group row «I. TẬP THỂ» such bodies are no mismatch; under «II. CÁ NHÂN» one is', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Họ và tên / Tên tập thể', 'Năm sinh'],
      ['I. TẬP THỂ', '', '', ''],
      [1, 'Đảng bộ xã An Bình', 'DNTN Hòa Bình', ''],
      [2, 'Đảng bộ xã An Bình', 'TT Y tế huyện', ''],
      ['II. CÁ NHÂN', '', '', ''],
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968],
      [2, 'Đảng bộ xã An Bình', 'BV Đa khoa huyện', ''],
    ];
    const { read, report } = await checkBooks([unitBook, { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] }]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['DNTN Hòa Bình', 'collective'],
      ['TT Y tế huyện', 'collective'],
      ['Nguyễn Văn Tâm', 'individual'],
      ['BV Đa khoa huyện', 'individual'],
    ]);
    expect(report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH').map((f) => f.row)).toEqual([7]);
  });
});
