/** Each variant of ../shared/spec/workbook.md, built by code and read through the ExcelJS adapter. */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { encodeLegacy } from '../../../src/domain/text';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';
import { names, readRegistrationSheet, UNITS_SHEET } from './helpers';

const HEAD = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Tóm tắt thành tích'];

describe('headers', () => {
  it('finds the header below a merged title block, on any of the first rows', async () => {
    const read = await readRegistrationSheet(
      [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['DANH SÁCH ĐĂNG KÝ'], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], HEAD, [1, 'X01', 'Cá nhân', 'Nguyễn Văn A', 1970, 'Tốt']],
      (ws) => ws.mergeCells('A1:F1'),
    );
    expect(names(read)).toEqual(['Nguyễn Văn A']);
    expect(read.tables.find((t) => t.kind === 'registrations')?.headerRow).toBe(18);
  });

  it('matches synonyms whatever the case, spacing, line breaks, NFD and tone placement', async () => {
    const head = ['  SỐ  TT ', 'ĐƠN VỊ', 'Tập thể/Cá nhân', 'Họ\nvà tên'.normalize('NFD'), 'NĂM  SINH', 'Nội dung đăng ký làm theo', 'Ghi chú'];
    const read = await readRegistrationSheet([head, [1, 'X01', 'cá nhân', 'Lê Thị B', 1980, 'Tốt', '']]);
    expect(read.registrations[0]).toMatchObject({ name: 'Lê Thị B', kind: 'individual', birthYear: 1980, achievements: 'Tốt', unitId: 'code:x01' });
  });

  it('reads reordered and extra columns by their headers, not their places', async () => {
    const read = await readRegistrationSheet([
      ['Số điện thoại', 'Họ tên', 'Ghi chú', 'Năm sinh', 'Đơn vị', 'Đối tượng'],
      ['0912', 'Phạm Văn C', 'x', 1965, 'X02', 'Cá nhân'],
    ]);
    expect(read.registrations[0]).toMatchObject({ name: 'Phạm Văn C', birthYear: 1965, unitId: 'code:x02', note: 'x' });
  });

  it('reads "Năm sinh" merged over "Nam | Nữ": the column holding the year gives the gender', async () => {
    const read = await readRegistrationSheet(
      [
        ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', undefined, 'Thành tích'],
        [undefined, undefined, undefined, 'Nam', 'Nữ'],
        [1, 'X01', 'Nguyễn Văn D', 1971, undefined, 'Tốt'],
        [2, 'X01', 'Trần Thị E', undefined, '1982', 'Tốt'],
      ],
      (ws) => {
        ws.mergeCells('D1:E1');
        for (const c of ['A', 'B', 'C', 'F']) ws.mergeCells(`${c}1:${c}2`);
      },
    );
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.gender])).toEqual([
      ['Nguyễn Văn D', 1971, 'male'],
      ['Trần Thị E', 1982, 'female'],
    ]);
  });

  it('skips a column-number row under the header', async () => {
    const read = await readRegistrationSheet([HEAD, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], [1, 'X01', 'Cá nhân', 'Đỗ Văn F', 1990, 'Tốt']]);
    expect(names(read)).toEqual(['Đỗ Văn F']);
  });

  it('skips a repeated header (a table printed across pages)', async () => {
    const read = await readRegistrationSheet([HEAD, [1, 'X01', 'Cá nhân', 'Đỗ Văn F', 1990, 'Tốt'], HEAD, [2, 'X01', 'Cá nhân', 'Lý Văn G', 1991, 'Tốt']]);
    expect(names(read)).toEqual(['Đỗ Văn F', 'Lý Văn G']);
  });
});

