/** Office errors explained in Vietnamese: what happened and what to do. Nothing here shows cell contents. */
import { isPayloadError } from './read-plan';
import { SheetNameTaken } from './write-sheets';

const BY_CODE: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc rồi thử lại.',
  AccessDenied: 'Excel không cho phép thao tác này (sổ làm việc hoặc trang đang được bảo vệ): hãy bỏ bảo vệ rồi thử lại.',
  ItemAlreadyExists: 'Đã có một trang trùng tên: hãy chạy lại.',
  ItemNotFound: 'Không tìm thấy trang hoặc vùng cần dùng (có thể vừa bị xóa hoặc đổi tên): hãy chạy lại.',
  ApiNotFound: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng: hãy cập nhật Microsoft 365.',
  InsertDeleteConflict: 'Có thao tác chèn/xóa đang xung đột: hãy thử lại.',
  Conflict: 'Sổ làm việc đang được người khác sửa cùng lúc: hãy thử lại sau ít giây.',
  ActivityLimitReached: 'Excel đang bận xử lý nhiều yêu cầu: hãy thử lại sau ít giây.',
  RequestAborted: 'Yêu cầu bị hủy giữa chừng: hãy thử lại.',
};

export function explainOfficeError(e: unknown, doing: string): string {
  if (e instanceof SheetNameTaken) return `Đã có trang «${e.sheetName}» trong sổ làm việc: hãy chạy lại ${doing}.`;
  if (isPayloadError(e)) return `Sổ làm việc quá lớn để ${doing} một lần trên Excel cho web: hãy thử trên Excel cho máy tính.`;
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const known = BY_CODE[code];
  if (known) return known;
  return `Excel báo lỗi khi ${doing}${code ? ` (mã ${code})` : ''}: hãy thử lại.`;
}
