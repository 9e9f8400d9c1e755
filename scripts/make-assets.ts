/**
 * Writes the product's assets (`npm run assets`):
 *  - assets/mau-dien-hinh.xlsx: the product's own template (four sheets, empty data areas);
 *  - assets/vi-du-huyen-an-phu.xlsx: the sample district, same sheets, filled from sample-district.ts;
 *  - assets/don-vi/*.xlsx: three one-unit files as units send them back (title block, two-level header, legacy fonts).
 * The output depends only on the data: fixed document dates, and zip entry times pinned, so the bytes are the same
 * on every run.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CalendarDate } from '../src/domain/dates';
import { defaultProfile, settingValue, sheetSettings } from '../src/domain/profile';
import type { Profile } from '../src/domain/profile';
import { decodeLegacy, encodeLegacy, fitsTcvn3 } from '../src/domain/text/legacy';
import {
  MASTER_FILE,
  PLANS,
  REGISTRATIONS,
  SAMPLE_SETTINGS,
  SampleDate,
  UNIT_FILES,
  UNITS,
  UnitFile,
  UnitFileRow,
} from './sample-district';

const FIXED_DATE = new Date(Date.UTC(2023, 0, 1, 0, 0, 0));
const FONT = 'Times New Roman';
const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Rows that carry the drop-downs of the template. */
const LAST_INPUT_ROW = 1000;

export const TEMPLATE_FILE = 'mau-dien-hinh.xlsx';
export const SHEETS = { units: 'Đơn vị', registrations: 'Đăng ký', plans: 'Kế hoạch bồi dưỡng', profile: 'Cấu hình' } as const;

interface ColumnSpec {
  header: string;
  width: number;
  kind?: 'date' | 'text' | 'mark' | 'number';
}

const UNIT_COLUMNS: ColumnSpec[] = [
  { header: 'Mã đơn vị', width: 12, kind: 'text' },
  { header: 'Tên đơn vị', width: 42, kind: 'text' },
  { header: 'Loại đơn vị', width: 20 },
  { header: 'Ngày nộp kế hoạch', width: 15, kind: 'date' },
  { header: 'Ngày nộp danh sách đăng ký', width: 17, kind: 'date' },
  { header: 'Ghi chú', width: 30 },
];

const REGISTRATION_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 6, kind: 'number' },
  { header: 'Đơn vị đề xuất', width: 32, kind: 'text' },
  { header: 'Đối tượng', width: 11 },
  { header: 'Họ và tên / Tên tập thể', width: 34, kind: 'text' },
  { header: 'Năm sinh', width: 9, kind: 'number' },
  { header: 'Giới tính', width: 9 },
  { header: 'Chức vụ, đơn vị công tác', width: 40 },
  { header: 'Lĩnh vực', width: 20 },
  { header: 'Tóm tắt thành tích', width: 55 },
  { header: 'Giai đoạn', width: 9, kind: 'number' },
  { header: 'Ngày đăng ký', width: 13, kind: 'date' },
  { header: 'Hình thức đề nghị', width: 30 },
  { header: 'Ghi chú', width: 18 },
];

function planColumns(profile: Profile): ColumnSpec[] {
  return [
    { header: 'Đơn vị', width: 40, kind: 'text' },
    { header: 'Ngày ban hành', width: 14, kind: 'date' },
    ...profile.nurtureContents.map((c): ColumnSpec => ({ header: c.label, width: 14, kind: 'mark' })),
    { header: 'Ghi chú', width: 24 },
  ];
}

const PROFILE_COLUMNS: ColumnSpec[] = [
  { header: 'Khóa', width: 42 },
  { header: 'Giá trị', width: 22 },
  { header: 'Ghi chú', width: 90 },
];

// ——— Cells ———

function excelDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.y, date.m - 1, date.d));
}

function setDate(cell: ExcelJS.Cell, value: SampleDate | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'string') {
    cell.value = value;
    cell.numFmt = '@';
  } else {
    cell.value = excelDate(value);
    cell.numFmt = DATE_FORMAT;
  }
}

function listValidation(values: string[], prompt: string): ExcelJS.DataValidation {
  const list = values.join(',');
  if (values.some((v) => v.includes(',') || v.includes('"')) || list.length > 255)
    throw new Error(`make-assets: the drop-down «${list}» cannot be written as an inline list`);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showInputMessage: true,
    prompt,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Giá trị không có trong danh sách',
    error: `Nên chọn một trong: ${values.join('; ')}.`,
  };
}

