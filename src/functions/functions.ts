/* eslint-disable @typescript-eslint/no-explicit-any --
 * This file is the Excel boundary: custom-functions-metadata reads these signatures to write functions.json and
 * accepts only string, number, boolean, any and their arrays (no unions, no `unknown`). Each function converts its
 * arguments to typed values on its first line and passes them to typed code.
 */
/**
 * The DIENHINH custom functions: thin wrappers over the engine. Every path settles (a value, an Excel error with a
 * Vietnamese message, or a timeout error), so no cell stays #BUSY!.
 *
 * Why CHECKQUOTA is a streaming function: its no-argument form must follow edits to the units and registrations
 * tables, which are not among its arguments. A volatile function would recalculate on every edit anywhere, and a
 * normal one never would. A streaming invocation stays open: the shared feed re-reads the workbook after a
 * worksheet change event (debounced), runs the engine once, and pushes the result to every open CHECKQUOTA cell.
 * Excel cancels the invocation when the formula is removed, and the cell unsubscribes.
 */
import { dateArgument, checkDeadline as checkDeadlineText, deadlineSerial } from './deadlines';
import { duplicatesColumn, duplicatesGrid, duplicatesInRange, rangePlace } from './duplicates';
import { toExcelError } from './excel-error';
import { firstCeremonyDate } from '../domain/profile/profile-queries';
import { badArgument, notAvailable } from './failure';
import { fnText } from './messages';
import { currentDate1904, currentProfile, feed } from './runtime';
import { quotaTable, Scalar, unitStatusFromRange, unitStatusFromTable } from './quota';
import { services } from './services';
import { settle } from './settle';
import type { QuotaResult } from '../worker/protocol';
import { normalizeText, unitTypeName, unitTypeOfListed } from './text';

type Matrix = Scalar[][];

const present = (v: unknown): boolean => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
const matrix = (v: unknown): Matrix | undefined => (Array.isArray(v) && v.length && Array.isArray(v[0]) ? (v as Matrix) : undefined);
const scalarText = (v: unknown): string => (present(v) ? String(v).trim() : '');

/** Runs `work`, settling within the timeout, with failures as Excel errors. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await settle(work());
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Kiểm tra chỉ tiêu điển hình. Không có đối số: trả về cả bảng chỉ tiêu của sổ làm việc (đơn vị, loại, chỉ tiêu, đã đăng ký, kết quả) và tự cập nhật khi sửa danh sách. Có đơn vị: trả về kết quả của đơn vị đó, ví dụ «Đạt (2/2)» hoặc «Thiếu 1 (1/2)».
 * @customfunction CHECKQUOTA
 * @param {any} [unit] Tên hoặc mã đơn vị (bỏ trống để lấy cả bảng).
 * @param {any[][]} [registrations_units] Cột đơn vị đề xuất của danh sách đăng ký (nếu có, chỉ đếm trong vùng này).
 * @param {any} [unit_type] Loại đơn vị (ví dụ «Đảng bộ xã»); bỏ trống thì suy ra từ tên đơn vị.
 * @param invocation Lời gọi liên tục của Excel.
 */
export function checkQuota(
  unit: any,
  registrations_units: any[][],
  unit_type: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  const unitName = scalarText(unit);
  const range = matrix(registrations_units);
  const type = scalarText(unit_type);
  const send = (r: Promise<Matrix>) =>
    settle(r).then(
      (v) => invocation.setResult(v),
      (e: unknown) => invocation.setResult(toExcelError(e)),
    );
  // With an explicit range the answer is a pure function of the arguments: one result, no subscription.
  if (range) {
    if (!unitName) {
      invocation.setResult(toExcelError(badArgument(fnText.unitMissing)));
      return;
    }
    // The workbook's units list, where it has one, reads codes and tells rows that name no unit of it.
    void send(feed.current().then((r) => [[unitStatusFromRange(r.profile, unitName, range, type, r.quota)]]));
    return;
  }
  const answer = (result: QuotaResult): Matrix => {
    if (result.unusable) throw notAvailable(result.unusable);
    return unitName ? [[unitStatusFromTable(result, unitName, type)]] : quotaTable(result.quota);
  };
  const unsubscribe = feed.subscribe((result, error) => {
    if (result) {
      try {
        invocation.setResult(answer(result));
      } catch (e) {
        invocation.setResult(toExcelError(e));
      }
    } else invocation.setResult(toExcelError(error));
  });
  invocation.onCanceled = () => unsubscribe();
  void send(feed.current().then(answer));
}

/**
 * Chỉ tiêu tối thiểu của một đơn vị (theo loại đơn vị hoặc tên đơn vị), ví dụ 2 với đảng bộ xã, 1 với chi bộ cơ sở.
 * @customfunction QUOTA
 * @param {any} unit_type_or_name Loại đơn vị hoặc tên đơn vị.
 * @returns {Promise<number>} Số điển hình tối thiểu.
 */
export function quota(unit_type_or_name: any): Promise<number> {
  const text = scalarText(unit_type_or_name);
  return guarded(async () => {
    if (!text) throw badArgument(fnText.unitMissing);
    const { profile, quota: listed } = await feed.current();
    const t = unitTypeOfListed(profile, normalizeText(text), listed);
    if (!t) throw badArgument(fnText.typeUnknown(text));
    return t.quota;
  });
}