describe('rows that are not exemplars', () => {
  it('takes the kind from group rows "I. TẬP THỂ" / "II. CÁ NHÂN" and the unit from "1. Đảng bộ xã …"', async () => {
    const read = await readRegistrationSheet([
      ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Thành tích'],
      ['I', 'TẬP THỂ'],
      ['1. Đảng bộ xã An Bình'],
      [1, 'Chi bộ Thôn 3', undefined, 'Tốt'],
      ['II', 'CÁ NHÂN'],
      ['1. Đảng bộ xã Tân Lập'],
      [1, 'Hồ Văn H', 1960, 'Tốt'],
      [2, 'Hội Văn I', 1961, 'Tốt'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource, r.unitId])).toEqual([
      ['Chi bộ Thôn 3', 'collective', 'group', 'code:x01'],
      ['Hồ Văn H', 'individual', 'group', 'code:x02'],
      ['Hội Văn I', 'individual', 'group', 'code:x02'],
    ]);
  });

  it('skips subtotal rows, unfilled numbered rows and stops at the signature block', async () => {
    const read = await readRegistrationSheet([
      HEAD,
      [1, 'X01', 'Tập thể', 'Công an xã An Bình', undefined, 'Tốt'],
      [2, 'X01', 'Cá nhân', 'Võ Văn K', 1977, 'Tốt'],
      ['Tổng cộng: 02'],
      [3],
      [undefined, 'Cộng', 2],
      [],
      [undefined, undefined, undefined, 'An Phú, ngày 20 tháng 02 năm 2023'],
      [undefined, undefined, undefined, 'T/M ĐẢNG ỦY'],
      [undefined, undefined, undefined, 'Nguyễn Văn Bình'],
    ]);
    expect(names(read)).toEqual(['Công an xã An Bình', 'Võ Văn K']);
    expect(read.findings).toEqual([]);
  });

  it('ignores template rows below the data that hold only formula errors', async () => {
    const read = await readRegistrationSheet(
      [HEAD, [1, 'X01', 'Cá nhân', 'Võ Văn K', 1977, 'Tốt']],
      (ws) => {
        for (let r = 3; r <= 6; r++) {
          ws.getCell(r, 2).value = { formula: 'VLOOKUP(A3,Z:Z,2,0)', result: { error: '#N/A' } } as ExcelJS.CellValue;
          ws.getCell(r, 4).value = { formula: 'VLOOKUP(A3,Z:Z,3,0)', result: { error: '#N/A' } } as ExcelJS.CellValue;
        }
      },
    );
    expect(names(read)).toEqual(['Võ Văn K']);
    expect(read.findings).toEqual([]);
  });

  it('reports a row with content but no name as MISSING_VALUE, and a name of unknown kind', async () => {
    const read = await readRegistrationSheet([
      HEAD,
      [1, 'X01', 'Cá nhân', undefined, 1977, 'Có thành tích nhưng thiếu tên'],
      [2, 'X01', undefined, 'ABC-123 XYZ', undefined, 'Tốt'],
    ]);
    expect(read.findings.map((f) => [f.code, f.row, f.unit])).toEqual([
      ['MISSING_VALUE', 2, 'Đảng bộ xã An Bình'],
      ['MISSING_VALUE', 3, 'Đảng bộ xã An Bình'],
    ]);
  });
});

describe('exports from other emulation-reward systems', () => {
  it('reads kind codes, households, a separate honorific column and NAM/NU genders', async () => {
    const read = await readRegistrationSheet([
      ['Mã đối tượng', 'Tên gọi (Ông/Bà/Chức danh)', 'Họ và tên', 'Giới tính', 'Đơn vị'],
      ['CANHAN', 'Ông', 'Ông Lương Văn L', 'NAM', 'X01'],
      ['TAPTHE', undefined, 'Tổ dân phố số 5', undefined, 'X01'],
      ['TAPTHE', undefined, 'Gia đình ông Nguyễn Văn M', undefined, 'X02'],
      ['CANHAN', 'Bà', 'Mai Thị N', 'NU', 'X02'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.honorific, r.gender, r.household])).toEqual([
      ['Lương Văn L', 'individual', 'Ông', 'male', false],
      ['Tổ dân phố số 5', 'collective', undefined, undefined, false],
      ['Gia đình ông Nguyễn Văn M', 'collective', undefined, undefined, true],
      ['Mai Thị N', 'individual', 'Bà', 'female', false],
    ]);
  });
});

