/**
 * trial11 #17(c), trial12 (Word bullets fused): the signed list keeps an achievement's lines apart, as the unit typed
 * them (Alt+Enter in a workbook cell; paragraphs, bullets, numbering or line breaks in a Word cell), one item a line
 * with its bullet, in the sheet (a line break in a wrapped cell) and in the Word document (a paragraph a line). A text
 * of one line is printed as it is; a duplicate proposed by two units keeps each unit's lines once.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { writeDocx } from '../../../src/workbook/docx/write-docx';
import { writeXlsx } from '../../../src/workbook/exceljs/write-xlsx';
import { Person, unitsBook, WordLines, wordList, xlsxList } from '../../fixtures/trial12-outputs';

const AS_OF = { y: 2023, m: 3, d: 1 };
const profile = { ...defaultProfile(), district: 'An Phú' };

function book(grids: WorkbookGrid[]) {
  const read = readWorkbooks(grids, { profile });
  return consolidate(read, buildReport(read, AS_OF, 7), '2023');
}

/** The achievements printed for each person, by name. */
function printed(grids: WorkbookGrid[]): Map<string, string> {
  const rows = book(grids).document.groups.flatMap((g) => g.rows);
  return new Map(rows.map((r) => [r[1], r[5]]));
}

const HUNG: Person = { name: 'Nguyễn Văn Hùng', year: 1968, position: 'Bí thư Chi bộ ấp Phú Hòa', achievements: ['Lãnh đạo ấp đạt chuẩn nông thôn mới kiểu mẫu', 'Vận động nhân dân hiến 1.200 m2 đất làm đường'] };
const LE: Person = { name: 'Trần Thị Mỹ Lệ', year: 1979, achievements: 'Xây dựng mô hình "Tiết kiệm vì phụ nữ nghèo"' };
const LONG =
  'Nhiều năm liền hoàn thành xuất sắc nhiệm vụ, vận động nhân dân hiến đất làm đường giao thông nông thôn, giúp đỡ 5 hộ nghèo thoát nghèo bền vững, xây dựng mô hình "Tiết kiệm vì phụ nữ nghèo" được Tỉnh hội biểu dương';
const TAM: Person = { name: 'Lê Văn Tám', year: 1955, achievements: LONG };
const BULLETED = ['- Lãnh đạo ấp đạt chuẩn nông thôn mới kiểu mẫu', '- Vận động nhân dân hiến 1.200 m2 đất làm đường'];

describe('an achievement typed on several lines, in a workbook', () => {
  it('keeps lines typed with dashes as they are', async () => {
    const got = printed([await xlsxList([{ ...HUNG, achievements: BULLETED }, LE])]);
    expect(got.get('Nguyễn Văn Hùng')).toBe(BULLETED.join('\n'));
  });

  it('gives lines typed without a bullet each a dash, and keeps other marks and a heading line', async () => {
    const got = printed([
      await xlsxList([
        HUNG,
        { name: 'Phạm Văn Đức', year: 1970, achievements: ['Thành tích năm 2022:', '+ Chiến sĩ thi đua cơ sở', '+ Giấy khen của UBND huyện'] },
        { name: 'Võ Thị Hoa', year: 1985, achievements: ['1. Lao động tiên tiến', '2. Chiến sĩ thi đua cơ sở'] },
        { name: 'Đỗ Văn Bình', year: 1975, achievements: ['- Sản xuất giỏi cấp tỉnh', 'Giúp 3 hộ thoát nghèo'] },
      ]),
    ]);
    expect(got.get('Nguyễn Văn Hùng')).toBe(BULLETED.join('\n'));
    expect(got.get('Phạm Văn Đức')).toBe('Thành tích năm 2022:\n+ Chiến sĩ thi đua cơ sở\n+ Giấy khen của UBND huyện');
    expect(got.get('Võ Thị Hoa')).toBe('1. Lao động tiên tiến\n2. Chiến sĩ thi đua cơ sở');
    expect(got.get('Đỗ Văn Bình')).toBe('- Sản xuất giỏi cấp tỉnh\n- Giúp 3 hộ thoát nghèo');
  });

  it('leaves a text of one line as it is, however long, and drops empty lines', async () => {
    const got = printed([await xlsxList([LE, TAM, { name: 'Đỗ Văn Bình', year: 1975, achievements: '\nSản xuất giỏi cấp tỉnh\n\n' }])]);
    expect(got.get('Trần Thị Mỹ Lệ')).toBe('Xây dựng mô hình "Tiết kiệm vì phụ nữ nghèo"');
    expect(got.get('Lê Văn Tám')).toBe(LONG);
    expect(got.get('Đỗ Văn Bình')).toBe('Sản xuất giỏi cấp tỉnh');
  });

  it('keeps the lines of an exemplar two units propose, each line once', async () => {
    const got = printed([
      await xlsxList([
        { ...HUNG, achievements: BULLETED },
        { ...HUNG, unit: 'Hội Nông dân huyện', achievements: ['Vận động nhân dân hiến 1.200 m2 đất làm đường', 'Hội viên nông dân sản xuất giỏi'] },
      ]),
    ]);
    expect(got.get('Nguyễn Văn Hùng')).toBe([...BULLETED, '- Hội viên nông dân sản xuất giỏi'].join('\n'));
  });

  it('prints one-line texts of two proposing units on a line each', async () => {
    const got = printed([await xlsxList([{ ...HUNG, achievements: 'Lãnh đạo ấp đạt chuẩn nông thôn mới' }, { ...HUNG, unit: 'Hội Nông dân huyện', achievements: 'Hội viên nông dân sản xuất giỏi' }])]);
    expect(got.get('Nguyễn Văn Hùng')).toBe('- Lãnh đạo ấp đạt chuẩn nông thôn mới\n- Hội viên nông dân sản xuất giỏi');
  });
});

