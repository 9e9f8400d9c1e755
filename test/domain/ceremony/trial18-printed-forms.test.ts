/**
 * Trial 18a #18 (min/14), the list's printed forms. A merged entry prints each distinct position once: two that differ
 * only by i/y («Mỹ»/«Mĩ», «Kỳ»/«Kì»), old/new tone placement («Hòa»/«Hoà»), case, punctuation or a number's leading zero
 * are one (the first unit's is printed). A body's name typed all in capitals is printed as the list's other bodies are
 * written («CHI BỘ ẤP MỸ THUẬN» → «Chi bộ ấp Mỹ Thuận»), short forms («UBND», «THCS», «HTX», «LHPN»), codes («12A1») and
 * numerals («THÔN II») kept in capitals. Near misses: two different positions are both printed; a body typed in mixed
 * case is printed as typed; a person's name is printed as before.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { bodyNameWriter } from '../../../src/domain/ceremony/name-case';
import { defaultProfile } from '../../../src/domain/profile';
import { unitNameWriter } from '../../../src/domain/units/written-name';
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { UNIT_ROWS } from '../../fixtures/trial14-groups';

const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Giai đoạn'];
const AN_BINH = 'Đảng bộ xã An Bình';
const NONG_DAN = 'Hội Nông dân huyện';

/** [unit, kind, name, year, position] rows of a one-workbook master; the 2023 list's entries. */
async function list(rows: [string, string, string, number | '', string][]) {
  const registrations: Row[] = rows.map(([unit, kind, name, year, post], k) => [k + 1, unit, kind, name, year, kind === 'Cá nhân' ? 'Nam' : '', post, `thành tích ${k + 1}`, 1]);
  const { read, report } = await checkBooks([oneSheet('tong-hop.xlsx', UNIT_ROWS, 'Đơn vị'), oneSheet('dang-ky.xlsx', [HEADER, ...registrations], 'Đăng ký')]);
  const { selection } = consolidate(read, report, '2023');
  return {
    certain: report.findings.filter((f) => f.code === 'DUPLICATE' && f.confidence === 'certain').length,
    individuals: selection.individuals.map((e) => [e.name, e.position ?? '', e.units.length]),
    collectives: selection.collectives.map((e) => e.name),
  };
}

describe('a merged entry prints each position once (trial 18a #18)', () => {
  const same: [string, string][] = [
    ['Trưởng ấp Mỹ Thuận, xã An Bình', 'Trưởng ấp Mĩ Thuận, xã An Bình'],
    ['Trưởng ấp Mĩ Thuận, xã An Bình', 'Trưởng ấp Mỹ Thuận, xã An Bình'],
    ['Chủ tịch Hội Nông dân ấp Hòa Thuận, xã An Bình', 'Chủ tịch Hội Nông dân ấp Hoà Thuận, xã An Bình'],
    ['Bí thư Chi bộ ấp Kỳ Sơn, xã An Bình', 'Bí thư chi bộ ấp Kì Sơn xã An Bình'],
    ['Tổ trưởng tổ dân phố 03, xã An Bình', 'Tổ trưởng Tổ dân phố 3 - xã An Bình'],
  ];
  it.each(same)('«%s» and «%s»: one position, the first unit’s', async (first, second) => {
    const got = await list([
      [AN_BINH, 'Cá nhân', 'Trần Văn Kỳ', 1966, first],
      [NONG_DAN, 'Cá nhân', 'Trần Văn Kỳ', 1966, second],
    ]);
    expect(got.certain).toBe(1);
    expect(got.individuals).toEqual([['Trần Văn Kỳ', first, 2]]);
  });

  it('near miss: two different positions of one person are both printed', async () => {
    const got = await list([
      [AN_BINH, 'Cá nhân', 'Trần Văn Kỳ', 1966, 'Trưởng ấp Mỹ Thuận, xã An Bình'],
      [NONG_DAN, 'Cá nhân', 'Trần Văn Kỳ', 1966, 'Phó Trưởng ấp Mỹ Thuận, xã An Bình'],
    ]);
    expect(got.certain).toBe(1);
    expect(got.individuals).toEqual([['Trần Văn Kỳ', 'Trưởng ấp Mỹ Thuận, xã An Bình; Phó Trưởng ấp Mỹ Thuận, xã An Bình', 2]]);
  });

  it('a position that says more, spelled with «Mĩ», takes the place of the shorter one with «Mỹ»', async () => {
    const got = await list([
      [AN_BINH, 'Cá nhân', 'Trần Văn Kỳ', 1966, 'Trưởng ấp Mỹ Thuận'],
      [NONG_DAN, 'Cá nhân', 'Trần Văn Kỳ', 1966, 'Trưởng ấp Mĩ Thuận, xã An Bình'],
    ]);
    expect(got.individuals).toEqual([['Trần Văn Kỳ', 'Trưởng ấp Mĩ Thuận, xã An Bình', 2]]);
  });
});

