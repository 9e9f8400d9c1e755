/**
 * Trial 18a #7 (min/01): a row whose name contradicts its stated kind (a person under «I. TẬP THỂ» or typed «Tập thể»,
 * a body typed «Cá nhân») is listed under the heading its name shows (SUBJECT_KIND_MISMATCH), and duplicate matching
 * now compares it as that: the same person proposed correctly by another unit is the DUPLICATE it would be were both
 * rows filed right (certain when the evidence is as strong), and the list prints one entry naming both units. Near
 * misses: two different people, one mis-filed, stay as apart as when filed right; a body and a person of the same
 * words («Trường THCS Nguyễn Văn Trỗi» / «Nguyễn Văn Trỗi») stay apart; a household stays a household; a body written
 * short or without diacritics («CB Trường THCS An Bình», «Tram Y te xa An Binh») is no person's name (no warning, not
 * moved) and is merged with its full spelling as before.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { UNIT_ROWS } from '../../fixtures/trial14-groups';

const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Giai đoạn'];

/** [unit, kind typed, name, year, gender, position] */
type Reg = [string, string, string, number | '', string, string];

interface Outcome {
  /** The DUPLICATE findings, as "confidence rows". */
  shapes: string[];
  kindWarnings: number;
  collectives: string[];
  individuals: string[];
  /** Rows the notes sheet says were listed under the other heading. */
  moved: string[];
}

function summary(read: Awaited<ReturnType<typeof checkBooks>>['read'], report: Awaited<ReturnType<typeof checkBooks>>['report']): Outcome {
  const duplicates = report.findings.filter((f) => f.code === 'DUPLICATE');
  const { selection } = consolidate(read, report, '2023');
  const show = (e: { name: string; birthYear?: number; units: string[] }) => `${e.name} ${e.birthYear ?? '-'} | ${e.units.join('; ')}`;
  return {
    shapes: duplicates.map((f) => `${f.confidence} ${(f.rows ?? []).map((r) => r.row).join(',')}`),
    kindWarnings: report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH').length,
    collectives: selection.collectives.map(show),
    individuals: selection.individuals.map(show),
    moved: selection.moved.map((m) => `${m.name} ${m.stated}→${m.listed}`),
  };
}

/** A one-workbook master with a kind column («Đối tượng»). */
async function master(rows: Reg[]): Promise<Outcome> {
  const registrations: Row[] = rows.map(([unit, kind, name, year, gender, post], k) => [k + 1, unit, kind, name, year, gender, post, `thành tích ${k + 1}`, 1]);
  const { read, report } = await checkBooks([oneSheet('tong-hop.xlsx', UNIT_ROWS, 'Đơn vị'), oneSheet('dang-ky.xlsx', [HEADER, ...registrations], 'Đăng ký')]);
  return summary(read, report);
}

const GROUP_HEADER: Row = ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];

/** Each unit's own file, its rows under group rows («I. TẬP THỂ», «II. CÁ NHÂN») as written. */
async function unitFiles(files: [string, (string | [string, number | '', string, string])[]][]): Promise<Outcome> {
  const books = files.map(([unit, rows], f) => {
    let n = 0;
    const body: Row[] = rows.map((x) => (typeof x === 'string' ? ((n = 0), [x]) : [++n, x[0], x[1], x[2], x[3], 'Thành tích tiêu biểu']));
    return oneSheet(`don-vi-${f + 1}.xlsx`, [[unit.toUpperCase()], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], GROUP_HEADER, ...body], 'Sheet1');
  });
  const { read, report } = await checkBooks([oneSheet('don-vi.xlsx', UNIT_ROWS, 'Đơn vị'), ...books]);
  return summary(read, report);
}

const AN_BINH = 'Đảng bộ xã An Bình';
const PHU_NU = 'Hội Liên hiệp Phụ nữ huyện';
const NONG_DAN = 'Hội Nông dân huyện';
const POST = 'Chủ tịch Hội LHPN xã An Bình';