describe('an achievement typed on several lines, in a Word cell', () => {
  it.each<WordLines>(['paragraphs', 'bullets', 'breaks'])('keeps each line apart, with a dash (%s)', async (how) => {
    const got = printed([await unitsBook(), await wordList([HUNG, LE, TAM], how)]);
    expect(got.get('Nguyễn Văn Hùng')).toBe(BULLETED.join('\n'));
    expect(got.get('Trần Thị Mỹ Lệ')).toBe('Xây dựng mô hình "Tiết kiệm vì phụ nữ nghèo"');
    expect(got.get('Lê Văn Tám')).toBe(LONG);
  });

  it('keeps Word numbering as its numbers', async () => {
    const got = printed([await unitsBook(), await wordList([HUNG, LE], 'numbered')]);
    expect(got.get('Nguyễn Văn Hùng')?.split('\n')).toHaveLength(2);
    expect(got.get('Nguyễn Văn Hùng')).not.toContain('kiểu mẫu Vận động');
  });
});

describe('the written list', () => {
  it('puts each line of the cell on a line of its own, in the sheet and in the Word document', async () => {
    const b = book([await xlsxList([HUNG, LE])]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeXlsx(b.sheets)) as unknown as ExcelJS.Buffer);
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const cell = cells.find((c) => typeof c.value === 'string' && c.value.includes('Lãnh đạo ấp'));
    expect(cell?.value).toBe(BULLETED.join('\n'));
    expect(cell?.alignment?.wrapText).toBe(true);

    const zip = await JSZip.loadAsync(await writeDocx(b.document));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs).toEqual(expect.arrayContaining(BULLETED));
    expect(paragraphs.filter((p) => p.includes('Tiết kiệm vì phụ nữ nghèo'))).toHaveLength(1);
  });
});

it('merges the two proposals of the same exemplar into one entry (the cases above rely on it)', async () => {
  const rows = book([await xlsxList([HUNG, { ...HUNG, unit: 'Hội Nông dân huyện' }])]).document.groups.flatMap((g) => g.rows);
  expect(rows.filter((r) => r[1] === 'Nguyễn Văn Hùng')).toHaveLength(1);
});

describe('a sentence wrapped by hand (review 16)', () => {
  it('lines going on in lower case or after a comma are one item', async () => {
    const wrapped: Person = { name: 'Nguyễn Văn Hùng', year: 1970, achievements: ['Vận động nhân dân hiến đất làm đường', 'giao thông nông thôn dài 2 km,', 'Trồng cây xanh'] };
    const got = printed([await xlsxList([wrapped])]);
    expect(got.get('Nguyễn Văn Hùng')).toBe('Vận động nhân dân hiến đất làm đường giao thông nông thôn dài 2 km, Trồng cây xanh');
  });

  it('near miss: two sentences each starting in capitals stay two items', async () => {
    const two: Person = { name: 'Nguyễn Văn Hùng', year: 1970, achievements: ['Vận động nhân dân hiến đất làm đường.', 'Trồng 500 cây xanh'] };
    const got = printed([await xlsxList([two])]);
    expect(got.get('Nguyễn Văn Hùng')).toBe('- Vận động nhân dân hiến đất làm đường.\n- Trồng 500 cây xanh');
  });
});