describe('cell values', () => {
  it('uses cached formula values, rich text, hyperlink text; numbers stored as text; stray spaces', async () => {
    const read = await readRegistrationSheet(
      [HEAD, [1, 'X01', 'Cá nhân', undefined, undefined, 'Tốt'], [2, 'X01', 'Cá nhân', undefined, ' 1983 ', 'Tốt'], [3, 'X02', 'Cá nhân', undefined, 1975, undefined]],
      (ws) => {
        ws.getCell('D2').value = { formula: 'UPPER("a")', result: 'Nguyễn\u00a0Văn O\u00ad\u200b' } as ExcelJS.CellValue;
        ws.getCell('E2').value = { formula: '1900+80', result: 1980 } as ExcelJS.CellValue;
        ws.getCell('D3').value = { richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Thị\nP' }] };
        ws.getCell('D4').value = { text: 'Lê Văn Q', hyperlink: 'https://example.invalid/q' };
        ws.getCell('F4').value = { error: '#N/A' } as ExcelJS.CellValue;
      },
    );
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.achievements])).toEqual([
      ['Nguyễn Văn O', 1980, 'Tốt'],
      ['Trần Thị P', 1983, 'Tốt'],
      ['Lê Văn Q', 1975, undefined],
    ]);
  });

  it('reads hidden rows and columns like any other', async () => {
    const read = await readRegistrationSheet([HEAD, [1, 'X01', 'Cá nhân', 'Hà Văn R', 1970, 'Tốt']], (ws) => {
      ws.getRow(2).hidden = true;
      ws.getColumn(5).hidden = true;
    });
    expect(read.registrations[0]).toMatchObject({ name: 'Hà Văn R', birthYear: 1970 });
  });

  it('reads "Ð" typed for "Đ" and old tone placement as the same unit', async () => {
    const read = await readRegistrationSheet([HEAD, [1, '\u00d0ảng uỷ xã An Bình', 'Cá nhân', 'Ðinh Văn S', 1970, 'Tốt']]);
    expect(read.registrations[0]).toMatchObject({ name: 'Đinh Văn S', unitId: 'code:x01' });
  });
});

describe('dates', () => {
  const unitsWithDates = (dates: ExcelJS.CellValue[]) => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Ngày nộp danh sách đăng ký'],
      ...dates.map((d, i) => [`U${i}`, `Đảng bộ xã Số ${i + 1}`, d]),
    ]);
    sheetWith(wb, 'Đăng ký', [HEAD]);
    return wb;
  };
  const read = async (wb: ExcelJS.Workbook) => readWorkbooks([await roundTrip(wb)], { profile: defaultProfile() });

  it('reads real dates and every text form, day first', async () => {
    const r = await read(
      unitsWithDates([new Date(Date.UTC(2023, 1, 20)), '20/02/2023', '20-2-2023', '20.02.2023', 'ngày 20 tháng 02 năm 2023', '5/2/2023', 44977]),
    );
    expect(r.units.map((u) => u.listDate)).toEqual([
      ...Array(5).fill({ y: 2023, m: 2, d: 20 }),
      { y: 2023, m: 2, d: 5 },
      { y: 2023, m: 2, d: 20 },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const wb = unitsWithDates([new Date(Date.UTC(2023, 1, 20)), 43515]);
    wb.properties.date1904 = true;
    const r = await read(wb);
    expect(r.units.map((u) => u.listDate)).toEqual([
      { y: 2023, m: 2, d: 20 },
      { y: 2023, m: 2, d: 20 },
    ]);
  });

  it('reports an impossible or unreadable date as INVALID_DATE with its text, never a guess', async () => {
    const r = await read(unitsWithDates(['31/02/2023', '13/13/2023', 'tháng hai', '2023']));
    expect(r.units.every((u) => u.listDate === undefined && u.listDateInvalid)).toBe(true);
    expect(r.findings.map((f) => [f.code, f.row, f.column])).toEqual([
      ['INVALID_DATE', 2, 'C'],
      ['INVALID_DATE', 3, 'C'],
      ['INVALID_DATE', 4, 'C'],
      ['INVALID_DATE', 5, 'C'],
    ]);
    expect(r.findings[0]?.message).toContain('31/02/2023');
    expect(r.findings[2]?.message).toContain('tháng hai');
  });
});