/** ExcelJS types `dataValidations` only on the model; the object itself accepts a range address. */
function addValidation(ws: ExcelJS.Worksheet, range: string, v: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(range, v);
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet with a frozen, bold, filled header row, column widths and formats, printed A4 landscape. */
function tableSheet(wb: ExcelJS.Workbook, name: string, columns: ColumnSpec[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    },
  });
  ws.properties.defaultRowHeight = 18;
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const style: Partial<ExcelJS.Style> = { font: { name: FONT, size: 12 }, alignment: { vertical: 'middle', wrapText: true } };
    if (c.kind === 'text') style.numFmt = '@';
    if (c.kind === 'date') {
      style.numFmt = DATE_FORMAT;
      style.alignment = { vertical: 'middle', horizontal: 'center' };
    }
    if (c.kind === 'mark' || c.kind === 'number') style.alignment = { vertical: 'middle', horizontal: 'center' };
    col.style = style;
  });
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = {
      font: { name: FONT, size: 12, bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
      border: THIN,
      numFmt: 'General',
    };
  });
  header.height = 36;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function borderRow(ws: ExcelJS.Worksheet, r: number, columns: number): void {
  const row = ws.getRow(r);
  for (let c = 1; c <= columns; c++) row.getCell(c).border = THIN;
}

function legacyFont(kind: 'tcvn3' | 'vni'): Partial<ExcelJS.Font> {
  return { name: kind === 'vni' ? 'VNI-Times' : '.VnTime', size: 12 };
}

/** Unicode text as a legacy font stores it, checked to decode back to the same text. */
function legacyText(text: string, encoding: 'tcvn3' | 'tcvn3-caps' | 'vni'): string {
  if (encoding === 'tcvn3' && !fitsTcvn3(text)) throw new Error(`make-assets: «${text}» cannot be written in .VnTime`);
  const encoded = encodeLegacy(text, encoding);
  const expected = encoding === 'tcvn3-caps' ? text.normalize('NFC').toUpperCase() : text.normalize('NFC');
  if (decodeLegacy(encoded, encoding) !== expected) throw new Error(`make-assets: «${text}» does not survive ${encoding}`);
  return encoded;
}

// ——— The four sheets ———

function unitsSheet(wb: ExcelJS.Workbook, profile: Profile, units: typeof UNITS): void {
  const ws = tableSheet(wb, SHEETS.units, UNIT_COLUMNS);
  addValidation(ws, `C2:C${LAST_INPUT_ROW}`, listValidation(profile.unitTypes.map((t) => t.name), 'Chọn loại đơn vị (quyết định chỉ tiêu).'));
  units.forEach((u, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = u.code;
    row.getCell(2).value = u.name;
    row.getCell(3).value = u.type;
    setDate(row.getCell(4), u.planDate);
    setDate(row.getCell(5), u.listDate);
    if (u.note) row.getCell(6).value = u.note;
    borderRow(ws, i + 2, UNIT_COLUMNS.length);
  });
}

function registrationsSheet(wb: ExcelJS.Workbook, registrations: typeof REGISTRATIONS): void {
  const ws = tableSheet(wb, SHEETS.registrations, REGISTRATION_COLUMNS);
  addValidation(ws, `C2:C${LAST_INPUT_ROW}`, listValidation(['Tập thể', 'Cá nhân'], 'Tập thể hoặc Cá nhân: mỗi dòng là 01 tập thể hoặc 01 cá nhân.'));
  addValidation(ws, `F2:F${LAST_INPUT_ROW}`, listValidation(['Nam', 'Nữ'], 'Giới tính của cá nhân.'));
  addValidation(ws, `J2:J${LAST_INPUT_ROW}`, listValidation(['1', '2'], 'Giai đoạn 1 (2021–2023) hoặc 2 (bổ sung, 2023–2025).'));
  registrations.forEach((reg, i) => {
    const r = i + 2;
    const row = ws.getRow(r);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = reg.unit;
    row.getCell(3).value = reg.kind;
    if (reg.name) {
      const name = row.getCell(4);
      if (reg.legacy) {
        name.value = legacyText(reg.name, reg.legacy);
        name.font = legacyFont(reg.legacy);
      } else name.value = reg.name;
    }
    if (reg.birthYear !== undefined) row.getCell(5).value = reg.birthYear;
    if (reg.gender) row.getCell(6).value = reg.gender;
    if (reg.position) row.getCell(7).value = reg.position;
    if (reg.field) row.getCell(8).value = reg.field;
    if (reg.achievements) row.getCell(9).value = reg.achievements;
    row.getCell(10).value = reg.phase;
    setDate(row.getCell(11), reg.date);
    if (reg.proposal) row.getCell(12).value = reg.proposal;
    if (reg.note) row.getCell(13).value = reg.note;
    borderRow(ws, r, REGISTRATION_COLUMNS.length);
  });
}

