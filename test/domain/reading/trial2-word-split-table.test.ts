/**
 * A Word list split by a page break into two tables, the second without the header repeated (trial2 item 5): with as
 * many columns and its numbering going on, it continues the first; else it is said not to be read (SHEET_SKIPPED).
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import {
  checkAll,
  pageBreak,
  rowFindings,
  WORD_HEAD,
  wordList,
  wordPara,
  wordPerson,
  wordTable,
} from '../../fixtures/trial2-fixtables-shapes';

const PM = 'Đảng bộ thị trấn Phú Mỹ';
const first = () => wordTable([WORD_HEAD, [1, 'Chi bộ Khu phố 3', '', '', '', 'x'], wordPerson(2, 'Lâm Văn Bốn', 1961)]);
const skipped = (report: Awaited<ReturnType<typeof checkAll>>['report']) =>
  report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => [f.sheet, f.message.slice(0, 40)]);

describe('a headerless Word table going on from the one before', () => {
  it.each([
    ['after a page break', [first(), pageBreak(), wordTable([wordPerson(3, 'Lâm Thị Năm', 1975, 'Nữ'), wordPerson(4, 'Mạc Văn Sáu', 1966)])]],
    ['right after it', [first(), wordPara(''), wordTable([wordPerson(3, 'Lâm Thị Năm', 1975, 'Nữ'), wordPerson(4, 'Mạc Văn Sáu', 1966)])]],
    ['numbered "3."', [first(), pageBreak(), wordTable([['3.', 'Lâm Thị Năm', 1975, 'Nữ', 'Giáo viên', 'x'], ['4.', 'Mạc Văn Sáu', 1966, 'Nam', 'Hưu trí', 'x']])]],
    ['in three parts', [first(), pageBreak(), wordTable([wordPerson(3, 'Lâm Thị Năm', 1975, 'Nữ')]), pageBreak(), wordTable([wordPerson(4, 'Mạc Văn Sáu', 1966)])]],
  ])('%s: its rows are read with the first table\'s header', async (_label, body) => {
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, body)]);
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.source.sheet])).toEqual([
      ['Chi bộ Khu phố 3', undefined, 'Bảng 1'],
      ['Lâm Văn Bốn', 1961, 'Bảng 1'],
      ['Lâm Thị Năm', 1975, expect.stringMatching(/^Bảng [23]$/)],
      ['Mạc Văn Sáu', 1966, expect.stringMatching(/^Bảng [23]$/)],
    ]);
    expect(read.registrations.map((r) => r.unitId)).toEqual(Array(4).fill(read.units[0]?.id));
    expect(read.registrations[2]?.gender).toBe('female');
    expect(rowFindings(report)).toEqual([]);
  });

  it('on the ceremony list, the first part\'s rows come before the second\'s', async () => {
    const body = [first(), pageBreak(), wordTable([wordPerson(3, 'Lâm Thị Năm', 1975, 'Nữ'), wordPerson(4, 'Mạc Văn Sáu', 1966)])];
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, body)]);
    const ceremony = read.profile.ceremonies[0];
    if (!ceremony) throw new Error('no ceremony');
    const list = selectEntries(read, report.findings, groupsOf(report), ceremony);
    expect(list.individuals.map((e) => e.name)).toEqual(['Lâm Văn Bốn', 'Lâm Thị Năm', 'Mạc Văn Sáu']);
  });

  it.each<[string, (string | number)[]]>([
    ['"II. CÁ NHÂN" in one cell', ['II. CÁ NHÂN']],
    ['"II | CÁ NHÂN" in two cells (trial 4)', ['II', 'CÁ NHÂN', '', '', '', '']],
    ['"B) Cá nhân" in two cells', ['B)', 'Cá nhân', '', '', '', '']],
  ])('a second part opening with a group row, %s, numbering again from 1', async (_, group) => {
    const head = wordTable([WORD_HEAD, ['I', 'TẬP THỂ', '', '', '', ''], [1, 'Khu phố 3', '', '', '', 'x'], [2, 'Chi bộ Khu phố 4', '', '', '', 'x']]);
    const rest = wordTable([group, wordPerson(1, 'Lâm Bốn', 1961), wordPerson(2, 'Lâm Năm', 1975)]);
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, [head, pageBreak(), rest])]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Khu phố 3', 'collective'],
      ['Chi bộ Khu phố 4', 'collective'],
      ['Lâm Bốn', 'individual'],
      ['Lâm Năm', 'individual'],
    ]);
    expect(skipped(report)).toEqual([]);
  });

  it('the group the first table ends in goes on in the second', async () => {
    const head = wordTable([WORD_HEAD, ['I. TẬP THỂ'], [1, 'Khu phố 3', '', '', '', 'x'], ['II. CÁ NHÂN'], wordPerson(1, 'Lâm Bốn', 1961)]);
    const { read } = await checkAll([], [await wordList('phu-my.docx', PM, [head, pageBreak(), wordTable([wordPerson(2, 'Lâm Năm', 1975)])])]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource])).toEqual([
      ['Khu phố 3', 'collective', 'group'],
      ['Lâm Bốn', 'individual', 'group'],
      ['Lâm Năm', 'individual', 'group'],
    ]);
  });

  it('a group row at the top of the second part starts numbering again', async () => {
    const head = wordTable([WORD_HEAD, ['I. TẬP THỂ'], [1, 'Khu phố 3', '', '', '', 'x'], [2, 'Khu phố 4', '', '', '', 'x']]);
    const rest = wordTable([['II. CÁ NHÂN'], wordPerson(1, 'Lâm Năm', 1975), wordPerson(2, 'Lâm Sáu', 1976)]);
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, [head, pageBreak(), rest])]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.birthYear])).toEqual([
      ['Khu phố 3', 'collective', undefined],
      ['Khu phố 4', 'collective', undefined],
      ['Lâm Năm', 'individual', 1975],
      ['Lâm Sáu', 'individual', 1976],
    ]);
    expect(rowFindings(report)).toEqual([]);
  });

  it('one Word table holding two tables, each with its header, is read as two', async () => {
    const both = wordTable([
      WORD_HEAD,
      wordPerson(1, 'Lâm Văn Bốn', 1961),
      ['STT', 'Tên tập thể', 'Địa chỉ', 'Thành tích', '', ''],
      [1, 'Chi bộ Khu phố 3', 'Khu phố 3', 'x', '', ''],
    ]);
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, [both])]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.birthYear, r.workplace, r.source.rowText])).toEqual([
      ['Lâm Văn Bốn', 'individual', 1961, undefined, '1 | Lâm Văn Bốn | 1961'],
      ['Chi bộ Khu phố 3', 'collective', undefined, 'Khu phố 3', '1 | Chi bộ Khu phố 3 | Khu phố 3'],
    ]);
    expect(rowFindings(report)).toEqual([]);
  });

  it('with the header repeated, both parts are read as before', async () => {
    const second = wordTable([WORD_HEAD, wordPerson(3, 'Lâm Thị Năm', 1975, 'Nữ')]);
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, [first(), pageBreak(), second])]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Chi bộ Khu phố 3', 'Lâm Văn Bốn', 'Lâm Thị Năm']);
    expect(skipped(report)).toEqual([]);
  });
});

describe('near misses: a headerless table that goes on from nothing is said not to be read', () => {
  it.each([
    ['its numbering starts again', [first(), pageBreak(), wordTable([wordPerson(1, 'Lâm Thị Năm', 1975, 'Nữ')])]],
    ['it has fewer columns', [first(), pageBreak(), wordTable([[3, 'Lâm Thị Năm', 1975, 'x']])]],
    ['a table of other use comes between', [first(), wordTable([['Ghi chú', 'a', 'b'], ['1', 'c', 'd']]), wordTable([wordPerson(3, 'Lâm Thị Năm', 1975, 'Nữ')])]],
  ])('%s', async (_label, body) => {
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, body)]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Chi bộ Khu phố 3', 'Lâm Văn Bốn']);
    const said = skipped(report);
    expect(said.length).toBeGreaterThanOrEqual(1);
    expect(said[said.length - 1]?.[1]).toMatch(/^«Bảng \d» có các dòng đánh số/);
  });

  it('layout tables (letterhead, signature side by side) are still not reported', async () => {
    const side = wordTable([['ĐẢNG ỦY THỊ TRẤN PHÚ MỸ', 'ĐẢNG CỘNG SẢN VIỆT NAM']]);
    const sign = wordTable([['Nơi nhận:', 'T/M ĐẢNG ỦY'], ['- Như trên', 'BÍ THƯ']]);
    const { read, report } = await checkAll([], [await wordList('phu-my.docx', PM, [side, first(), sign])]);
    expect(read.registrations).toHaveLength(2);
    expect(skipped(report)).toEqual([]);
  });
});
