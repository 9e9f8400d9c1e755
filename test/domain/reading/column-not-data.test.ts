/** What is not data (issue 14): instruction and example sheets, sheets without a table, notes under the table. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { InputError } from '../../../src/domain/errors';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { readXlsx } from '../../fixtures/workbooks';
import { readShape, UNITS_ROWS, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Thành tích', 'Ghi chú'];
const DATA: Row[] = [HEAD, [1, 'X01', 'Cá nhân', 'Nguyễn Văn An', 1970, 'Tốt', undefined], [2, 'X02', 'Tập thể', 'Chi bộ Thôn 3', undefined, 'Tốt', undefined]];
const EXAMPLE: Row[] = [HEAD, [1, 'X01', 'Cá nhân', 'Nguyễn Văn A', 1975, 'Ghi tóm tắt thành tích', 'Ví dụ'], [2, 'X02', 'Tập thể', 'Chi bộ …', undefined, '…', undefined]];
const skipped = (read: Awaited<ReturnType<typeof readShape>>) =>
  read.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => [f.sheet, f.severity]);

describe('instruction and example sheets', () => {
  it.each(['Hướng dẫn', 'HD', 'HD ghi', 'Ví dụ', 'Cách ghi', 'HUONG DAN', 'HuongDan', 'Ví dụ mẫu'])(
    'a sheet named %p is not read, even with a header-like row',
    async (name) => {
      const read = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name, rows: EXAMPLE }, { name: 'Đăng ký', rows: DATA }] });
      expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Chi bộ Thôn 3']);
      expect(skipped(read)).toEqual([[name, 'info']]);
      const f = read.findings.find((x) => x.code === 'SHEET_SKIPPED');
      expect(f?.message).toContain(`«${name}»`);
      expect(f?.row).toBeUndefined();
    },
  );

  it.each(['HƯỚNG DẪN CÁCH GHI', 'Hướng dẫn ghi danh sách đăng ký', 'VÍ DỤ', 'Cách ghi danh sách'])(
    'a sheet titled %p is not read, whatever its name',
    async (title) => {
      const read = await readShape({
        sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'Sheet2', rows: [[title], [], ...EXAMPLE] }, { name: 'Đăng ký', rows: DATA }],
      });
      expect(read.registrations).toHaveLength(2);
      expect(skipped(read)).toEqual([['Sheet2', 'info']]);
      expect(read.findings.find((x) => x.code === 'SHEET_SKIPPED')?.message).toContain(title);
    },
  );

  it('a "Mẫu" sheet beside the real list is the template; alone, or beside another "Mẫu", it is the list', async () => {
    const beside = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'Mẫu', rows: EXAMPLE }, { name: 'Đăng ký', rows: DATA }] });
    expect(beside.registrations).toHaveLength(2);
    expect(skipped(beside)).toEqual([['Mẫu', 'info']]);

    const alone = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'Mẫu 01', rows: DATA }] });
    expect(alone.registrations).toHaveLength(2);
    expect(skipped(alone)).toEqual([]);

    const two = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'Mẫu 1', rows: DATA }, { name: 'Mẫu 2', rows: DATA }] });
    expect(two.registrations).toHaveLength(4);
  });

  it.each(['HĐND', 'Mẫu giáo Hoa Sen', 'Đăng ký', 'DS theo hướng dẫn'])('a registrations sheet named %p is read (near miss)', async (name) => {
    const read = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name, rows: DATA }] });
    expect(read.registrations).toHaveLength(2);
    expect(skipped(read)).toEqual([]);
  });

  it.each(['Hướng dẫn số 15-HD/BTGHU', '(Hướng dẫn ghi: mỗi dòng một điển hình)', 'Hướng dẫn: ghi đủ họ tên', '- Hướng dẫn cách ghi xem trang sau'])(
    'a title line %p above a real list is no instruction sheet (near miss)',
    async (line) => {
      const read = await readShape(withUnits([['DANH SÁCH ĐĂNG KÝ'], [line], [], ...DATA]));
      expect(read.registrations).toHaveLength(2);
      expect(skipped(read)).toEqual([]);
    },
  );

  it('a file of instructions only is unreadable as before', async () => {
    await expect(readShape({ sheets: [{ name: 'Hướng dẫn', rows: EXAMPLE }] })).rejects.toBeInstanceOf(InputError);
  });
});

describe('sheets without a table', () => {
  it('are skipped with an info finding when the workbook has tables; empty sheets say nothing', async () => {
    const read = await readShape({
      sheets: [
        { name: 'Đơn vị', rows: UNITS_ROWS },
        { name: 'Đăng ký', rows: DATA },
        { name: 'Tổng hợp', rows: [['Số liệu tổng hợp'], ['Tổng', 12]] },
        { name: 'Sheet3', rows: [] },
      ],
    });
    expect(read.registrations).toHaveLength(2);
    expect(skipped(read)).toEqual([['Tổng hợp', 'info']]);
    expect(read.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('the product’s template reads as it did, with nothing skipped', async () => {
    const path = join(__dirname, '../../../assets/mau-dien-hinh.xlsx');
    const grid = await readXlsx(new Uint8Array(readFileSync(path)), 'mau-dien-hinh.xlsx');
    const read = readWorkbooks([grid], { profile: defaultProfile() });
    expect(read.tables.map((t) => t.kind).sort()).toEqual(['plans', 'registrations', 'units']);
    expect(read.findings.filter((f) => f.code === 'SHEET_SKIPPED')).toEqual([]);
  });
});

describe('notes under the table', () => {
  it.each([
    [['Ghi chú: Danh sách gồm các điển hình đã được Đảng ủy thống nhất.']],
    [['Ghi chú:', '- Cột (5) ghi năm sinh']],
    [['* Ghi chú']],
    [['Danh sách có 05 điển hình./.']],
    [['(Kèm theo Công văn số 12-CV/ĐU ngày 20/02/2023)']],
    [['Lưu ý: mỗi dòng một điển hình']],
    [[undefined, 'Ghi chú: cột Năm sinh ghi 4 chữ số']],
    [[undefined, undefined, undefined, 'Danh sách có 02 điển hình./.']],
  ])('%p ends the table: no MISSING_VALUE, nothing read below', async (note) => {
    const read = await readShape(withUnits([...DATA, note, [], [undefined, undefined, undefined, 'Nguyễn Văn Ví Dụ', 1980, 'x', undefined]]));
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Chi bộ Thôn 3']);
    expect(read.findings.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
  });

  it.each([[['Tổng số: 02 điển hình']], [['Tổng cộng: 02']], [['Tổng số', 2]], [['Số lượng: 2 cá nhân']], [['Số lượng: 03 tập thể']]])('%p is no row either (a subtotal)', async (line) => {
    const read = await readShape(withUnits([...DATA, line]));
    expect(read.registrations).toHaveLength(2);
    expect(read.findings).toEqual([]);
  });

  it('a note between the header and the first row is skipped, not the end', async () => {
    const read = await readShape(withUnits([HEAD, ['Ghi chú: cột Năm sinh ghi 4 chữ số'], ...DATA.slice(1)]));
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Chi bộ Thôn 3']);
    expect(read.findings).toEqual([]);
  });

  // A row numbered on under it is read (lines-inside-masters.test.ts): a master's units go on under a unit's note.
  it('a note merged across the row ends the table too', async () => {
    const read = await readShape(
      withUnits([...DATA, ['Danh sách có 02 điển hình./.'], [undefined, 'X01', 'Cá nhân', 'Lê Văn Sau', 1980, 'x', undefined]], (ws) => ws.mergeCells('A4:G4')),
    );
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Chi bộ Thôn 3']);
  });

  it('a row with text only in the note column does not end the table (near miss)', async () => {
    const read = await readShape(
      withUnits([...DATA, [undefined, undefined, undefined, undefined, undefined, undefined, 'Ghi chú: xem dòng trên'], [3, 'X01', 'Cá nhân', 'Lê Văn Sau', 1980, 'Tốt', undefined]]),
    );
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Chi bộ Thôn 3', '', 'Lê Văn Sau']);
  });

  it('a real row whose note column says "Ghi chú: …" is still a row (near miss)', async () => {
    const read = await readShape(
      withUnits([
        HEAD,
        [1, 'X01', 'Cá nhân', 'Nguyễn Văn An', 1970, 'Tốt', 'Ghi chú: đã chuyển công tác'],
        [undefined, 'X01', 'Cá nhân', 'Trần Văn Bình', 1971, 'Tốt', 'Danh sách có thêm ông Bình./.'],
        [3, 'X02', 'Tập thể', 'Chi bộ Thôn 3', undefined, 'Tốt', undefined],
      ]),
    );
    expect(read.registrations.map((r) => [r.name, r.note])).toEqual([
      ['Nguyễn Văn An', 'Ghi chú: đã chuyển công tác'],
      ['Trần Văn Bình', 'Danh sách có thêm ông Bình./.'],
      ['Chi bộ Thôn 3', undefined],
    ]);
  });
});

describe('the columns\' numbers typed again further down a table', () => {
  const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
  const list = (numbers: Row, groups: boolean): Row[] => [
    H,
    numbers,
    ...(groups ? [['I', 'TẬP THỂ'], [1, 'Chi hội Phụ nữ khu phố 2', undefined, undefined, 'Tốt'], ['II', 'CÁ NHÂN']] : []),
    [1, 'Trần Văn Mặt', 1958, 'Trưởng ban công tác Mặt trận khu phố 2', 'Tốt'],
    [2, 'Ngô Thị Trận', 1962, 'Ủy viên Ủy ban MTTQ phường', 'Tốt'],
    H,
    numbers,
    [3, 'Lâm Văn Tổ', 1960, 'Trưởng ban công tác Mặt trận khu phố 1', 'Tốt'],
  ];
  const people = ['Trần Văn Mặt', 'Ngô Thị Trận', 'Lâm Văn Tổ'];

  it.each([
    ['1 | 2 | 3', [1, 2, 3, 4, 5]],
    ['(1) | (2) | (3)', ['(1)', '(2)', '(3)', '(4)', '(5)']],
    ['A | B | C', ['A', 'B', 'C', 'D', 'E']],
  ])('%s under the repeated header, with group rows or without: no exemplar', async (_, numbers) => {
    for (const groups of [true, false]) {
      const read = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], [], ...list(numbers, groups)] }] });
      expect(read.registrations.map((r) => r.name)).toEqual(groups ? ['Chi hội Phụ nữ khu phố 2', ...people] : people);
      expect(read.findings.filter((f) => f.severity === 'error' && f.row !== undefined)).toEqual([]);
    }
  });

  it('near miss: a row of a number and a birth year only is a row without a name', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], [], H, [1, 'Trần Văn Mặt', 1958, 'Trưởng ấp', 'Tốt'], [2, undefined, 1975, undefined, undefined]];
    const read = await readShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'DS', rows }] });
    expect(read.findings.filter((f) => f.code === 'MISSING_VALUE').map((f) => f.row)).toEqual([5]);
  });
});
