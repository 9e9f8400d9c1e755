/**
 * Trial 4: the text report names each row's file when a finding's rows are in several files ("Bảng 1!2" is in every
 * Word list). Trial 11: its counts are written with "." between thousands, as the page writes them.
 */
import { finding } from '../../../src/domain/findings/finding';
import { renderText } from '../../../src/domain/report/render-text';
import type { Report } from '../../../src/domain/report/report';

const report = (rows: { file: string; sheet: string; row: number }[]): Report => ({
  version: 1,
  asOf: '2023-03-01',
  summary: { files: 3, units: 0, registrations: 3, errors: 0, warnings: 1, infos: 0 },
  findings: [finding('DUPLICATE', { file: rows[0]!.file, sheet: rows[0]!.sheet, row: rows[0]!.row, rows }, 'Trùng họ tên và năm sinh.')],
  quota: [],
});

describe('the rows of a finding in the text report', () => {
  it('name their files when they are in several', () => {
    const text = renderText(report([
      { file: 'an-binh.docx', sheet: 'Bảng 1', row: 2 },
      { file: 'phu-huu.docx', sheet: 'Bảng 1', row: 2 },
    ]));
    expect(text).toContain('(các dòng: an-binh.docx, bảng 1, dòng 2; phu-huu.docx, bảng 1, dòng 2)');
  });

  it('near miss: rows of one file keep the short form', () => {
    const text = renderText(report([
      { file: 'tong-hop.xlsx', sheet: 'Đăng ký', row: 2 },
      { file: 'tong-hop.xlsx', sheet: 'Đăng ký', row: 9 },
    ]));
    expect(text).toContain('(các dòng: Đăng ký!2; Đăng ký!9)');
  });
});

describe('a check without a units list', () => {
  it('says that quotas and deadlines were not checked', () => {
    const text = renderText({ version: 1, asOf: '2023-03-01', summary: { files: 1, units: 0, registrations: 3, errors: 0, warnings: 0, infos: 0 }, findings: [], quota: [] });
    expect(text).toContain('không tìm thấy danh sách đơn vị');
  });

  it('near miss: with one, no such line', () => {
    const text = renderText({ version: 1, asOf: '2023-03-01', summary: { files: 1, units: 2, registrations: 3, errors: 0, warnings: 0, infos: 0 }, findings: [], quota: [] });
    expect(text).not.toContain('không tìm thấy danh sách đơn vị');
  });
});

describe('the summary lines write counts as Vietnamese staff read them (trial 11, minor)', () => {
  it('thousands with a dot, small counts as they are', () => {
    const text = renderText({ ...report([{ file: 'a.xlsx', sheet: 'DS', row: 2 }]), summary: { files: 3, units: 1200, registrations: 100000, errors: 1500, warnings: 7, infos: 0 }, findings: [] });
    expect(text).toContain('3 tệp · 1.200 đơn vị · 100.000 điển hình đăng ký');
    expect(text).toContain('Kết quả: 1.500 lỗi, 7 cảnh báo, 0 thông tin.');
  });
});