function plansSheet(wb: ExcelJS.Workbook, profile: Profile, plans: typeof PLANS): void {
  const columns = planColumns(profile);
  const ws = tableSheet(wb, SHEETS.plans, columns);
  const n = profile.nurtureContents.length;
  addValidation(ws, `C2:${columnLetter(2 + n)}${LAST_INPUT_ROW}`, listValidation(['x'], 'Ghi «x» khi kế hoạch có nội dung này.'));
  plans.forEach((p, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = p.unit;
    setDate(row.getCell(2), p.issued);
    p.contents.forEach((has, k) => {
      if (has) row.getCell(3 + k).value = 'x';
    });
    if (p.note) row.getCell(3 + n).value = p.note;
    borderRow(ws, i + 2, columns.length);
  });
}

/** Why each setting is there, in a few words. */
function explain(label: string): string {
  const fixed: Record<string, string> = {
    'Tên huyện': 'Tên huyện (ví dụ: An Phú): ghi trong tiêu đề văn bản; tên đơn vị có đuôi tên huyện vẫn được nhận ra.',
    'Cấp ủy cấp trên': 'Cấp ủy ghi ở góc trái tiêu đề danh sách tổng hợp (ví dụ: Huyện ủy).',
    'Cơ quan ban hành': 'Cơ quan tham mưu ban hành danh sách (ví dụ: Ban Tuyên giáo, hoặc Ban Tuyên giáo và Dân vận).',
    'Địa danh ghi ngày tháng': 'Địa danh ở dòng «…, ngày … tháng … năm …» của danh sách tổng hợp.',
    'Giai đoạn từ năm': 'Năm bắt đầu của phong trào.',
    'Giai đoạn đến năm': 'Năm kết thúc của phong trào.',
    'Hạn gửi kế hoạch triển khai': 'Hạn gửi kế hoạch triển khai thực hiện, ghi ngày/tháng/năm («trước ngày …»).',
    'Hạn gửi danh sách đăng ký': 'Hạn gửi danh sách đăng ký điển hình tiên tiến, ghi ngày/tháng/năm («trước ngày …»).',
    'Người ký: thay mặt, ký thay': 'Dòng trên chức vụ người ký: «T/M BAN THƯỜNG VỤ», «K/T TRƯỞNG BAN»; để trống khi người đứng đầu ký.',
    'Người ký: chức vụ': 'Chức vụ người ký danh sách tổng hợp (ví dụ: TRƯỞNG BAN, PHÓ TRƯỞNG BAN).',
    'Người ký: họ và tên': 'Họ và tên người ký; để trống thì để dòng chấm để ghi tay.',
    'Nơi nhận': 'Các nơi nhận danh sách, cách nhau bằng dấu chấm phẩy (;).',
    'Nộp đúng ngày hạn vẫn là đúng hạn':
      '«Không»: hướng dẫn ghi «trước ngày …» nên gửi đúng ngày hạn là trễ; «Có»: ngày hạn vẫn tính là đúng hạn.',
    'Viết tắt tên đơn vị':
      'Thêm cách viết tắt tên đơn vị của huyện, dạng «viết tắt = tên đầy đủ», cách nhau bởi «;» (ví dụ: HCTĐ = Hội Chữ thập đỏ). ' +
      'Các cách viết tắt thông dụng (ĐU, UBND, MTTQ, Hội LHPN, Hội ND, Hội CCB, LĐLĐ, CB, TT…) đã có sẵn.',
  };
  if (fixed[label]) return fixed[label];
  const ceremony = /^Lễ tuyên dương (\S+): (.*)$/.exec(label);
  if (ceremony) {
    const id = ceremony[1] ?? '';
    const parts: Record<string, string> = {
      ngày: `Ngày tổ chức Lễ tuyên dương ${id} (ngày/tháng/năm).`,
      'kỷ niệm năm ngày sinh': `Lễ tuyên dương ${id} nhân dịp kỷ niệm bao nhiêu năm ngày sinh Chủ tịch Hồ Chí Minh.`,
      'từ năm': `Năm đầu của giai đoạn được tuyên dương ở Lễ ${id}.`,
      'đến năm': `Năm cuối của giai đoạn được tuyên dương ở Lễ ${id}.`,
      'giai đoạn': `Điển hình của giai đoạn nào được đưa vào danh sách Lễ ${id} («1» hoặc «1, 2»).`,
      'hình thức khen thưởng': `Cột «Hình thức» của danh sách Lễ ${id} khi đơn vị không ghi hình thức đề nghị.`,
      'số quyết định': `Số, ký hiệu quyết định kèm theo danh sách Lễ ${id} (ví dụ 125-QĐ/HU); để trống: không có dòng «Kèm theo».`,
      'ngày quyết định': `Ngày ký quyết định kèm theo danh sách Lễ ${id} (ngày/tháng/năm); để trống: «ngày … tháng … năm …».`,
      'cơ quan quyết định': `Cơ quan ra quyết định kèm theo danh sách Lễ ${id} (ví dụ: Ban Thường vụ Huyện ủy).`,
    };
    return parts[ceremony[2] ?? ''] ?? '';
  }
  const quota = /^Chỉ tiêu: (.*)$/.exec(label);
  if (quota) return `Số điển hình tiên tiến tối thiểu mỗi đơn vị loại «${quota[1]}» phải đăng ký (giai đoạn 1).`;
  const bloc = /^Khối: (.*)$/.exec(label);
  if (bloc) return `Khối của loại «${bloc[1]}» (Đảng; Chính quyền; Mặt trận – đoàn thể), dùng khi xét trùng lặp giữa các khối.`;
  return '';
}