/**
 * Thời hạn theo hướng dẫn, dạng ngày của Excel: «kế hoạch» (gửi kế hoạch triển khai), «danh sách» (gửi danh sách đăng ký), hoặc năm lễ tuyên dương («2023», «2025»).
 * @customfunction DEADLINE
 * @param {any} which «kế hoạch», «danh sách», «2023» hoặc «2025».
 * @returns {Promise<number>} Ngày hạn (định dạng ô là ngày để xem).
 */
export function deadline(which: any): Promise<number> {
  const w = scalarText(which);
  return guarded(async () => deadlineSerial(await currentProfile(), w, await currentDate1904()));
}

/**
 * Xét một ngày gửi so với thời hạn: «Đúng hạn» hoặc «Trễ N ngày».
 * @customfunction CHECKDEADLINE
 * @param {any} date Ngày gửi (ngày của Excel hoặc chữ dạng ngày/tháng/năm).
 * @param {any} which «kế hoạch», «danh sách» hoặc năm lễ tuyên dương.
 * @returns {Promise<string>} «Đúng hạn» hoặc «Trễ N ngày».
 */
export function checkDeadline(date: any, which: any): Promise<string> {
  const d: string | number = typeof date === 'number' ? date : scalarText(date);
  const w = scalarText(which);
  return guarded(async () => {
    if (d === '') throw badArgument(fnText.dateMissing);
    const profile = await currentProfile();
    return checkDeadlineText(profile, dateArgument(d, await currentDate1904(), firstCeremonyDate(profile)), w);
  });
}

/**
 * Tìm điển hình bị đề xuất trùng: với mỗi dòng, các dòng (thứ tự trong vùng) trùng với nó; để trống nếu không trùng. Vùng nằm trong danh sách đăng ký của sổ: đúng các nhóm trùng mà «Kiểm tra» báo.
 * @customfunction DUPLICATES
 * @requiresParameterAddresses
 * @param {any[][]} names Cột họ tên / tên tập thể.
 * @param {any[][]} [birth_years] Cột năm sinh (cùng số dòng).
 * @param {any[][]} [units] Cột đơn vị đề xuất (cùng số dòng).
 * @param invocation Lời gọi của Excel (địa chỉ các vùng).
 * @returns {Promise<any[][]>} Một cột, mỗi dòng là các dòng trùng.
 */
export function duplicates(names: any[][], birth_years: any[][], units: any[][], invocation: CustomFunctions.Invocation): Promise<any[][]> {
  const n = matrix(names) ?? [];
  const y = matrix(birth_years);
  const u = matrix(units);
  const place = rangePlace(invocation?.parameterAddresses?.[0]);
  return guarded(async () => {
    const grid = duplicatesGrid(n, y, u);
    const s = await services();
    const override = s.profileOverride();
    const asked = { asOf: s.today(), ...(override !== undefined ? { profileOverride: override } : {}) };
    // The check of the whole workbook, as the pane makes it; a workbook it cannot check leaves the range alone.
    const book = await s.readWorkbook().catch(() => undefined);
    const whole = book && (await s.engine.analyze({ grids: [book], ...asked }).catch(() => undefined));
    // Names in the workbook's own list: the pane's groups, the same matcher on the same records.
    if (book && whole && place && whole.tables.some((t) => t.file === book.fileName && t.sheet === place.sheet && t.kind === 'registrations'))
      return duplicatesInRange(n.length, whole.report.findings, book.fileName, place);
    // Names elsewhere (or a host that gives no address): the range's rows, with the workbook's units list to tell
    // which unit (and so which commune) proposes each row, as the pane knows it.
    const unitSheets = new Set(whole?.tables.filter((t) => t.kind === 'units').map((t) => t.sheet));
    for (const t of whole?.tables ?? []) if (t.kind !== 'units') unitSheets.delete(t.sheet);
    const units = book && unitSheets.size ? [{ ...book, sheets: book.sheets.filter((sh) => unitSheets.has(sh.name)) }] : [];
    const result = await s.engine.analyze({ grids: [...units, grid], ...asked });
    return duplicatesColumn(n.length, result.report.findings);
  });
}

/**
 * Chuẩn hóa chữ tiếng Việt: đổi chữ gõ phông cũ (TCVN3, VNI) sang Unicode, dựng sẵn (NFC), bỏ ký tự ẩn và khoảng trắng thừa.
 * @customfunction NORMALIZE
 * @param {any} text Đoạn chữ cần chuẩn hóa.
 * @returns {string} Đoạn chữ đã chuẩn hóa.
 */
export function normalize(text: any): string {
  if (!present(text)) throw toExcelError(badArgument(fnText.textMissing));
  try {
    return normalizeText(String(text));
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Loại đơn vị suy ra từ tên đơn vị, ví dụ «Đảng ủy xã An Bình» → «Đảng bộ xã».
 * @customfunction UNITTYPE
 * @param {any} name Tên đơn vị.
 * @returns {Promise<string>} Loại đơn vị theo cấu hình.
 */
export function unitType(name: any): Promise<string> {
  const text = scalarText(name);
  return guarded(async () => {
    const { profile, quota: listed } = await feed.current();
    return unitTypeName(profile, text, listed);
  });
}
