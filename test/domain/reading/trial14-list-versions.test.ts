/**
 * Trial 14 #9: among a unit's corrections («(sua lai)», «gui lai», «_v2», the first list of the same stem), the latest
 * by the list's own date line counts, not the one its file name calls the last; when the date lines do not tell, the
 * rounds («lần 2», «lần 3») and the marks decide as before. Without a units list, the versions of one unit (named by
 * their letterheads) are versions still: one counts, and the proposing unit is written as a clerk writes it, never in
 * the letterhead's capitals. Near misses: a correction beside a later list of the unit's that shares none of its
 * exemplars (the mark decides, as before), a correction of persons beside a later list of collectives.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { unitNameWriter } from '../../../src/domain/units/written-name';
import { defaultProfile } from '../../../src/domain/profile';
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'];
const dateLine = (day: number) => `Phú Hữu, ngày ${day} tháng 02 năm 2023`;
const CHI_BO: Row = ['', 'Chi bộ ấp Phú Lợi', '', 'Chi bộ ấp', 'Trong sạch vững mạnh'];
const person = (name: string, year: number): Row => ['', name, year, 'Trưởng ấp', 'Vận động'];

/** Phú Hữu's list: the chi bộ and one trưởng ấp, under its letterhead, dated (or not). */
const list = (file: string, name: string, year: number, date: string, title = 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', rows?: Row[]): Book =>
  oneSheet(file, [['ĐẢNG BỘ HUYỆN PHÚ TÂN'], ['ĐẢNG ỦY XÃ PHÚ HỮU'], [title], [], H, ['I', 'TẬP THỂ'], [1, ...CHI_BO.slice(1)], ['II', 'CÁ NHÂN'], ...(rows ?? [[1, ...person(name, year).slice(1)]]), [], [null, null, null, date]], 'Sheet1');

async function outcome(books: Book[], units = true) {
  const { read, report } = await checkBooks(units ? [unitsBook(), ...books] : books);
  const entries = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!);
  return {
    individuals: entries.individuals.map((e) => e.name),
    collectives: entries.collectives.map((e) => e.name),
    units: [...new Set([...entries.collectives, ...entries.individuals].flatMap((e) => e.units))],
    registered: report.quota.find((q) => q.unit === 'Đảng bộ xã Phú Hữu')?.registered,
    skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => `${f.file}: ${f.message}`),
    duplicates: report.findings.filter((f) => f.code === 'DUPLICATE').length,
    messages: report.findings.map((f) => f.message).join('\n'),
  };
}

const THREE = (sua: number, plain: number, again: number) => [
  list('DS Phu Huu (sua lai).xlsx', 'Trần Văn Tèo', 1970, dateLine(sua)),
  list('DS Phu Huu.xlsx', 'Lê Văn Chín', 1968, dateLine(plain)),
  list('Phu Huu gui lai.xlsx', 'Lê Văn Mười', 1969, dateLine(again)),
];

describe('among a unit\'s corrections, the latest by its date line counts', () => {
  it.each<[string, [number, number, number], string, string]>([
    ['the first name dated last (24/02)', [18, 24, 23], 'Lê Văn Chín', 'DS Phu Huu.xlsx'],
    ['«(sua lai)» dated last', [24, 18, 23], 'Trần Văn Tèo', 'DS Phu Huu (sua lai).xlsx'],
    ['«gui lai» dated last', [20, 18, 23], 'Lê Văn Mười', 'Phu Huu gui lai.xlsx'],
  ])('%s, with a units list and without', async (_, [a, b, c], kept, by) => {
    for (const units of [true, false]) {
      for (const books of [THREE(a, b, c), [...THREE(a, b, c)].reverse()]) {
        const o = await outcome(books, units);
        expect(o.individuals).toEqual([kept]);
        expect(o.collectives).toEqual(['Chi bộ ấp Phú Lợi']);
        expect(o.duplicates).toBe(0);
        expect(o.skipped).toHaveLength(2);
        // A correction that counts is named as the replacement; the first list, as the list sent again, with its date.
        const said = by === 'DS Phu Huu.xlsx' ? `đã gửi lại danh sách trong tệp ${by}, ghi ngày` : `đã gửi danh sách thay thế (${by})`;
        for (const s of o.skipped) expect(s).toContain(said);
        if (units) expect(o.registered).toBe(2);
        else expect(o.units).toEqual(['Đảng ủy xã Phú Hữu']);
      }
    }
  });

  it('«lần 3» dated before «lần 2»: the date line decides', async () => {
    const o = await outcome([
      list('Phu Huu.xlsx', 'Trần Văn Tèo', 1970, dateLine(15)),
      list('Phu Huu lan 3.xlsx', 'Lê Văn Chín', 1968, dateLine(20)),
      list('Phu Huu lan 2.xlsx', 'Lê Văn Mười', 1969, dateLine(23)),
    ]);
    expect(o.individuals).toEqual(['Lê Văn Mười']);
  });
});