function profileSheet(wb: ExcelJS.Workbook, rows: { key: string; value: string | number | boolean | undefined; note: string }[]): void {
  const ws = tableSheet(wb, SHEETS.profile, PROFILE_COLUMNS);
  rows.forEach((entry, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = entry.key;
    if (entry.value !== undefined && entry.value !== '') row.getCell(2).value = entry.value;
    if (typeof entry.value === 'string') row.getCell(2).numFmt = '@';
    row.getCell(3).value = entry.note;
    borderRow(ws, i + 2, PROFILE_COLUMNS.length);
  });
}

function newWorkbook(title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Điển hình';
  wb.lastModifiedBy = 'Điển hình';
  wb.title = title;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

// ——— The three workbooks ———

/** The product's own template: headers, formats and drop-downs; the "Cấu hình" sheet lists every setting. */
export function buildTemplate(profile: Profile = defaultProfile()): ExcelJS.Workbook {
  const wb = newWorkbook('Mẫu danh sách điển hình tiên tiến');
  unitsSheet(wb, profile, []);
  registrationsSheet(wb, []);
  plansSheet(wb, profile, []);
  profileSheet(
    wb,
    sheetSettings(profile).map((s) => ({ key: s.label, value: settingValue(profile, s.label), note: explain(s.label) })),
  );
  return wb;
}

/** The sample district "An Phú", with its planted problems (sample-district.ts). */
export function buildSample(profile: Profile = defaultProfile()): ExcelJS.Workbook {
  const wb = newWorkbook('Ví dụ: danh sách điển hình tiên tiến huyện An Phú');
  unitsSheet(wb, profile, UNITS);
  registrationsSheet(wb, REGISTRATIONS);
  plansSheet(wb, profile, PLANS);
  profileSheet(wb, SAMPLE_SETTINGS);
  return wb;
}

type Style = 'caps' | 'text';

/** One text of a unit file, in the file's encoding: .VnTimeH for capitals in TCVN3, VNI-Times, or Unicode. */
function unitText(file: UnitFile, text: string, style: Style): { value: string; font: string } {
  if (file.encoding === 'vni') return { value: legacyText(text, 'vni'), font: 'VNI-Times' };
  if (file.encoding === 'tcvn3') {
    if (style === 'caps') return { value: legacyText(text, 'tcvn3-caps'), font: '.VnTimeH' };
    return { value: legacyText(text, 'tcvn3'), font: '.VnTime' };
  }
  return { value: text, font: FONT };
}

const UNIT_FILE_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Tên tập thể / Họ và tên', width: 30 },
  { header: 'Nam', width: 8 },
  { header: 'Nữ', width: 8 },
  { header: 'Chức vụ, đơn vị công tác', width: 34 },
  { header: 'Tóm tắt thành tích', width: 50 },
  { header: 'Ghi chú', width: 14 },
];