describe('a person typed «Tập thể» is compared with people (trial 18a #7)', () => {
  const people: [string, string, number | '', string, string][] = [
    ['Nguyễn Thị Thúy', 'Nguyễn Thị Thúy', 1980, 'Nữ', POST],
    ['Bà Nguyễn Thị Thúy', 'Nguyễn Thị Thúy', 1980, 'Nữ', POST],
    ['Đ/c Lê Văn Tám', 'Lê Văn Tám', 1975, 'Nam', 'Trưởng ấp 3, xã An Bình'],
    ['Hờ A Páo', 'Hờ A Páo', 1972, 'Nam', 'Trưởng bản Sảng, xã An Bình'],
    ['NGUYỄN VĂN BẢY', 'Nguyễn Văn Bảy', 1968, 'Nam', 'Nông dân ấp 2, xã An Bình'],
  ];
  it.each(people)('«%s» typed «Tập thể» by one unit, «%s» «Cá nhân» by another: as certain as when both are right', async (typed, right, year, gender, post) => {
    for (const order of [0, 1]) {
      const pair = (kind: string): Reg[] => {
        const rows: Reg[] = [
          [PHU_NU, kind, typed, year, gender, post],
          [AN_BINH, 'Cá nhân', right, year, gender, post],
        ];
        return order ? rows.reverse() : rows;
      };
      const control = await master(pair('Cá nhân'));
      const got = await master(pair('Tập thể'));
      expect(control.shapes).toEqual(['certain 2,3']);
      expect(got.shapes).toEqual(control.shapes);
      expect(got.kindWarnings).toBe(1);
      expect(got.collectives).toEqual([]);
      expect(got.individuals).toHaveLength(1);
      expect(got.individuals[0]).toContain(AN_BINH);
      expect(got.individuals[0]).toContain(PHU_NU);
      // Merged into the other unit's entry or leading it, the row is said to be listed under «Cá nhân».
      expect(got.moved).toEqual([`${typed} collective→individual`]);
    }
  });

  it('the trial: a forgotten «II. CÁ NHÂN» line in one unit’s file, the person right in another’s: one entry', async () => {
    const got = await unitFiles([
      [AN_BINH, ['I. TẬP THỂ', ['Chi bộ ấp Hòa Thuận', '', '', ''], 'II. CÁ NHÂN', ['Nguyễn Thị Thúy', 1980, 'Nữ', POST]]],
      [PHU_NU, ['I. TẬP THỂ', ['Chi hội Phụ nữ ấp Hòa Thuận', '', '', ''], ['Nguyễn Thị Thúy', 1980, 'Nữ', POST]]],
    ]);
    expect(got.kindWarnings).toBe(1);
    expect(got.shapes.map((s) => s.split(' ')[0])).toEqual(['certain']);
    expect(got.individuals).toEqual([`Nguyễn Thị Thúy 1980 | ${AN_BINH}; ${PHU_NU}`]);
    expect(got.collectives).toHaveLength(2);
  });

  it('a body typed «Cá nhân» by one unit is the same body typed «Tập thể» by another, as when both are right', async () => {
    for (const name of ['Chi bộ ấp 3 xã An Bình', 'Hợp tác xã Nông nghiệp An Bình']) {
      const pair = (kind: string): Reg[] => [
        [AN_BINH, kind, name, '', '', ''],
        [NONG_DAN, 'Tập thể', name, '', '', ''],
      ];
      const control = await master(pair('Tập thể'));
      const got = await master(pair('Cá nhân'));
      expect(control.shapes).toEqual(['certain 2,3']);
      expect(got.shapes).toEqual(control.shapes);
      expect(got.kindWarnings).toBe(1);
      expect(got.individuals).toEqual([]);
      expect(got.collectives).toEqual([`${name} - | ${AN_BINH}; ${NONG_DAN}`]);
    }
  });
});