describe('a body typed in capitals is printed as bodies are written (trial 18a #18)', () => {
  const printed: [string, string][] = [
    ['CHI BỘ ẤP MỸ THUẬN', 'Chi bộ ấp Mỹ Thuận'],
    ['HỘI NÔNG DÂN XÃ AN BÌNH', 'Hội Nông dân xã An Bình'],
    ['TRƯỜNG THCS NGUYỄN VĂN TRỖI', 'Trường THCS Nguyễn Văn Trỗi'],
    ['UBND XÃ AN BÌNH', 'UBND xã An Bình'],
    ['HTX NÔNG NGHIỆP AN BÌNH', 'HTX Nông nghiệp An Bình'],
    ['CHI BỘ THÔN II', 'Chi bộ thôn II'],
    ['CHI ĐOÀN 12A1 TRƯỜNG THPT AN BÌNH', 'Chi đoàn 12A1 Trường THPT An Bình'],
    ['CHI HỘI LHPN ẤP 3', 'Chi hội LHPN ấp 3'],
    ['TỔ DÂN PHỐ SỐ 5', 'Tổ dân phố số 5'],
    ['PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN', 'Phòng Văn hóa và Thông tin huyện'],
    ['GIA ĐÌNH ÔNG NGUYỄN VĂN A', 'Gia đình ông Nguyễn Văn A'],
  ];
  it.each(printed)('«%s» → «%s»', async (typed, shown) => {
    const write = bodyNameWriter(defaultProfile().unitAbbreviations);
    expect(write(typed)).toBe(shown);
    const got = await list([[AN_BINH, 'Tập thể', typed, '', '']]);
    expect(got.collectives).toEqual([shown]);
  });

  it('the trial: one body in capitals beside one in mixed case, a person in capitals', async () => {
    const got = await list([
      [AN_BINH, 'Tập thể', 'CHI BỘ ẤP MỸ THUẬN', '', ''],
      [NONG_DAN, 'Tập thể', 'Tổ hợp tác rau an toàn ấp Mỹ Thuận', '', ''],
      [AN_BINH, 'Cá nhân', 'TRẦN VĂN KỲ', 1966, 'Trưởng ấp Mỹ Thuận, xã An Bình'],
    ]);
    expect(got.collectives).toEqual(['Chi bộ ấp Mỹ Thuận', 'Tổ hợp tác rau an toàn ấp Mỹ Thuận']);
    expect(got.individuals).toEqual([['Trần Văn Kỳ', 'Trưởng ấp Mỹ Thuận, xã An Bình', 1]]);
  });

  it('near misses: a body in mixed case is printed as typed, also merged with one in capitals', async () => {
    for (const name of ['Chi Bộ Ấp Hòa Thuận', 'Chi bộ ấp Hòa Thuận', 'CLB Dân vũ phường 2', 'Đội IV']) {
      const got = await list([[AN_BINH, 'Tập thể', name, '', '']]);
      expect(got.collectives).toEqual([name]);
    }
    const merged = await list([
      [AN_BINH, 'Tập thể', 'CHI BỘ ẤP 3 XÃ AN BÌNH', '', ''],
      [NONG_DAN, 'Tập thể', 'Chi bộ ấp 3 xã An Bình', '', ''],
    ]);
    expect(merged.certain).toBe(1);
    expect(merged.collectives).toEqual(['Chi bộ ấp 3 xã An Bình']);
  });

  it('a letterhead in capitals keeps its codes and numerals in capitals too', () => {
    const write = unitNameWriter(defaultProfile().unitAbbreviations);
    expect(write('CHI BỘ ẤP II')).toBe('Chi bộ ấp II');
    expect(write('CHI ĐOÀN 12A1')).toBe('Chi đoàn 12A1');
    expect(write('ĐẢNG ỦY XÃ PHÚ HỮU')).toBe('Đảng ủy xã Phú Hữu');
    // «XI» is a numeral only after a word that takes a number.
    expect(write('CÔNG TY XI MĂNG')).toBe('Công Ty Xi Măng');
  });
});
