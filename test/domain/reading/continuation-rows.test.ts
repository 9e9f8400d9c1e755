/**
 * An exemplar typed over two rows or more, without merged cells: the rows under it with no number and no name hold
 * more of its position, workplace, achievements or note (how long cells get typed, in Word above all). They go on
 * the exemplar; a row that could be an exemplar of its own whose name was left out (no number column to tell), or a
 * note alone, stays a MISSING_VALUE.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import { docxBytes } from '../../fixtures/word-lists';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích', 'Ghi chú'];
const TAM: Row = [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;', null];
const LAN: Row = [2, 'X01', 'Đỗ Thị Lan', 1970, 'Nông dân', 'Sản xuất giỏi cấp tỉnh', null];

const missingNames = (findings: { code: string; sheet?: string; row?: number }[]) =>
  findings.filter((f) => f.code === 'MISSING_VALUE' && f.sheet === 'Đăng ký').map((f) => f.row);

describe('rows that go on the exemplar above', () => {
  it.each<[string, Row[], [string, string | undefined, string | undefined, string | undefined][]]>([
    [
      'the position and the achievements go on',
      [HEAD, TAM, [null, null, null, null, 'ấp 1', '3 năm liền chi bộ trong sạch vững mạnh.', null], LAN],
      [
        ['Nguyễn Văn Tâm', 'Bí thư Chi bộ ấp 1', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;\n3 năm liền chi bộ trong sạch vững mạnh.', undefined],
        ['Đỗ Thị Lan', 'Nông dân', 'Sản xuất giỏi cấp tỉnh', undefined],
      ],
    ],
    [
      'two rows of achievements, one under the other',
      [HEAD, TAM, [null, null, null, null, null, '- Vận động hiến đất', null], [null, null, null, null, null, '- Xây cầu', null], LAN],
      [
        ['Nguyễn Văn Tâm', 'Bí thư Chi bộ', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;\n- Vận động hiến đất\n- Xây cầu', undefined],
        ['Đỗ Thị Lan', 'Nông dân', 'Sản xuất giỏi cấp tỉnh', undefined],
      ],
    ],
    [
      'the last exemplar of the list goes on too, with its note',
      [HEAD, TAM, LAN, [null, null, null, null, null, '- Hỗ trợ 5 hộ nghèo', 'Hội viên từ năm 1995']],
      [
        ['Nguyễn Văn Tâm', 'Bí thư Chi bộ', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;', undefined],
        ['Đỗ Thị Lan', 'Nông dân', 'Sản xuất giỏi cấp tỉnh\n- Hỗ trợ 5 hộ nghèo', 'Hội viên từ năm 1995'],
      ],
    ],
    [
      'the unit a template repeats on every row does not stop it',
      [HEAD, TAM, [null, 'X01', null, null, null, '- Xây cầu', null], LAN],
      [
        ['Nguyễn Văn Tâm', 'Bí thư Chi bộ', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;\n- Xây cầu', undefined],
        ['Đỗ Thị Lan', 'Nông dân', 'Sản xuất giỏi cấp tỉnh', undefined],
      ],
    ],
  ])('%s', async (_, rows, expected) => {
    const { read, report } = await checkShape(withUnits(rows));
    expect(read.registrations.map((r) => [r.name, r.position, r.achievements, r.note])).toEqual(expected);
    expect(missingNames(report.findings)).toEqual([]);
  });

  it('a combined "Chức vụ, đơn vị công tác" column goes on in the same sentence', async () => {
    const head: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
    const { read } = await checkShape(withUnits([head, [1, 'X01', 'Lê Thị Hạnh', 1985, 'Trưởng ban công tác Mặt trận'], [null, null, null, null, 'ấp Bình Hòa'], [2, 'X01', 'Võ Văn Giang', 1979, 'Trưởng ấp 3']]));
    expect(read.registrations.map((r) => [r.name, r.position])).toEqual([
      ['Lê Thị Hạnh', 'Trưởng ban công tác Mặt trận ấp Bình Hòa'],
      ['Võ Văn Giang', 'Trưởng ấp 3'],
    ]);
  });
});

describe('near misses: rows that stay rows of their own', () => {
  it.each<[string, Row[], number[]]>([
    ['a numbered row without a name', [HEAD, TAM, [2, null, null, null, 'Trưởng ấp 2', 'Tốt', null]], [3]],
    ['a row without a name that gives a birth year', [HEAD, TAM, [null, null, null, 1975, 'Trưởng ấp 2', 'Tốt', null]], [3]],
    ['a row without a name that names another unit', [HEAD, TAM, [null, 'X02', null, null, null, 'Tốt', null]], [3]],
    ['a first row without a name', [HEAD, [null, null, null, null, 'Trưởng ấp 2', 'Tốt', null], LAN], [2]],
    ['a row under an empty row', [HEAD, TAM, [], [null, null, null, null, null, 'Tốt', null]], [4]],
    ['a row under a row that has no name either', [HEAD, TAM, [3, null, null, 1980, null, 'Tốt', null], [null, null, null, null, null, 'Tốt', null]], [3, 4]],
    ['a row holding only a note', [HEAD, TAM, [null, null, null, null, null, null, 'Đơn vị xin rút 01 điển hình']], [3]],
    ['a row in a list without a number column', [HEAD.slice(1), TAM.slice(1), [null, null, null, 'Trưởng ấp 2', 'Xây cầu nông thôn', null]], [3]],
  ])('%s', async (_, rows, missing) => {
    const { read, report } = await checkShape(withUnits(rows));
    expect(missingNames(report.findings)).toEqual(missing);
    expect(read.registrations.find((r) => r.name === 'Nguyễn Văn Tâm')?.achievements ?? 'Lãnh đạo ấp đạt chuẩn nông thôn mới;').toBe(
      'Lãnh đạo ấp đạt chuẩn nông thôn mới;',
    );
  });
});

describe('in a Word table', () => {
  const p = (text: string) => new Paragraph({ children: [new TextRun({ text })] });
  const row = (...texts: string[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [p(t)] })) });

  it('the row under an exemplar goes on it', async () => {
    const table = new Table({
      rows: [
        row('STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'),
        row('1', 'Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;'),
        row('', '', '', 'ấp 1', '3 năm liền chi bộ trong sạch vững mạnh.'),
        row('2', 'Đỗ Thị Lan', '1970', 'Nông dân', 'Sản xuất giỏi cấp tỉnh'),
      ],
    });
    const children = [p('ĐẢNG BỘ HUYỆN AN PHÚ'), p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), table, p('An Bình, ngày 20 tháng 02 năm 2023')];
    const grid = await readDocx(await docxBytes(new Document({ sections: [{ children }] })), 'AnBinh.docx');
    const read = readWorkbooks([grid], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.position, r.achievements])).toEqual([
      ['Nguyễn Văn Tâm', 'Bí thư Chi bộ ấp 1', 'Lãnh đạo ấp đạt chuẩn nông thôn mới;\n3 năm liền chi bộ trong sạch vững mạnh.'],
      ['Đỗ Thị Lan', 'Nông dân', 'Sản xuất giỏi cấp tỉnh'],
    ]);
    expect(read.findings.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
  });
});