describe('when the date lines do not tell, the rounds and the marks decide as before', () => {
  it('undated corrections: «lần 3» over «lần 2» over the first list, with a units list and without', async () => {
    for (const units of [true, false]) {
      const o = await outcome(
        [list('Phu Huu lan 3.xlsx', 'Lê Văn Chín', 1968, ''), list('Phu Huu.xlsx', 'Trần Văn Tèo', 1970, dateLine(15)), list('Phu Huu lan 2.xlsx', 'Lê Văn Mười', 1969, '')],
        units,
      );
      expect(o.individuals).toEqual(['Lê Văn Chín']);
      expect(o.skipped).toHaveLength(2);
    }
  });

  it('a correction of the same date as the first list replaces it', async () => {
    const o = await outcome([list('Phu Huu (sua).xlsx', 'Lê Văn Chín', 1968, dateLine(15)), list('Phu Huu.xlsx', 'Trần Văn Tèo', 1970, dateLine(15))]);
    expect(o.individuals).toEqual(['Lê Văn Chín']);
    expect(o.skipped[0]).toContain('đã gửi danh sách thay thế (Phu Huu (sua).xlsx)');
  });
});

describe('near misses', () => {
  it('a correction beside a later list of the unit that shares none of its exemplars: the mark decides, as before', async () => {
    const later = list('Phu Huu.xlsx', '', 0, dateLine(24), undefined, [[1, 'Lê Văn Chín', 1968, 'Trưởng ấp', 'x']]);
    const fix = oneSheet('Phu Huu (sua).xlsx', [['ĐẢNG ỦY XÃ PHÚ HỮU'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], H, [1, 'Trần Văn Tèo', 1970, 'Nông dân', 'x'], [], [null, null, null, dateLine(20)]]);
    const o = await outcome([later, fix]);
    // The correction holds persons only: the later list's chi bộ stays.
    expect(o.individuals).toEqual(['Trần Văn Tèo']);
    expect(o.collectives).toEqual(['Chi bộ ấp Phú Lợi']);
  });

  it('a correction of persons beside a later list of collectives: both count', async () => {
    const persons = oneSheet('Phu Huu ca nhan (sua).xlsx', [['ĐẢNG ỦY XÃ PHÚ HỮU'], ['DANH SÁCH CÁ NHÂN (SỬA)'], H, ['II', 'CÁ NHÂN'], [1, 'Trần Văn Tèo', 1970, 'Nông dân', 'x'], [], [null, null, null, dateLine(20)]]);
    const collectives = oneSheet('Phu Huu tap the.xlsx', [['ĐẢNG ỦY XÃ PHÚ HỮU'], ['DANH SÁCH TẬP THỂ'], H, ['I', 'TẬP THỂ'], [1, ...CHI_BO.slice(1)], [], [null, null, null, dateLine(24)]]);
    const o = await outcome([persons, collectives]);
    expect(o).toMatchObject({ individuals: ['Trần Văn Tèo'], collectives: ['Chi bộ ấp Phú Lợi'], skipped: [] });
  });
});

describe('a unit named in capitals, written as a clerk writes it', () => {
  const write = unitNameWriter(defaultProfile().unitAbbreviations);
  it.each([
    ['ĐẢNG ỦY XÃ PHÚ HỮU', 'Đảng ủy xã Phú Hữu'],
    ['ĐẢNG UỶ THỊ TRẤN AN PHÚ', 'Đảng ủy thị trấn An Phú'],
    ['BCH HỘI NÔNG DÂN HUYỆN AN PHÚ', 'BCH Hội Nông dân huyện An Phú'],
    ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ KHÁNH AN', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Khánh An'],
    ['UBND XÃ VĨNH HỘI', 'UBND xã Vĩnh Hội'],
    ['HUYỆN ĐOÀN AN PHÚ', 'Huyện đoàn An Phú'],
    ['CHI BỘ TRƯỜNG THCS AN BÌNH', 'Chi bộ Trường THCS An Bình'],
    // Review 20: bodies' words that are no names.
    ['CHI BỘ TÒA ÁN NHÂN DÂN HUYỆN', 'Chi bộ Tòa án nhân dân huyện'],
    ['BỆNH VIỆN ĐA KHOA HUYỆN AN PHÚ', 'Bệnh viện Đa khoa huyện An Phú'],
    ['CHI CỤC THUẾ HUYỆN AN PHÚ', 'Chi cục Thuế huyện An Phú'],
    ['PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Phòng Tài nguyên và Môi trường'],
  ])('«%s» → «%s»', (text, written) => expect(write(text)).toBe(written));

  it.each(['Đảng ủy xã Phú Hữu', 'Hội LHPN huyện', 'ĐU xã Phú Hữu'])('«%s», written in mixed case, stays as it is', (text) => expect(write(text)).toBe(text));
});