describe('legacy encodings', () => {
  it('decodes .VnTime, .VnTimeH and VNI cells by their font, and reports each row converted', async () => {
    const read = await readRegistrationSheet([HEAD, [1, 'X01', 'Cá nhân', 'x', 1970, 'Tốt'], [2, 'X01', 'Cá nhân', 'x', 1971, 'Tốt'], [3, 'X01', 'Tập thể', 'x', undefined, 'Tốt']], (ws) => {
      ws.getCell('D2').value = encodeLegacy('Nguyễn Thị Thuỷ', 'tcvn3');
      ws.getCell('D2').font = { name: '.VnTime' };
      ws.getCell('D3').value = encodeLegacy('Đặng Văn Tuấn', 'vni');
      ws.getCell('D3').font = { name: 'VNI-Times' };
      ws.getCell('D4').value = encodeLegacy('CHI BỘ THÔN 7', 'tcvn3-caps');
      ws.getCell('D4').font = { name: '.VnTimeH' };
    });
    expect(names(read)).toEqual(['Nguyễn Thị Thuỷ', 'Đặng Văn Tuấn', 'CHI BỘ THÔN 7']);
    expect(read.findings.map((f) => [f.code, f.row, f.cells])).toEqual([
      ['LEGACY_ENCODING', 2, ['D2']],
      ['LEGACY_ENCODING', 3, ['D3']],
      ['LEGACY_ENCODING', 4, ['D4']],
    ]);
  });

  it('decodes by the evidence of the column where the font says nothing, and leaves Unicode alone', async () => {
    const read = await readRegistrationSheet([
      HEAD,
      [1, 'X01', 'Cá nhân', encodeLegacy('Lê Văn Tám', 'tcvn3'), 1970, 'Tốt'],
      [2, 'X01', 'Cá nhân', encodeLegacy('Trần Thị Hường', 'tcvn3'), 1971, 'Tốt'],
      [3, 'X01', 'Cá nhân', 'Hà Giang', 1972, 'Tốt'],
    ]);
    expect(names(read)).toEqual(['Lê Văn Tám', 'Trần Thị Hường', 'Hà Giang']);
    expect(read.findings.map((f) => f.row)).toEqual([2, 3]);
  });

  it('decodes legacy rich-text runs by each run’s font', async () => {
    const read = await readRegistrationSheet([HEAD, [1, 'X01', 'Cá nhân', 'x', 1970, 'Tốt']], (ws) => {
      ws.getCell('D2').value = { richText: [{ text: encodeLegacy('Bùi Văn ', 'tcvn3'), font: { name: '.VnTime' } }, { text: 'Út', font: { name: 'Times New Roman' } }] };
    });
    expect(names(read)).toEqual(['Bùi Văn Út']);
  });
});

describe('several files read together', () => {
  it('reads a units workbook and unit files whose unit is named by their file name', async () => {
    const units = new ExcelJS.Workbook();
    sheetWith(units, 'DV', UNITS_SHEET);
    const unitFile = new ExcelJS.Workbook();
    sheetWith(unitFile, 'Sheet1', [['STT', 'Họ và tên', 'Năm sinh', 'Thành tích'], [1, 'Mạc Văn T', 1966, 'Tốt']]);
    const read = readWorkbooks([await roundTrip(units, 'don-vi.xlsx'), await roundTrip(unitFile, '07_DangBoXaTanLap_final.xlsx')], {
      profile: defaultProfile(),
    });
    expect(read.registrations[0]).toMatchObject({ name: 'Mạc Văn T', unitSource: 'file', unitId: 'code:x02', kind: 'individual', kindSource: 'name' });
  });

  it('without a units list, names the unit of the title block, not the district above it', async () => {
    const unitFile = new ExcelJS.Workbook();
    const ws = sheetWith(unitFile, 'Sheet1', [
      ['ĐẢNG BỘ HUYỆN AN PHÚ', undefined, undefined, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['ĐẢNG ỦY XÃ TÂN LẬP'],
      [],
      ['STT', 'Họ và tên', 'Năm sinh', 'Thành tích'],
      [1, 'Mạc Văn T', 1966, 'Tốt'],
    ]);
    ws.mergeCells('A1:C1');
    const read = readWorkbooks([await roundTrip(unitFile, 'ds.xlsx')], { profile: defaultProfile() });
    expect(read.registrations[0]).toMatchObject({ unitText: 'Đảng ủy xã Tân Lập', unitSource: 'title' });
  });
});
