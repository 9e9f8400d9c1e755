/** Every Vietnamese text the engine shows a user lives here, so that doors never invent a message. */
import type { LegacyEncoding } from '../text';

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (.VnTime)',
  'tcvn3-caps': 'TCVN3 chữ hoa (.VnTimeH)',
  vni: 'VNI-Windows',
};

export const msg = {
  invalidDate: (what: string, text: string, reason: 'impossible' | 'unreadable' | 'year-only') =>
    reason === 'impossible'
      ? `${what} «${text}» không phải là ngày có thật (ngày ghi trước, tháng sau: ngày/tháng/năm). Hãy sửa lại ô này.`
      : reason === 'year-only'
        ? `${what} chỉ ghi năm «${text}», chưa đủ để xét hạn. Hãy ghi đủ ngày/tháng/năm.`
        : `Không đọc được ${what.toLowerCase()} «${text}». Hãy ghi theo dạng ngày/tháng/năm, ví dụ 20/02/2023.`,
  invalidBirthYear: (text: string) =>
    `Không đọc được năm sinh «${text}». Hãy ghi năm sinh bằng 4 chữ số, ví dụ 1975.`,
  missingName: (kindLabel: string) =>
    `Dòng có nội dung nhưng chưa ghi ${kindLabel}. Mỗi dòng phải là 01 tập thể hoặc 01 cá nhân có tên.`,
  missingKind: (name: string) =>
    `Không xác định được «${name}» là tập thể hay cá nhân. Hãy ghi «Tập thể» hoặc «Cá nhân» ở cột đối tượng.`,
  missingUnitName: () => 'Dòng có nội dung nhưng chưa ghi tên đơn vị.',
  legacyEncoding: (encoding: LegacyEncoding, cells: string[], sample: string) =>
    `${cells.length === 1 ? 'Ô' : 'Các ô'} ${cells.join(', ')} viết bằng bảng mã ${ENCODING_NAMES[encoding]} đã được chuyển sang Unicode` +
    (sample ? `: «${sample}».` : '.'),
  invisibleCharacters: (cell: string) => `Ô ${cell} chứa ký tự ẩn (ký tự điều khiển, khoảng trắng không độ rộng) đã được loại bỏ.`,
};

export const FIELD_LABELS = {
  planDate: 'Ngày nộp kế hoạch',
  listDate: 'Ngày nộp danh sách',
  date: 'Ngày đăng ký',
  planIssued: 'Ngày ban hành kế hoạch',
} as const;
