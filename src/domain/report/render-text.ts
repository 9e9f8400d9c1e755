/** The readable Vietnamese report of a check: summary, quota table, findings grouped by unit, errors first. */
import { parseIsoDate, formatDate } from '../dates';
import type { Finding, Severity } from '../findings/finding';
import { msg } from '../findings/messages';
import type { QuotaRow } from '../records';
import { formatNumber as n } from './format-number';
import type { Report } from './report';
import { isWordFile } from '../grid';
import { placeText, type TableNamer } from './word-table-names';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
const SEVERITY_MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };
const INFO_LIMIT = 20;

function line(f: Finding, tableName?: TableNamer): string {
  // Rows of several files name their file: "bảng danh sách, dòng 2" alone is in every Word list.
  const files = new Set(f.rows?.map((r) => r.file));
  const rowOf = (r: NonNullable<Finding['rows']>[number]) => {
    const at = isWordFile(r.file) ? `${tableName?.(r.file, r.sheet) ?? r.sheet.toLocaleLowerCase('vi')}, dòng ${r.row}` : `${r.sheet}!${r.row}`;
    return files.size > 1 ? `${r.file}, ${at}` : at;
  };
  const rows = f.rows?.length ? ` (các dòng: ${f.rows.map(rowOf).join('; ')})` : '';
  return `  ${SEVERITY_MARK[f.severity]} ${SEVERITY_LABEL[f.severity]} [${f.code}${f.rule ? ` · ${f.rule}` : ''}] ${placeText(f, tableName)}${rows}\n      ${f.message}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function renderQuota(rows: QuotaRow[]): string[] {
  if (!rows.length) return [];
  const w = Math.min(48, rows.reduce((n, r) => Math.max(n, r.unit.length), 6));
  const out = ['CHỈ TIÊU ĐĂNG KÝ (R2, R3)', `  ${pad('Đơn vị', w)}  ${pad('Loại', 18)}  Cần  Có  Kết quả`];
  for (const r of rows) {
    const status = r.shortfall === null ? msg.quotaUnknownStatus : r.status === 'ok' ? 'Đạt' : `Thiếu ${r.shortfall}`;
    out.push(`  ${pad(r.unit.slice(0, w), w)}  ${pad(r.type ?? '—', 18)}  ${pad(String(r.required ?? msg.quotaUnknown), 3)}  ${pad(String(r.registered), 2)}  ${status}`);
  }
  const ok = rows.filter((r) => r.status === 'ok').length;
  const unknown = rows.filter((r) => r.status === 'unknownType').length;
  out.push(`  ${ok}/${rows.length} đơn vị đạt chỉ tiêu${unknown ? ` (${unknown} đơn vị chưa rõ loại, chưa xét)` : ''}.`, '');
  return out;
}

/** Units whose list came with no day R4 can judge: the per-unit view's «Đã gửi, chưa rõ ngày» (trial17b #12). */
function renderUndatedLists(units: Report['summary']['undatedLists']): string[] {
  if (!units?.length) return [];
  // Those no finding speaks of first: the others point to their INVALID_DATE.
  const ordered = [...units].sort((a, b) => UNDATED_ORDER.indexOf(a.why) - UNDATED_ORDER.indexOf(b.why));
  const shown = ordered.slice(0, UNDATED_LIMIT).map((u) => `  i ${msg.undatedListLine(u.unit, u.unitCode, u.why)}`);
  return [msg.undatedListsTitle, ...shown, ...(units.length > UNDATED_LIMIT ? [`  ${msg.undatedListsMore(units.length - UNDATED_LIMIT)}`] : []), ''];
}
const UNDATED_LIMIT = 20;
const UNDATED_ORDER = ['no-date', 'noted', 'line-undated', 'invalid', 'ahead', 'before'];

/** Rows their units hid, left off the counts and the list: said here as on the ceremony's excluded sheet. */
function renderHiddenRows(rows: Report['summary']['hiddenRows']): string[] {
  if (!rows?.length) return [];
  const shown = rows.slice(0, HIDDEN_LIMIT).map((r) => `  ${msg.hiddenRowLine(r.unit, r.name, r.file, r.sheet, r.row)}`);
  return [msg.hiddenRowsTitle, ...shown, ...(rows.length > HIDDEN_LIMIT ? [`  ${msg.hiddenRowsMore(rows.length - HIDDEN_LIMIT)}`] : []), ''];
}
const HIDDEN_LIMIT = 20;

/** R7: the yearly commendation columns' marks, by year then unit (only where lists have such columns). */
function renderYearlyCommendations(years: Report['summary']['yearlyCommendations']): string[] {
  if (!years?.length) return [];
  const units = (y: (typeof years)[number]) => y.units.map((u) => `${u.unit || msg.yearlyCommendedNoUnit} ${n(u.exemplars)}`).join('; ');
  return [msg.yearlyCommendedTitle, ...years.map((y) => `  ${msg.yearlyCommendedLine(y.year, n(y.exemplars), units(y))}`), ''];
}

/** Files that could not be read are said at the top: what was checked is not the whole set. */
function unreadableLine(findings: Finding[]): string[] {
  const files = findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => f.file);
  return files.length ? [`${files.length} tệp không đọc được: ${files.join(', ')} (xem lỗi FILE_UNREADABLE bên dưới).`] : [];
}

/** Plans sent as documents, read for their text: named at the top, as they make no finding when complete. */
function documentLines(documents: NonNullable<Report['summary']['documents']>): string[] {
  const lines = documents.slice(0, DOCUMENT_LIMIT).map((d) => msg.documentRead(d.file, d.kind, d.unit, d.contents));
  return documents.length > DOCUMENT_LIMIT ? [...lines, msg.documentsMore(documents.length - DOCUMENT_LIMIT)] : lines;
}
const DOCUMENT_LIMIT = 10;

/**
 * The units whose section shows a finding, as the section is headed: its unit, and every unit proposing a duplicate
 * (each named with its code, as the quota table has it).
 */
function unitKeys(f: Finding, codeOf: ReadonlyMap<string, string | undefined>): string[] {
  const key = (unit: string, code: string | undefined) => `${unit}${code ? ` (${code})` : ''}`;
  if (!f.units?.length) return [f.unit ? key(f.unit, f.unitCode) : ''];
  return f.units.map((u) => key(u, u === f.unit ? f.unitCode : codeOf.get(u)));
}

/** `tableName`: how Word tables are named (wordTableNamer of the read); without it, as the reader numbered them. */
export function renderText(report: Report, tableName?: TableNamer): string {
  const s = report.summary;
  const asOf = parseIsoDate(report.asOf);
  const out: string[] = [
    'KIỂM TRA DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN',
    `Ngày xét: ${asOf ? formatDate(asOf) : report.asOf} · ${n(s.files)} tệp · ${n(s.units)} đơn vị · ${n(s.registrations)} điển hình đăng ký`,
    `Kết quả: ${n(s.errors)} lỗi, ${n(s.warnings)} cảnh báo, ${n(s.infos)} thông tin.`,
    ...unreadableLine(report.findings),
    ...documentLines(s.documents ?? []),
    ...(s.profileNotes ?? []).map((note) => `Lưu ý về cấu hình: ${note}`),
    ...(s.duplicatesUncompared ? [s.duplicatesUncompared.message] : []),
    ...(s.decisionNotes ?? []).map((note) => `Lưu ý về quyết định trùng lặp: ${note.message}`),
    // Without a units list nothing says which units owe a list: "no errors" must not read as "every unit is done".
    ...(s.units === 0
      ? ['Lưu ý: không tìm thấy danh sách đơn vị (bảng «STT | Tên đơn vị»), nên chưa kiểm tra được chỉ tiêu và hạn gửi của từng đơn vị.']
      : []),
    '',
    ...renderQuota(report.quota),
    ...renderUndatedLists(s.undatedLists),
    ...renderHiddenRows(s.hiddenRows),
    ...renderYearlyCommendations(s.yearlyCommendations),
  ];

  const problems = report.findings.filter((f) => f.severity !== 'info');
  if (problems.length) {
    out.push('LỖI VÀ CẢNH BÁO THEO ĐƠN VỊ');
    const groups = new Map<string, Finding[]>();
    const codeOf = new Map<string, string | undefined>();
    for (const q of report.quota) if (!codeOf.has(q.unit)) codeOf.set(q.unit, q.unitCode);
    for (const f of problems)
      for (const key of unitKeys(f, codeOf)) {
        const list = groups.get(key);
        if (list) list.push(f);
        else groups.set(key, [f]);
      }
    const errorsOf = (list: Finding[]) => list.filter((f) => f.severity === 'error').length;
    const ordered = [...groups.entries()].sort(
      (a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0) || errorsOf(b[1]) - errorsOf(a[1]) || a[0].localeCompare(b[0], 'vi'),
    );
    for (const [unit, list] of ordered) {
      out.push(`■ ${unit || 'Chưa xác định được đơn vị'} — ${errorsOf(list)} lỗi, ${list.length - errorsOf(list)} cảnh báo`);
      for (const f of list) out.push(line(f, tableName));
    }
    out.push('');
  } else {
    out.push('Không có lỗi hay cảnh báo nào.', '');
  }

  const infos = report.findings.filter((f) => f.severity === 'info');
  if (infos.length) {
    out.push('THÔNG TIN');
    out.push(...infos.slice(0, INFO_LIMIT).map((f) => line(f, tableName)));
    if (infos.length > INFO_LIMIT) out.push(`  … và ${infos.length - INFO_LIMIT} mục thông tin khác (xem đầy đủ với --json).`);
    out.push('');
  }
  return out.join('\n');
}
