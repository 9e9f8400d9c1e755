/**
 * The same workbook laid out the way real files arrive: a title block and a column-number row around the header,
 * headers replaced by synonyms (upper case, line breaks), columns in reverse order, text decomposed (NFD), dates as
 * text. Legacy-encoded cells keep their font. Every data row moves down by `ROW_SHIFT`.
 */
import ExcelJS from 'exceljs';

export const ROW_SHIFT = 5;

const SYNONYMS: Record<string, string> = {
  'Mã đơn vị': 'Mã ĐV',
  'Tên đơn vị': 'TÊN CƠ QUAN,\nĐƠN VỊ',
  'Loại đơn vị': 'Loại hình',
  'Ngày nộp kế hoạch': 'Ngày gửi kế hoạch triển khai',
  'Ngày nộp danh sách đăng ký': 'Ngày gửi danh sách',
  'Họ và tên / Tên tập thể': 'Họ tên',
  'Đơn vị đề xuất': 'ĐƠN VỊ',
  'Đối tượng': 'Tập thể/Cá nhân',
  'Tóm tắt thành tích': 'Thành tích tóm tắt',
  'Chức vụ, đơn vị công tác': 'Chức vụ, nơi công tác',
  'Hình thức đề nghị': 'Đề nghị',
  'Ngày ban hành': 'Ngày kế hoạch',
  STT: 'Số TT',
};

function dmy(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

function messyValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v instanceof Date) return dmy(v);
  if (typeof v === 'string') return v.normalize('NFD');
  return v;
}

export async function messify(bytes: Uint8Array): Promise<Uint8Array> {
  const src = new ExcelJS.Workbook();
  await src.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new ExcelJS.Workbook();
  for (const ws of src.worksheets) {
    const to = out.addWorksheet(ws.name === 'Cấu hình' ? ws.name : `${ws.name} (bản gửi)`);
    if (ws.name === 'Cấu hình') {
      ws.eachRow((row, r) => row.eachCell((c, col) => (to.getCell(r, col).value = c.value)));
      continue;
    }
    const width = ws.columnCount;
    const colOf = (c: number) => width - c + 1;
    to.getCell(1, 1).value = 'HUYỆN ỦY AN PHÚ';
    to.getCell(2, 1).value = 'BAN TUYÊN GIÁO';
    to.getCell(3, 1).value = `DANH SÁCH ${ws.name.toUpperCase()}`;
    to.mergeCells(3, 1, 3, width);
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const target = to.getCell(r + ROW_SHIFT - (r === 1 ? 1 : 0), colOf(c));
        const legacy = /^(\.vn|vni)/i.test(cell.font?.name ?? '');
        // Legacy-encoded text is never decomposed: it comes from old Windows fonts, not from Unicode keyboards.
        target.value = r === 1 && typeof cell.value === 'string' ? SYNONYMS[cell.value] ?? cell.value.toUpperCase() : legacy ? cell.value : messyValue(cell.value);
        if (cell.font?.name) target.font = { name: cell.font.name };
      });
    });
    // A column-number row between the header (row ROW_SHIFT) and the data.
    for (let c = 1; c <= width; c++) to.getCell(ROW_SHIFT + 1, c).value = `(${c})`;
  }
  return new Uint8Array(await out.xlsx.writeBuffer());
}