/** A one-unit file as units send it back: title block, two-level header, group rows, total and signature. */
export function buildUnitFile(file: UnitFile): ExcelJS.Workbook {
  const wb = newWorkbook(`Danh sách đăng ký điển hình tiên tiến – ${file.issuer}`);
  const ws = wb.addWorksheet('Sheet1', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const unitCols = file.unitColumns;
  const columns = unitCols
    ? [...UNIT_FILE_COLUMNS, { header: unitCols.codeHeader, width: 8 }, { header: unitCols.nameHeader, width: 22 }]
    : UNIT_FILE_COLUMNS;
  const last = columns.length;
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));

  const put = (r: number, c: number, text: string | number, style: Style, extra: Partial<ExcelJS.Font> = {}, align?: Partial<ExcelJS.Alignment>) => {
    const cell = ws.getCell(r, c);
    if (typeof text === 'number') {
      cell.value = text;
      cell.font = { name: unitText(file, '', 'text').font, size: 12, ...extra };
    } else {
      const t = unitText(file, text, style);
      cell.value = t.value;
      cell.font = { name: t.font, size: 12, ...extra };
    }
    cell.alignment = { vertical: 'middle', wrapText: true, ...(align ?? {}) };
    return cell;
  };
  const center = { horizontal: 'center' } as const;
  const merged = (r: number, c1: number, c2: number, text: string, style: Style, extra: Partial<ExcelJS.Font> = {}, align = center as Partial<ExcelJS.Alignment>) => {
    put(r, c1, text, style, extra, align);
    if (c2 > c1) ws.mergeCells(r, c1, r, c2);
  };

  // Title block.
  merged(1, 1, 3, file.superior, 'caps');
  merged(1, 5, last, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'caps', { bold: true });
  const issuerRows = file.issuerRows ?? [file.issuer];
  issuerRows.forEach((text, i) => merged(2 + i, 1, 3, text, 'caps', { bold: true }));
  merged(2 + issuerRows.length, 1, 3, '*', 'text');
  merged(5, 1, last, 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'caps', { bold: true, size: 14 });
  merged(6, 1, last, 'Giai đoạn 2021 – 2023', 'text', { italic: true });

  // Two-level header, then the column numbers.
  const h = 8;
  const head = (c: number, text: string) => {
    put(h, c, text, 'text', { bold: true }, { horizontal: 'center' });
    ws.mergeCells(h, c, h + 1, c);
  };
  head(1, 'STT');
  head(2, 'Tên tập thể / Họ và tên');
  put(h, 3, 'Năm sinh', 'text', { bold: true }, center);
  ws.mergeCells(h, 3, h, 4);
  put(h + 1, 3, 'Nam', 'text', { bold: true }, center);
  put(h + 1, 4, 'Nữ', 'text', { bold: true }, center);
  head(5, 'Chức vụ, đơn vị công tác');
  head(6, 'Tóm tắt thành tích');
  head(7, 'Ghi chú');
  if (unitCols) {
    head(8, unitCols.codeHeader);
    head(9, unitCols.nameHeader);
  }
  for (let c = 1; c <= last; c++) put(h + 2, c, `(${c})`, 'text', { italic: true }, center);
  for (let r = h; r <= h + 2; r++) borderRow(ws, r, last);

  // Groups and rows. The TCVN3 file writes the group as "I" | "TẬP THỂ"; the others merge "I. TẬP THỂ" across.
  let r = h + 3;
  const groups: [string, string, UnitFileRow['kind']][] = [
    ['I', 'TẬP THỂ', 'Tập thể'],
    ['II', 'CÁ NHÂN', 'Cá nhân'],
  ];
  for (const [roman, label, kind] of groups) {
    if (file.encoding === 'tcvn3') {
      put(r, 1, roman, 'caps', { bold: true }, center);
      put(r, 2, label, 'caps', { bold: true });
    } else {
      merged(r, 1, last, `${roman}. ${label}`, 'caps', { bold: true }, { horizontal: 'left' });
    }
    borderRow(ws, r, last);
    r++;
    file.rows
      .filter((x) => x.kind === kind)
      .forEach((x, i) => {
        put(r, 1, i + 1, 'text', {}, center);
        put(r, 2, x.name, 'text');
        if (x.birthYear !== undefined) put(r, x.gender === 'Nữ' ? 4 : 3, x.birthYear, 'text', {}, center);
        if (x.position) put(r, 5, x.position, 'text');
        put(r, 6, x.achievements, 'text');
        if (x.note) put(r, 7, x.note, 'text');
        // The code column is left empty, as units leave it.
        if (unitCols) put(r, 9, unitCols.name, 'text');
        borderRow(ws, r, last);
        r++;
      });
  }
  const count = (k: UnitFileRow['kind']) => String(file.rows.filter((x) => x.kind === k).length).padStart(2, '0');
  merged(r, 1, 2, `Tổng cộng: ${count('Tập thể')} tập thể, ${count('Cá nhân')} cá nhân`, 'text', { bold: true }, { horizontal: 'left' });
  borderRow(ws, r, last);

  // Signature block.
  const s = r + 2;
  const dd = String(file.date.d).padStart(2, '0');
  const mm = String(file.date.m).padStart(2, '0');
  merged(s, 5, last, `${file.place}, ngày ${dd} tháng ${mm} năm ${file.date.y}`, 'text', { italic: true });
  put(s + 1, 1, 'Nơi nhận:', 'text', { bold: true, underline: true }, { horizontal: 'left', wrapText: false });
  merged(s + 1, 5, last, file.signFor, 'caps', { bold: true });
  put(s + 2, 1, '- Ban Tuyên giáo Huyện ủy,', 'text', {}, { horizontal: 'left', wrapText: false });
  merged(s + 2, 5, last, file.signTitle, 'caps', { bold: true });
  put(s + 3, 1, '- Lưu.', 'text', {}, { horizontal: 'left', wrapText: false });
  merged(s + 6, 5, last, file.signer, 'text', { bold: true });
  return wb;
}