describe('near misses stay apart', () => {
  it('two different people, one typed «Tập thể»: as apart as when both are right', async () => {
    const pairs: [Reg, Reg][] = [
      // Another birth year.
      [
        [PHU_NU, 'Tập thể', 'Nguyễn Thị Thúy', 1980, 'Nữ', POST],
        [AN_BINH, 'Cá nhân', 'Nguyễn Thị Thúy', 1991, 'Nữ', 'Giáo viên Trường Mầm non Hoa Sen'],
      ],
      // Another name.
      [
        [PHU_NU, 'Tập thể', 'Nguyễn Thị Thúy', 1980, 'Nữ', POST],
        [AN_BINH, 'Cá nhân', 'Trần Thị Thủy', 1980, 'Nữ', POST],
      ],
      // Another given name, one letter apart.
      [
        [PHU_NU, 'Tập thể', 'Lê Văn Năm', 1975, 'Nam', 'Trưởng ấp 3, xã An Bình'],
        [AN_BINH, 'Cá nhân', 'Lê Văn Tám', 1975, 'Nam', 'Trưởng ấp 3, xã An Bình'],
      ],
    ];
    for (const [misfiled, right] of pairs) {
      const control = await master([[misfiled[0], 'Cá nhân', ...misfiled.slice(2)] as Reg, right]);
      const got = await master([misfiled, right]);
      expect(got.shapes).toEqual(control.shapes);
      expect(got.shapes.every((s) => !s.startsWith('certain'))).toBe(true);
      expect(got.individuals).toHaveLength(2);
    }
  });

  it('a body and a person of the same words stay apart, whatever either is typed', async () => {
    for (const [bodyKind, personKind] of [
      ['Tập thể', 'Cá nhân'],
      ['Cá nhân', 'Cá nhân'],
      ['Tập thể', 'Tập thể'],
    ]) {
      const got = await master([
        [AN_BINH, bodyKind as string, 'Trường THCS Nguyễn Văn Trỗi', '', '', ''],
        [NONG_DAN, personKind as string, 'Nguyễn Văn Trỗi', 1940, 'Nam', 'Hội viên Hội Nông dân xã An Bình'],
      ]);
      expect(got.shapes).toEqual([]);
      expect(got.collectives).toEqual([`Trường THCS Nguyễn Văn Trỗi - | ${AN_BINH}`]);
      expect(got.individuals).toEqual([`Nguyễn Văn Trỗi 1940 | ${NONG_DAN}`]);
    }
  });

  it('a body written short or without diacritics is no person’s name: no warning, kept a body, merged as before', async () => {
    for (const [short, full] of [
      ['CB Trường THCS An Bình', 'Chi bộ Trường THCS An Bình'],
      ['Tram Y te xa An Binh', 'Trạm Y tế xã An Bình'],
      ['Chi bo TT Phu Hoa', 'Chi bộ thị trấn Phú Hòa'],
    ]) {
      const got = await master([
        [AN_BINH, 'Tập thể', short as string, '', '', ''],
        [NONG_DAN, 'Tập thể', full as string, '', '', ''],
      ]);
      expect([short, got.kindWarnings]).toEqual([short, 0]);
      expect(got.shapes.length).toBe(1);
      expect(got.individuals).toEqual([]);
    }
  });

  it('a household typed «Hộ gia đình» stays a household beside the person of its name', async () => {
    const got = await master([
      [AN_BINH, 'Hộ gia đình', 'Ông bà Lê Văn Chín', '', '', 'Ấp 3, xã An Bình'],
      [NONG_DAN, 'Cá nhân', 'Lê Văn Chín', 1960, 'Nam', 'Nông dân ấp 3, xã An Bình'],
    ]);
    expect(got.shapes).toEqual([]);
    expect(got.kindWarnings).toBe(0);
    expect(got.collectives).toHaveLength(1);
    expect(got.individuals).toHaveLength(1);
  });
});
