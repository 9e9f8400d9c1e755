import { finding } from '../../../src/domain/findings/finding';
import { feedbackBook, feedbackSheet, FEEDBACK_HEADER_ROW } from '../../../src/domain/feedback/feedback-sheet';
import { defaultProfile } from '../../../src/domain/profile';
import type { SheetModel } from '../../../src/domain/sheet-model';

const DATE = { y: 2023, m: 3, d: 1 };
const profile = { ...defaultProfile(), district: 'An Phú', superiorBody: 'Huyện ủy', issuingBody: 'Ban Tuyên giáo' };
const at = (m: SheetModel, row: number, col: number) => m.cells.find((c) => c.row === row && c.col === col)?.value;

const rowError = finding('NOT_SINGLE_SUBJECT', { file: 'xa-an-binh.xlsx', sheet: 'DS', row: 12, unit: 'Đảng bộ xã An Bình' }, 'Dòng ghi hai người.');
const quota = finding('QUOTA_SHORT', { file: 'tong-hop.xlsx', sheet: 'Đơn vị', row: 2, unit: 'Đảng bộ xã An Bình' }, 'Thiếu 1 điển hình.');
const font = finding('LEGACY_ENCODING', { file: 'xa-an-binh.xlsx', sheet: 'DS', row: 5, column: 'D', unit: 'Đảng bộ xã An Bình' }, 'Đã chuyển phông.');
const dup = finding(
  'DUPLICATE',
  { file: 'xa-an-binh.xlsx', sheet: 'DS', row: 7, rows: [{ file: 'xa-an-binh.xlsx', sheet: 'DS', row: 7 }, { file: 'hoi-pn.xlsx', sheet: 'Sheet1', row: 9 }] },
  'Trùng lặp.',
);

describe('feedbackSheet', () => {
  const m = feedbackSheet(profile, DATE, 'Đảng bộ xã An Bình', [rowError, quota, font, dup]);

  it('heads the sheet as the issuing body writes to a unit', () => {
    expect(at(m, 1, 1)).toBe('HUYỆN ỦY AN PHÚ');
    expect(at(m, 2, 1)).toBe('BAN TUYÊN GIÁO');
    expect(at(m, 1, 4)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(at(m, 2, 4)).toBe('An Phú, ngày 01 tháng 3 năm 2023');
    expect(at(m, 5, 1)).toBe('PHIẾU GÓP Ý');
    expect(at(m, 6, 1)).toBe('về danh sách đăng ký điển hình tiên tiến của Đảng bộ xã An Bình');
    expect([1, 2, 3, 4].map((c) => at(m, FEEDBACK_HEADER_ROW, c))).toEqual(['STT', 'Vị trí', 'Nội dung chưa đúng', 'Đề nghị']);
  });

  it.each<[{ y: number; m: number; d: number }, string]>([
    [{ y: 2023, m: 2, d: 5 }, 'ngày 05 tháng 02 năm 2023'],
    [{ y: 2023, m: 1, d: 25 }, 'ngày 25 tháng 01 năm 2023'],
    [{ y: 2024, m: 12, d: 9 }, 'ngày 09 tháng 12 năm 2024'],
    [{ y: 2023, m: 10, d: 31 }, 'ngày 31 tháng 10 năm 2023'],
  ])('writes its date line as HD 36 does: a day below 10 and the months 1, 2 with a leading zero (%j)', (date, words) => {
    expect(at(feedbackSheet(profile, date, 'Đảng bộ xã An Bình', [quota]), 2, 4)).toBe(`An Phú, ${words}`);
  });

  it('lists errors and warnings with place, label and message, and what to do; the unit\'s first, then its rows top to bottom; not the notes on fonts', () => {
    const r = FEEDBACK_HEADER_ROW + 1;
    expect(at(m, r, 1)).toBe(1);
    expect(at(m, r, 3)).toBe('Chưa đủ chỉ tiêu: Thiếu 1 điển hình.');
    expect(at(m, r + 1, 2)).toBe('xa-an-binh.xlsx, trang «DS», dòng 7; hoi-pn.xlsx, trang «Sheet1», dòng 9');
    expect(at(m, r + 2, 2)).toBe('xa-an-binh.xlsx, trang «DS», dòng 12');
    expect(at(m, r + 2, 3)).toBe('Một dòng ghi nhiều điển hình: Dòng ghi hai người.');
    expect(at(m, r + 2, 4)).toMatch(/^Tách thành nhiều dòng/);
    expect(m.cells.some((c) => String(c.value).includes('Đã chuyển phông'))).toBe(false);
    expect(at(m, r + 4, 1)).toMatch(/^Đề nghị đơn vị chỉnh sửa .* Ban Tuyên giáo Huyện ủy An Phú\.$/);
  });

  it('writes text as text (nothing a formula) and prints on A4', () => {
    expect(m.cells.filter((c) => typeof c.value === 'string').every((c) => c.style?.numFmt === '@')).toBe(true);
    expect(m.page).toMatchObject({ paper: 'A4', orientation: 'portrait', repeatRows: { from: FEEDBACK_HEADER_ROW, to: FEEDBACK_HEADER_ROW } });
  });
});

describe('feedbackBook', () => {
  it('makes one sheet per unit with something to send, sheet names unique and valid', () => {
    const long = 'Đảng bộ Cơ quan Ủy ban nhân dân huyện An Phú / khối';
    const sheets = feedbackBook(profile, DATE, [
      { name: 'Đảng bộ xã An Bình', findings: [rowError] },
      { name: 'Chi bộ Trường', findings: [] },
      { name: 'Chi bộ Ấp', findings: [font] },
      { name: long, findings: [quota] },
      { name: long, findings: [quota] },
    ]);
    expect(sheets.map((s) => s.name)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ Cơ quan Ủy ban nhân dân', 'Đảng bộ Cơ quan Ủy ban nhân (2)']);
    expect(sheets.every((s) => s.name.length <= 31 && !/[\\/?*[\]:]/.test(s.name))).toBe(true);
  });
});