// ——— Writing ———

/** Pins every zip entry's DOS time and date (JSZip stamps them with the current time). */
export function pinZipTimes(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const DOS_TIME = 0;
  const DOS_DATE = ((FIXED_DATE.getUTCFullYear() - 1980) << 9) | ((FIXED_DATE.getUTCMonth() + 1) << 5) | FIXED_DATE.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('make-assets: not a zip');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('make-assets: bad zip central directory');
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('make-assets: bad zip local header');
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** Writes to a temporary name beside the target, then renames: never a half-written asset. */
async function writeAtomically(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('make-assets: package.json not found');
  }
}

/** The sample is a huyện: it has no wards, which are a town's or a city's. */
const NOT_IN_A_HUYEN = new Set(['Đảng bộ phường']);

/** The data must cover every unit type of the profile a huyện has, and only types of the profile. */
function checkSample(profile: Profile): void {
  const types = new Set(profile.unitTypes.map((t) => t.name));
  for (const u of UNITS) if (!types.has(u.type)) throw new Error(`make-assets: unit ${u.code} has unknown type ${u.type}`);
  for (const t of types) if (!NOT_IN_A_HUYEN.has(t) && !UNITS.some((u) => u.type === t)) throw new Error(`make-assets: no sample unit of type ${t}`);
  const codes = new Set(UNITS.map((u) => u.code));
  for (const f of UNIT_FILES) if (!codes.has(f.unitCode)) throw new Error(`make-assets: unit file of unknown unit ${f.unitCode}`);
}

export async function main(outDir = path.join(projectRoot(__dirname), 'assets')): Promise<string[]> {
  const profile = defaultProfile();
  checkSample(profile);
  const written: string[] = [];
  const write = async (wb: ExcelJS.Workbook, file: string) => {
    await writeAtomically(wb, file);
    written.push(file);
  };
  await write(buildTemplate(profile), path.join(outDir, TEMPLATE_FILE));
  await write(buildSample(profile), path.join(outDir, MASTER_FILE));
  for (const f of UNIT_FILES) await write(buildUnitFile(f), path.join(outDir, 'don-vi', f.fileName));
  return written;
}

if (require.main === module) {
  main().then(
    (files) => {
      for (const f of files) process.stdout.write(`${path.relative(process.cwd(), f)}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
