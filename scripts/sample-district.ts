/**
 * The sample district "An Phú" (fictional use) as data: the units list, the registrations, the nurturing plans and
 * three files units sent back. `make-assets.ts` writes them to assets/vi-du-huyen-an-phu.xlsx and assets/don-vi/.
 *
 * Everything is clean except the problems planted on purpose; `PLANTED` says which row carries which problem, and
 * `NEAR_MISSES` lists rows that look like a problem but must not be reported. Rows are 1-based Excel rows: data starts
 * on row 2 of every sheet of the master workbook, in the order of the arrays below.
 */
import type { CalendarDate } from '../src/domain/dates';
import type { FindingCode } from '../src/domain/findings/finding';

/** A date cell: a real Excel date, or a text exactly as the unit typed it. */
export type SampleDate = CalendarDate | string;

export type UnitTypeName =
  | 'Đảng bộ xã'
  | 'Đảng bộ thị trấn'
  | 'Chi bộ cơ sở'
  | 'Đảng bộ cơ sở'
  | 'UBND huyện'
  | 'MTTQ huyện'
  | 'Đoàn thể huyện';

export interface SampleUnit {
  code: string;
  name: string;
  type: UnitTypeName;
  planDate?: SampleDate;
  listDate?: SampleDate;
  note?: string;
}

export type LegacyFont = 'tcvn3' | 'vni';

export interface SampleRegistration {
  /** "Đơn vị đề xuất" as written (a name, another spelling of it, or a code). */
  unit: string;
  /** The unit of the list it means; absent when it names no unit of the list (UNKNOWN_UNIT). */
  unitCode?: string;
  kind: 'Tập thể' | 'Cá nhân';
  /** Unicode text; written in a legacy encoding when `legacy` is set. Empty: the cell is left empty. */
  name: string;
  legacy?: LegacyFont;
  /** A number, or a text as typed. */
  birthYear?: number | string;
  gender?: 'Nam' | 'Nữ';
  position?: string;
  field?: string;
  achievements?: string;
  phase: 1 | 2 | 'Bổ sung';
  date?: SampleDate;
  proposal?: string;
  note?: string;
}

export interface SamplePlan {
  /** "Đơn vị" as written. */
  unit: string;
  unitCode: string;
  issued: CalendarDate;
  /** One flag per content of the default profile, in its order (Trách nhiệm lãnh đạo … Chế độ thông tin, báo cáo). */
  contents: [boolean, boolean, boolean, boolean, boolean, boolean];
  note?: string;
}

export interface Planted {
  code: FindingCode;
  sheet: 'Đơn vị' | 'Đăng ký' | 'Kế hoạch bồi dưỡng';
  /** 1-based Excel row as written. */
  row: number;
  /** Column letter, for cell-level problems. */
  column?: string;
  /** The unit of the list the finding is about (absent for a row whose unit is unknown). */
  unitCode?: string;
  /** DUPLICATE: rows with the same group letter form one group (one finding, whose `rows` hold every member). */
  group?: string;
  note: string;
}

const d = (day: number, month: number, year: number): CalendarDate => ({ y: year, m: month, d: day });

export const DISTRICT = 'An Phú';
export const MASTER_FILE = 'vi-du-huyen-an-phu.xlsx';

/** "Cấu hình" of the sample: only what differs from the default profile. */
export const SAMPLE_SETTINGS: { key: string; value: string; note: string }[] = [
  { key: 'Tên huyện', value: DISTRICT, note: 'Tên huyện trong tiêu đề văn bản và trong tên đơn vị.' },
  { key: 'Địa danh ghi ngày tháng', value: DISTRICT, note: 'Địa danh ở dòng «…, ngày … tháng … năm …».' },
];

// ——— Units (sheet "Đơn vị", rows 2…34) ———

export const UNITS: SampleUnit[] = [
  { code: 'DBX01', name: 'Đảng bộ xã An Bình', type: 'Đảng bộ xã', planDate: d(14, 1, 2022), listDate: d(20, 2, 2023), note: 'Danh sách gửi bằng tệp riêng' },
  { code: 'DBX02', name: 'Đảng bộ xã Tân Lập', type: 'Đảng bộ xã', planDate: d(18, 1, 2022), listDate: d(22, 2, 2023) },
  { code: 'DBX03', name: 'Đảng bộ xã Thanh Xuân', type: 'Đảng bộ xã', planDate: d(12, 1, 2022), listDate: '20/02/2023' },
  { code: 'DBX04', name: 'Đảng bộ xã Phú Hữu', type: 'Đảng bộ xã', planDate: d(25, 1, 2022), listDate: d(17, 2, 2023) },
  { code: 'DBX05', name: 'Đảng bộ xã Khánh An', type: 'Đảng bộ xã', planDate: d(11, 1, 2022), listDate: d(16, 2, 2023) },
  { code: 'DBX06', name: 'Đảng bộ xã Vĩnh Hội', type: 'Đảng bộ xã', planDate: d(19, 1, 2022), listDate: d(25, 2, 2023) },
  { code: 'DBX07', name: 'Đảng bộ xã Nhơn Hội', type: 'Đảng bộ xã', planDate: d(20, 1, 2022), listDate: d(23, 2, 2023) },
  { code: 'DBX08', name: 'Đảng bộ xã Quốc Thái', type: 'Đảng bộ xã', planDate: d(13, 1, 2022), listDate: 'ngày 15 tháng 02 năm 2023' },
  { code: 'DBX09', name: 'Đảng bộ xã Phước Hưng', type: 'Đảng bộ xã', planDate: d(17, 1, 2022), listDate: d(21, 2, 2023), note: 'Danh sách gửi bằng tệp riêng' },
  { code: 'DBX10', name: 'Đảng bộ xã Đa Phước', type: 'Đảng bộ xã', listDate: d(24, 2, 2023) },
  { code: 'DBTT01', name: 'Đảng bộ thị trấn An Phú', type: 'Đảng bộ thị trấn', planDate: d(10, 1, 2022), listDate: d(14, 2, 2023) },
  { code: 'DBTT02', name: 'Đảng bộ thị trấn Long Bình', type: 'Đảng bộ thị trấn', planDate: d(21, 1, 2022), listDate: '31/02/2023' },
  { code: 'CB01', name: 'Chi bộ Trường THPT An Phú', type: 'Chi bộ cơ sở', planDate: d(12, 1, 2022), listDate: d(13, 2, 2023) },
  { code: 'CB02', name: 'Chi bộ Kho bạc Nhà nước huyện', type: 'Chi bộ cơ sở', planDate: d(17, 1, 2022), listDate: d(10, 2, 2023) },
  { code: 'CB03', name: 'Chi bộ Trung tâm Y tế huyện', type: 'Chi bộ cơ sở', planDate: d(20, 1, 2022), listDate: d(28, 2, 2023) },
  { code: 'CB04', name: 'Chi bộ Trường THPT Vĩnh Lộc', type: 'Chi bộ cơ sở', planDate: d(14, 1, 2022), listDate: '16/02/2023' },
  { code: 'CB05', name: 'Chi bộ Chi cục Thuế huyện', type: 'Chi bộ cơ sở', planDate: '18/01/2022', listDate: d(21, 2, 2023) },
  { code: 'CB06', name: 'Chi bộ Tòa án nhân dân huyện', type: 'Chi bộ cơ sở', planDate: d(19, 1, 2022), listDate: d(22, 2, 2023) },
  { code: 'CB07', name: 'Chi bộ Viện Kiểm sát nhân dân huyện', type: 'Chi bộ cơ sở', planDate: d(3, 2, 2022), listDate: d(20, 2, 2023) },
  { code: 'CB08', name: 'Chi bộ Ngân hàng Chính sách xã hội huyện', type: 'Chi bộ cơ sở', planDate: d(21, 1, 2022), listDate: d(23, 2, 2023) },
  { code: 'CB09', name: 'Chi bộ Trung tâm Chính trị huyện', type: 'Chi bộ cơ sở', planDate: d(13, 1, 2022), listDate: d(15, 2, 2023) },
  { code: 'CB10', name: 'Chi bộ Bưu điện huyện', type: 'Chi bộ cơ sở', planDate: d(24, 1, 2022), note: 'Chưa gửi danh sách' },
  { code: 'DBCS01', name: 'Đảng bộ Công an huyện', type: 'Đảng bộ cơ sở', planDate: d(10, 1, 2022), listDate: d(13, 2, 2023) },
  { code: 'DBCS02', name: 'Đảng bộ Quân sự huyện', type: 'Đảng bộ cơ sở', planDate: d(11, 1, 2022), listDate: d(14, 2, 2023) },
  { code: 'DBCS03', name: 'Đảng bộ Cơ quan chính quyền huyện', type: 'Đảng bộ cơ sở', planDate: d(18, 1, 2022), listDate: d(21, 2, 2023) },
  { code: 'DBCS04', name: 'Đảng bộ Cơ quan Đảng huyện', type: 'Đảng bộ cơ sở', planDate: d(17, 1, 2022), listDate: d(17, 2, 2023) },
  { code: 'UBND01', name: 'Ủy ban nhân dân huyện', type: 'UBND huyện', planDate: d(20, 1, 2022), listDate: d(22, 2, 2023) },
  { code: 'MTTQ01', name: 'Ủy ban MTTQ Việt Nam huyện', type: 'MTTQ huyện', planDate: d(19, 1, 2022), listDate: d(20, 2, 2023) },
  { code: 'DT01', name: 'Huyện đoàn', type: 'Đoàn thể huyện', planDate: d(14, 1, 2022), listDate: d(16, 2, 2023) },
  { code: 'DT02', name: 'Hội Liên hiệp Phụ nữ huyện', type: 'Đoàn thể huyện', planDate: d(18, 1, 2022), listDate: d(21, 2, 2023) },
  { code: 'DT03', name: 'Hội Nông dân huyện', type: 'Đoàn thể huyện', planDate: d(21, 1, 2022), listDate: d(23, 2, 2023) },
  { code: 'DT04', name: 'Hội Cựu chiến binh huyện', type: 'Đoàn thể huyện', planDate: d(20, 1, 2022), listDate: d(22, 2, 2023) },
  { code: 'DT05', name: 'Liên đoàn Lao động huyện', type: 'Đoàn thể huyện', planDate: d(24, 1, 2022), listDate: d(24, 2, 2023) },
];

function unitByCode(code: string): SampleUnit {
  const u = UNITS.find((x) => x.code === code);
  if (!u) throw new Error(`sample: no unit ${code}`);
  return u;
}

// ——— Registrations (sheet "Đăng ký", rows 2…) ———

const F = {
  party: 'Xây dựng Đảng',
  economy: 'Phát triển kinh tế',
  countryside: 'Xây dựng nông thôn mới',
  education: 'Giáo dục',
  health: 'Y tế',
  security: 'Quốc phòng, an ninh',
  welfare: 'An sinh xã hội',
  culture: 'Văn hóa – xã hội',
  admin: 'Cải cách hành chính',
  mass: 'Công tác Mặt trận, đoàn thể',
} as const;
const GK_BTV = 'Giấy khen của Ban Thường vụ Huyện ủy';

type RegOptions = Partial<Omit<SampleRegistration, 'unitCode' | 'kind' | 'name'>>;

/** A collective proposed by a unit of the list (written by its name unless `unit` says otherwise). */
function tt(code: string, name: string, achievements: string, field: string, o: RegOptions = {}): SampleRegistration {
  return { unit: unitByCode(code).name, unitCode: code, kind: 'Tập thể', name, field, achievements, phase: 1, ...o };
}

/** An individual proposed by a unit of the list. */
function cn(
  code: string,
  name: string,
  birthYear: number | string | undefined,
  gender: 'Nam' | 'Nữ' | undefined,
  position: string,
  field: string,
  achievements: string,
  o: RegOptions = {},
): SampleRegistration {
  const r: SampleRegistration = { unit: unitByCode(code).name, unitCode: code, kind: 'Cá nhân', name, position, field, achievements, phase: 1, ...o };
  if (birthYear !== undefined) r.birthYear = birthYear;
  if (gender) r.gender = gender;
  return r;
}

export const REGISTRATIONS: SampleRegistration[] = [
  // Đảng bộ xã Tân Lập (written "Đảng ủy xã Tân Lập" on one row: the same unit)
  tt('DBX02', 'Chi bộ Thôn 3', 'Chi bộ trong sạch, vững mạnh tiêu biểu 3 năm liền (2020–2022); 100% đảng viên đăng ký làm theo gương Bác', F.party, { unit: 'Đảng ủy xã Tân Lập', date: d(17, 2, 2023) }),
  cn('DBX02', 'Trần Thị Thủy', 1979, 'Nữ', 'Chi hội trưởng Chi hội Phụ nữ Thôn 1, xã Tân Lập', F.welfare, 'Duy trì mô hình «Tiết kiệm vì hội viên nghèo», giúp 12 hộ thoát nghèo', { date: d(17, 2, 2023) }),
  cn('DBX02', 'Nguyễn Văn Lực', 1968, 'Nam', 'Trưởng Thôn 2, xã Tân Lập', F.countryside, 'Vận động nhân dân hiến 3.200 m² đất làm đường giao thông nông thôn', { date: d(17, 2, 2023), proposal: GK_BTV }),
  // Đảng bộ xã Thanh Xuân (one row names "Đảng bộ xã Xuân Lộc", which is not in the list)
  tt('DBX03', 'Hội Cựu chiến binh xã Thanh Xuân', 'Không có hội viên vi phạm pháp luật; giúp 8 hội viên phát triển kinh tế', F.mass, { date: d(16, 2, 2023) }),
  cn('DBX03', 'Phạm Văn Khải', 1972, 'Nam', 'Bí thư Chi bộ Thôn Đông, xã Thanh Xuân', F.party, 'Chi bộ thôn 3 năm liền hoàn thành tốt nhiệm vụ; vận động làm 2 cầu bê tông', { date: d(16, 2, 2023) }),
  {
    unit: 'Đảng bộ xã Xuân Lộc',
    kind: 'Cá nhân',
    name: 'Lý Thị Thu Hà',
    birthYear: 1990,
    gender: 'Nữ',
    position: 'Giáo viên Trường Mầm non Thanh Xuân',
    field: F.education,
    achievements: 'Sáng kiến làm đồ dùng dạy học từ vật liệu tái chế',
    phase: 1,
    date: d(16, 2, 2023),
  },
  // Đảng bộ xã Phú Hữu
  tt('DBX04', 'Hợp tác xã Nông nghiệp Phú Hữu', 'Liên kết tiêu thụ lúa cho 320 hộ xã viên, lợi nhuận tăng 15%/năm', F.economy, { date: d(14, 2, 2023), proposal: GK_BTV }),
  cn('DBX04', 'Huỳnh Văn Sáu', 1965, 'Nam', 'Nông dân, ấp Phú Thạnh, xã Phú Hữu', F.economy, 'Mô hình trồng xoài theo tiêu chuẩn VietGAP, tạo việc làm cho 15 lao động', { date: d(14, 2, 2023) }),
  cn('DBX04', 'Nguyễn Thị Diễm', 1995, 'Nữ', 'Tổ trưởng Tổ hợp tác may mặc ấp Phú Hiệp', F.economy, 'Dạy nghề may miễn phí cho 40 phụ nữ trong ấp', { phase: 2, note: 'Bổ sung năm 2024' }),
  // Đảng bộ xã Khánh An (one person listed twice; one birth year unreadable)
  tt('DBX05', 'Hội Nông dân xã Khánh An', 'Hỗ trợ 60 hộ vay vốn, xây dựng 3 tổ hợp tác trồng rau an toàn', F.economy, { date: d(13, 2, 2023) }),
  cn('DBX05', 'Võ Thị Bích Ngọc', 1988, 'Nữ', 'Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh An', F.mass, 'Vận động xây dựng 5 căn nhà «Mái ấm tình thương»', { date: d(13, 2, 2023) }),
  cn('DBX05', 'Bà Võ Thị Bích Ngọc', 1988, 'Nữ', 'Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh An', F.mass, 'Vận động xây dựng 5 căn nhà «Mái ấm tình thương»', { date: d(13, 2, 2023) }),
  cn('DBX05', 'Lâm Văn Phúc', '19a5', 'Nam', 'Công an viên ấp Khánh Hòa, xã Khánh An', F.security, 'Tham gia giữ gìn an ninh trật tự tuyến biên giới', { date: d(13, 2, 2023) }),
  // Đảng bộ xã Vĩnh Hội (a collective marked "Cá nhân")
  cn('DBX06', 'Chi bộ Thôn 5', undefined, undefined, 'Xã Vĩnh Hội', F.party, 'Chi bộ 5 năm liền hoàn thành xuất sắc nhiệm vụ', { date: d(20, 2, 2023) }),
  cn('DBX06', 'Đặng Văn Tài', 1970, 'Nam', 'Trưởng ban Công tác Mặt trận Thôn 4, xã Vĩnh Hội', F.mass, 'Vận động quyên góp xây dựng nhà văn hóa thôn', { date: d(20, 2, 2023) }),
  tt('DBX06', 'Đoàn Thanh niên xã Vĩnh Hội', 'Thực hiện 12 công trình thanh niên; tổ chức hiến máu tình nguyện hằng năm', F.mass, { date: d(20, 2, 2023) }),
  // Đảng bộ xã Nhơn Hội (one phase-1 exemplar only; the other is added in phase 2)
  cn('DBX07', 'Dương Thị Cẩm Tú', 1983, 'Nữ', 'Trưởng Trạm Y tế xã Nhơn Hội', F.health, 'Tổ chức tiêm chủng đầy đủ cho trẻ em; trạm y tế đạt chuẩn quốc gia', { date: d(20, 2, 2023) }),
  tt('DBX07', 'Tổ Hòa giải ấp Hà Bao', 'Hòa giải thành 95% vụ việc mâu thuẫn trong ấp', F.security, { phase: 'Bổ sung', note: 'Bổ sung năm 2024' }),
  // Đảng bộ xã Quốc Thái (one row without a name)
  tt('DBX08', 'Chi bộ ấp Quốc Hưng', 'Lãnh đạo ấp đạt chuẩn khu dân cư kiểu mẫu', F.countryside, { date: d(12, 2, 2023) }),
  cn('DBX08', 'Hà Văn Thắng', 1961, 'Nam', 'Trưởng ấp Quốc Hưng, xã Quốc Thái', F.countryside, 'Vận động 100% hộ dân tham gia bảo hiểm y tế', { date: d(12, 2, 2023), proposal: GK_BTV }),
  cn('DBX08', '', 1977, 'Nam', 'Công an viên ấp Quốc Khánh, xã Quốc Thái', F.security, 'Tham gia bắt giữ 5 vụ vận chuyển hàng cấm qua biên giới', { date: d(12, 2, 2023) }),
  // Đảng bộ xã Đa Phước (one name in TCVN3; "Ông … và bà …" names two people)
  tt('DBX10', 'Trường Trung học cơ sở Đa Phước', 'Tỷ lệ học sinh lên lớp 99%; trường đạt chuẩn quốc gia mức độ 1', F.education, { date: d(20, 2, 2023) }),
  cn('DBX10', 'Lê Văn Đức', 1975, 'Nam', 'Chủ nhiệm Hợp tác xã Thủy sản Đa Phước', F.economy, 'Nuôi cá lồng bè theo chuỗi liên kết, tạo việc làm cho 30 lao động', { legacy: 'tcvn3', date: d(20, 2, 2023) }),
  cn('DBX10', 'Ông Trần Văn Nam và bà Phạm Thị Hoa', undefined, undefined, 'Ấp Phước Khánh, xã Đa Phước', F.welfare, 'Hiến đất xây dựng điểm trường mẫu giáo', { date: d(20, 2, 2023) }),
  cn('DBX10', 'Nguyễn Thị Hồng Nhung', 1992, 'Nữ', 'Bí thư Đoàn xã Đa Phước', F.mass, 'Sáng lập câu lạc bộ «Thanh niên khởi nghiệp» của xã', { date: d(20, 2, 2023) }),
  // Đảng bộ thị trấn An Phú (one name in TCVN3)
  tt('DBTT01', 'Trường Tiểu học Thị trấn An Phú', 'Phong trào «Nói lời hay, làm việc tốt» trong học sinh; 10 năm liền đạt danh hiệu Tập thể lao động tiên tiến', F.education, { date: d(10, 2, 2023), proposal: GK_BTV }),
  cn('DBTT01', 'Mai Thị Kim Oanh', 1976, 'Nữ', 'Tổ trưởng Tổ dân phố 4, thị trấn An Phú', F.culture, 'Vận động xây dựng tuyến đường hoa, camera an ninh khu phố', { legacy: 'tcvn3', date: d(10, 2, 2023) }),
  cn('DBTT01', 'Phan Thanh Bình', 1980, 'Nam', 'Phó Chủ tịch UBND thị trấn An Phú', F.admin, 'Giải quyết hồ sơ hành chính trước hạn 98%', { date: d(10, 2, 2023) }),
  // Đảng bộ thị trấn Long Bình (two people on one row)
  tt('DBTT02', 'Khu phố Long Thạnh', 'Khu phố văn hóa 5 năm liền; không có tội phạm, tệ nạn xã hội', F.culture),
  cn('DBTT02', 'Nguyễn Văn Hùng, Lê Thị Mai', undefined, undefined, 'Khóm Long Thị, thị trấn Long Bình', F.welfare, 'Cùng vận động quỹ học bổng cho học sinh nghèo'),
  cn('DBTT02', 'Tô Văn Chiến', 1969, 'Nam', 'Bí thư Chi bộ Khóm Long Thị, thị trấn Long Bình', F.party, 'Chi bộ khóm 3 năm liền hoàn thành xuất sắc nhiệm vụ'),
  // Chi bộ cơ sở
  cn('CB01', 'Nguyễn Thị Thanh Tâm', 1984, 'Nữ', 'Giáo viên Trường THPT An Phú', F.education, 'Bồi dưỡng 12 học sinh giỏi cấp tỉnh môn Ngữ văn', { date: d(10, 2, 2023), proposal: GK_BTV }),
  cn('CB01', 'Lê Hoàng Minh', 1991, 'Nam', 'Bí thư Đoàn trường THPT An Phú', F.mass, 'Tổ chức «Tủ sách dùng chung» cho học sinh khó khăn', { phase: 2, note: 'Bổ sung năm 2024' }),
  cn('CB02', 'Trần Quốc Bảo', 1978, 'Nam', 'Giám đốc Kho bạc Nhà nước huyện', F.admin, 'Triển khai dịch vụ công trực tuyến mức độ 4 cho 100% đơn vị giao dịch', { legacy: 'vni', date: d(8, 2, 2023) }),
  tt('CB03', 'Khoa Hồi sức cấp cứu Trung tâm Y tế huyện', 'Cấp cứu thành công nhiều ca bệnh nặng; không để xảy ra sai sót chuyên môn', F.health, { unit: 'CB03', date: d(20, 2, 2023) }),
  cn('CB03', 'Ngô Minh Trí', 1981, 'Nam', 'Bác sĩ, Trưởng khoa Nội, Trung tâm Y tế huyện', F.health, 'Khám bệnh miễn phí cho người nghèo tại các xã vùng biên', { date: d(20, 2, 2023) }),
  cn('CB04', 'Châu Thị Ngọc Hân', 1987, 'Nữ', 'Giáo viên Trường THPT Vĩnh Lộc', F.education, 'Dạy phụ đạo miễn phí cho học sinh yếu; giáo viên dạy giỏi cấp tỉnh', { date: d(14, 2, 2023) }),
  cn('CB05', 'Lương Văn Hiếu', 1979, 'Nam', 'Đội trưởng Đội Kê khai – Kế toán thuế, Chi cục Thuế huyện', F.admin, 'Rút ngắn thời gian giải quyết hồ sơ thuế còn 1 ngày', { date: d(18, 2, 2023) }),
  cn('CB06', 'Kiều Thị Phương', 1986, 'Nữ', 'Thẩm phán Tòa án nhân dân huyện', F.security, 'Giải quyết 100% án đúng hạn, không có án bị hủy', { date: d(19, 2, 2023) }),
  cn('CB07', 'Bùi Thanh Hải', 1982, 'Nam', 'Kiểm sát viên Viện Kiểm sát nhân dân huyện', F.security, 'Kiểm sát chặt chẽ 100% tin báo tội phạm', { date: d(17, 2, 2023) }),
  cn('CB07', 'Tạ Thị Thu', 1993, 'Nữ', 'Chuyên viên Viện Kiểm sát nhân dân huyện', F.admin, 'Số hóa hồ sơ lưu trữ của đơn vị', { phase: 2, note: 'Bổ sung năm 2024' }),
  tt('CB08', 'Tổ Tiết kiệm và vay vốn ấp Phước Khánh', 'Thu hồi nợ đúng hạn 100%, không có nợ quá hạn', F.welfare, { date: d(20, 2, 2023) }),
  cn('CB08', 'Lê Thị Hương', 1985, 'Nữ', 'Cán bộ tín dụng, Ngân hàng Chính sách xã hội huyện', F.welfare, 'Giúp 150 hộ nghèo tiếp cận vốn vay ưu đãi', { legacy: 'tcvn3', date: d(20, 2, 2023) }),
  cn('CB09', 'Đinh Văn Toàn', 1974, 'Nam', 'Giảng viên Trung tâm Chính trị huyện', F.party, 'Biên soạn tài liệu chuyên đề học tập và làm theo Bác cho cán bộ cơ sở', { date: d(12, 2, 2023) }),
  {
    unit: 'Chi bộ Trường THCS Phú Hội',
    kind: 'Cá nhân',
    name: 'Quách Thị Yến',
    birthYear: 1988,
    gender: 'Nữ',
    position: 'Giáo viên Trường THCS Phú Hội',
    field: F.education,
    achievements: 'Giáo viên chủ nhiệm giỏi cấp huyện 3 năm liền',
    phase: 1,
    date: d(15, 2, 2023),
  },
  // Đảng bộ cơ sở
  tt('DBCS01', 'Công an xã Phú Hữu', 'Kéo giảm 30% tội phạm về trật tự xã hội; xây dựng mô hình «Camera an ninh»', F.security, { date: d(10, 2, 2023) }),
  cn('DBCS01', 'Nguyễn Hữu Phước', 1983, 'Nam', 'Thiếu tá, Đội trưởng Đội Cảnh sát điều tra, Công an huyện', F.security, 'Chỉ huy triệt phá 3 đường dây buôn lậu qua biên giới', { date: d(10, 2, 2023), proposal: GK_BTV }),
  tt('DBCS02', 'Ban Chỉ huy Quân sự xã Nhơn Hội', 'Hoàn thành 100% chỉ tiêu tuyển quân; huấn luyện dân quân đạt khá giỏi', F.security, { date: d(11, 2, 2023) }),
  cn('DBCS02', 'Trịnh Văn Hậu', 1987, 'Nam', 'Thượng úy, Trợ lý Tác chiến, Ban Chỉ huy Quân sự huyện', F.security, 'Tham gia cứu hộ 12 hộ dân trong mùa nước nổi', { date: d(11, 2, 2023) }),
  tt('DBCS03', 'Lê Văn Tâm', 'Tham mưu tổ chức 100% kỳ họp, cuộc tiếp xúc cử tri đúng kế hoạch', F.admin, { position: 'Chánh Văn phòng HĐND và UBND huyện', date: d(18, 2, 2023) }),
  cn('DBCS03', 'Cao Thị Mỹ Linh', 1989, 'Nữ', 'Chuyên viên Phòng Nội vụ huyện', F.admin, 'Xây dựng phần mềm quản lý hồ sơ cán bộ', { date: d(18, 2, 2023) }),
  cn('DBCS04', 'Đỗ Thị Hằng', 1980, 'Nữ', 'Chuyên viên Ban Tuyên giáo Huyện ủy', F.party, 'Biên soạn 20 bài tuyên truyền gương người tốt, việc tốt', { legacy: 'tcvn3', date: d(14, 2, 2023) }),
  // Ủy ban nhân dân huyện (written "UBND huyện")
  tt('UBND01', 'Phòng Văn hóa và Thông tin huyện', 'Xây dựng 100% ấp đạt danh hiệu văn hóa', F.culture, { unit: 'UBND huyện', date: d(19, 2, 2023) }),
  cn('UBND01', 'Hoàng Văn Quý', 1976, 'Nam', 'Trưởng phòng Tài nguyên và Môi trường huyện', F.admin, 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng', { unit: 'UBND huyện', date: d(19, 2, 2023), proposal: GK_BTV }),
  // Ủy ban MTTQ Việt Nam huyện (once written with the old tone placement "Uỷ")
  tt('MTTQ01', 'Ban Công tác Mặt trận ấp Phú Thạnh', 'Vận động xây dựng 7 căn nhà Đại đoàn kết', F.mass, { date: d(17, 2, 2023) }),
  tt('MTTQ01', 'Gia đình ông Võ Văn Tư và bà Lê Thị Năm', 'Hiến 1.500 m² đất xây dựng trường học', F.welfare, { unit: 'Uỷ ban MTTQ Việt Nam huyện', date: d(17, 2, 2023), proposal: GK_BTV }),
  // Huyện đoàn (one row without a name)
  cn('DT01', 'Đoàn Thị Kim Liên', 1996, 'Nữ', 'Bí thư Chi đoàn ấp Vĩnh Thạnh', F.mass, 'Khởi xướng phong trào «Ngày Chủ nhật xanh» trong đoàn viên', { date: d(13, 2, 2023) }),
  tt('DT01', 'Chi đoàn Trường THPT Vĩnh Lộc', 'Chi đoàn vững mạnh 3 năm liền; 100% đoàn viên tham gia tình nguyện', F.mass, { date: d(13, 2, 2023) }),
  tt('DT01', '', 'Tổ chức 25 công trình thanh niên, thắp sáng 4 km đường quê', F.mass, { date: d(13, 2, 2023) }),
  // Hội Liên hiệp Phụ nữ huyện (written "Hội LHPN huyện" once; one name in VNI)
  cn('DT02', 'Trần Thị Thuỷ', 1979, 'Nữ', 'Chi hội trưởng Phụ nữ Thôn 1, xã Tân Lập', F.welfare, 'Mô hình «Tiết kiệm vì hội viên nghèo» giúp nhiều hộ thoát nghèo', { unit: 'Hội LHPN huyện', date: d(18, 2, 2023) }),
  tt('DT02', 'Chi hội Phụ nữ ấp Phú Hiệp', 'Chi hội vững mạnh; 100% hội viên tham gia «5 không, 3 sạch»', F.mass, { date: d(18, 2, 2023) }),
  cn('DT02', 'Nguyễn Thị Mỹ Dung', 1982, 'Nữ', 'Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh An', F.mass, 'Phát triển 200 hội viên mới; thành lập 3 tổ hợp tác của phụ nữ', { legacy: 'vni', date: d(18, 2, 2023) }),
  cn('DT02', 'Hồ Thị Cúc', 1990, 'Nữ', 'Tổ trưởng Tổ phụ nữ tiết kiệm ấp Phú Hiệp', F.welfare, 'Giúp 20 hội viên vay vốn làm ăn', { date: '30/02/2023' }),
  // Hội Nông dân huyện (written with the district's name)
  tt('DT03', 'Hợp tác xã Nông nghiệp Phú Hữu', 'Ứng dụng cơ giới hóa, liên kết tiêu thụ lúa cho xã viên', F.economy, { unit: 'Hội Nông dân huyện An Phú', date: d(20, 2, 2023) }),
  cn('DT03', 'Lưu Văn Nghĩa', 1966, 'Nam', 'Nông dân sản xuất, kinh doanh giỏi, ấp Quốc Khánh', F.economy, 'Mô hình lúa – cá cho thu nhập 500 triệu đồng/năm', { date: d(20, 2, 2023) }),
  // Hội Cựu chiến binh huyện (one name in TCVN3; once written «Hội CCB huyện»)
  cn('DT04', 'Trần Văn Ơn', 1955, 'Nam', 'Chi hội trưởng Chi hội Cựu chiến binh ấp Hà Bao', F.mass, 'Vận động hội viên giúp nhau phát triển kinh tế, không có hội viên nghèo', { unit: 'Hội CCB huyện', legacy: 'tcvn3', date: d(19, 2, 2023) }),
  cn('DT04', 'Phạm Văn Út', 1958, 'Nam', 'Hội viên Hội Cựu chiến binh xã Vĩnh Hội', F.welfare, 'Tặng 50 suất học bổng cho học sinh nghèo', { phase: 2, note: 'Bổ sung năm 2024' }),
  // Liên đoàn Lao động huyện
  cn('DT05', 'Phan Văn Thành', 1985, 'Nam', 'Công nhân Công ty TNHH Thủy sản Vĩnh Hội', F.economy, 'Cải tiến dây chuyền chế biến, làm lợi 300 triệu đồng', { date: d(21, 2, 2023) }),
  cn('DT05', 'Trần Thị Ngọc Ánh', 1994, 'Nữ', 'Công nhân Công ty TNHH May mặc An Phú', F.economy, 'Sáng kiến giảm hao phí nguyên liệu', { phase: 'Bổ sung', note: 'Bổ sung năm 2024' }),
];

// ——— Nurturing plans (sheet "Kế hoạch bồi dưỡng", rows 2…) ———

const ALL: SamplePlan['contents'] = [true, true, true, true, true, true];

/** Every unit but Liên đoàn Lao động huyện (which registered exemplars without a plan); Hội Cựu chiến binh's plan lacks two contents. */
export const PLANS: SamplePlan[] = UNITS.filter((u) => u.code !== 'DT05').map((u) => {
  const contents: SamplePlan['contents'] = u.code === 'DT04' ? [true, true, true, false, true, false] : [...ALL];
  const issued = typeof u.listDate === 'object' && u.listDate.m === 2 && u.listDate.d <= 24 ? u.listDate : d(24, 2, 2023);
  return { unit: u.name, unitCode: u.code, issued, contents };
});

// ——— What is wrong, and where ———

/** The Excel row of a unit in "Đơn vị" (and, for `planRow`, of its plan in "Kế hoạch bồi dưỡng"). */
export function unitRow(code: string): number {
  const i = UNITS.findIndex((u) => u.code === code);
  if (i < 0) throw new Error(`sample: no unit ${code}`);
  return i + 2;
}

export function planRow(code: string): number {
  const i = PLANS.findIndex((p) => p.unitCode === code);
  if (i < 0) throw new Error(`sample: no plan of ${code}`);
  return i + 2;
}

/** The Excel row in "Đăng ký" of the one registration with this name (as written) and, if given, this unit text. */
export function registrationRow(name: string, unit?: string): number {
  const rows = REGISTRATIONS.flatMap((r, i) => (r.name === name && (unit === undefined || r.unit === unit) ? [i + 2] : []));
  if (rows.length !== 1) throw new Error(`sample: ${rows.length} registrations named «${name}»`);
  return rows[0] as number;
}

const U = 'Đơn vị' as const;
const R = 'Đăng ký' as const;

/** Every problem planted in the master workbook (assets/vi-du-huyen-an-phu.xlsx) read alone. */
export const PLANTED: Planted[] = [
  // Units list
  { code: 'QUOTA_SHORT', sheet: U, row: unitRow('DBX01'), unitCode: 'DBX01', note: 'Đảng bộ xã An Bình: no row in the master (0/2); its list is in assets/don-vi' },
  { code: 'PLAN_LATE', sheet: U, row: unitRow('DBX04'), unitCode: 'DBX04', note: 'plan date 25/01/2022, the deadline day itself' },
  { code: 'REGISTRATION_LATE', sheet: U, row: unitRow('DBX06'), unitCode: 'DBX06', note: 'list date 25/02/2023, the deadline day itself' },
  { code: 'QUOTA_SHORT', sheet: U, row: unitRow('DBX07'), unitCode: 'DBX07', note: 'Đảng bộ xã Nhơn Hội: 1 phase-1 exemplar (1/2); its phase-2 row does not count' },
  { code: 'QUOTA_SHORT', sheet: U, row: unitRow('DBX09'), unitCode: 'DBX09', note: 'Đảng bộ xã Phước Hưng: no row in the master (0/2); its list is in assets/don-vi (TCVN3)' },
  { code: 'PLAN_MISSING', sheet: U, row: unitRow('DBX10'), unitCode: 'DBX10', note: 'plan date empty' },
  { code: 'INVALID_DATE', sheet: U, row: unitRow('DBTT02'), column: 'E', unitCode: 'DBTT02', note: 'list date «31/02/2023»' },
  { code: 'REGISTRATION_LATE', sheet: U, row: unitRow('CB03'), unitCode: 'CB03', note: 'list date 28/02/2023' },
  { code: 'PLAN_LATE', sheet: U, row: unitRow('CB07'), unitCode: 'CB07', note: 'plan date 03/02/2022' },
  { code: 'REGISTRATION_MISSING', sheet: U, row: unitRow('CB10'), unitCode: 'CB10', note: 'no list date and no row; its list is in assets/don-vi (VNI)' },
  { code: 'QUOTA_SHORT', sheet: U, row: unitRow('CB10'), unitCode: 'CB10', note: 'Chi bộ Bưu điện huyện: no row in the master (0/1)' },
  { code: 'NURTURE_PLAN_MISSING', sheet: U, row: unitRow('DT05'), unitCode: 'DT05', note: 'Liên đoàn Lao động huyện registered exemplars but has no nurturing-plan row' },
  // Registrations
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Trần Thị Thủy'), unitCode: 'DBX02', group: 'A', note: 'Trần Thị Thủy 1979 (Đảng bộ xã Tân Lập) = «Trần Thị Thuỷ» 1979 (Hội LHPN huyện): cross-bloc' },
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Trần Thị Thuỷ'), unitCode: 'DT02', group: 'A', note: '«Trần Thị Thuỷ» (old tone placement), the same person' },
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Hợp tác xã Nông nghiệp Phú Hữu', 'Đảng bộ xã Phú Hữu'), unitCode: 'DBX04', group: 'B', note: 'Hợp tác xã Nông nghiệp Phú Hữu, proposed by Đảng bộ xã Phú Hữu and Hội Nông dân huyện: cross-bloc' },
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Hợp tác xã Nông nghiệp Phú Hữu', 'Hội Nông dân huyện An Phú'), unitCode: 'DT03', group: 'B', note: 'the same collective, proposed by Hội Nông dân huyện' },
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Võ Thị Bích Ngọc'), unitCode: 'DBX05', group: 'C', note: 'Võ Thị Bích Ngọc 1988 listed twice by Đảng bộ xã Khánh An: same unit, counts once for its quota' },
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Bà Võ Thị Bích Ngọc'), unitCode: 'DBX05', group: 'C', note: '«Bà Võ Thị Bích Ngọc» 1988, the same person' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Lý Thị Thu Hà'), note: '«Đảng bộ xã Xuân Lộc» is not in the list (the list has Đảng bộ xã Thanh Xuân)' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Quách Thị Yến'), note: '«Chi bộ Trường THCS Phú Hội» is not in the list' },
  { code: 'INVALID_DATE', sheet: R, row: registrationRow('Lâm Văn Phúc'), column: 'E', unitCode: 'DBX05', note: 'birth year «19a5»' },
  { code: 'INVALID_DATE', sheet: R, row: registrationRow('Hồ Thị Cúc'), column: 'K', unitCode: 'DT02', note: 'registration date «30/02/2023»' },
  { code: 'MISSING_VALUE', sheet: R, row: registrationRow('', 'Đảng bộ xã Quốc Thái'), column: 'D', unitCode: 'DBX08', note: 'an individual with achievements but no name' },
  { code: 'MISSING_VALUE', sheet: R, row: registrationRow('', 'Huyện đoàn'), column: 'D', unitCode: 'DT01', note: 'a collective with achievements but no name' },
  { code: 'NOT_SINGLE_SUBJECT', sheet: R, row: registrationRow('Ông Trần Văn Nam và bà Phạm Thị Hoa'), unitCode: 'DBX10', note: 'two people: «Ông … và bà …»' },
  { code: 'NOT_SINGLE_SUBJECT', sheet: R, row: registrationRow('Nguyễn Văn Hùng, Lê Thị Mai'), unitCode: 'DBTT02', note: 'two people separated by a comma' },
  { code: 'SUBJECT_KIND_MISMATCH', sheet: R, row: registrationRow('Chi bộ Thôn 5'), unitCode: 'DBX06', note: '«Chi bộ Thôn 5» marked Cá nhân' },
  { code: 'SUBJECT_KIND_MISMATCH', sheet: R, row: registrationRow('Lê Văn Tâm'), unitCode: 'DBCS03', note: '«Lê Văn Tâm», a person, marked Tập thể' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Lê Văn Đức'), column: 'D', unitCode: 'DBX10', note: '«Lê Văn Đức» in TCVN3 (.VnTime)' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Mai Thị Kim Oanh'), column: 'D', unitCode: 'DBTT01', note: '«Mai Thị Kim Oanh» in TCVN3 (.VnTime)' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Lê Thị Hương'), column: 'D', unitCode: 'CB08', note: '«Lê Thị Hương» in TCVN3 (.VnTime)' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Đỗ Thị Hằng'), column: 'D', unitCode: 'DBCS04', note: '«Đỗ Thị Hằng» in TCVN3 (.VnTime)' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Trần Văn Ơn'), column: 'D', unitCode: 'DT04', note: '«Trần Văn Ơn» in TCVN3 (.VnTime)' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Trần Quốc Bảo'), column: 'D', unitCode: 'CB02', note: '«Trần Quốc Bảo» in VNI (VNI-Times)' },
  { code: 'LEGACY_ENCODING', sheet: R, row: registrationRow('Nguyễn Thị Mỹ Dung'), column: 'D', unitCode: 'DT02', note: '«Nguyễn Thị Mỹ Dung» in VNI (VNI-Times)' },
  // Nurturing plans: a unit-level finding, located at the unit's row; the plan itself is on `planRow('DT04')`.
  { code: 'NURTURE_PLAN_INCOMPLETE', sheet: U, row: unitRow('DT04'), unitCode: 'DT04', note: `its plan («Kế hoạch bồi dưỡng», row ${planRow('DT04')}) lacks «Tuyên truyền, nhân rộng» and «Chế độ thông tin, báo cáo»` },
];

/** Rows that look like a problem but are clean: the named code must NOT be reported for them. */
export const NEAR_MISSES: Planted[] = [
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Chi bộ Thôn 3'), unitCode: 'DBX02', note: '«Đảng ủy xã Tân Lập» is Đảng bộ xã Tân Lập' },
  { code: 'DUPLICATE', sheet: R, row: registrationRow('Chi bộ Thôn 5'), unitCode: 'DBX06', note: '«Chi bộ Thôn 5» (Vĩnh Hội) is not «Chi bộ Thôn 3» (Tân Lập)' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Khoa Hồi sức cấp cứu Trung tâm Y tế huyện'), unitCode: 'CB03', note: 'proposing unit written as its code «CB03»' },
  { code: 'NOT_SINGLE_SUBJECT', sheet: R, row: registrationRow('Tổ Tiết kiệm và vay vốn ấp Phước Khánh'), unitCode: 'CB08', note: 'one collective whose name holds «và»' },
  { code: 'NOT_SINGLE_SUBJECT', sheet: R, row: registrationRow('Phòng Văn hóa và Thông tin huyện'), unitCode: 'UBND01', note: 'one collective whose name holds «và»' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Phòng Văn hóa và Thông tin huyện'), unitCode: 'UBND01', note: '«UBND huyện» is Ủy ban nhân dân huyện' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Hoàng Văn Quý'), unitCode: 'UBND01', note: '«UBND huyện» is Ủy ban nhân dân huyện' },
  { code: 'NOT_SINGLE_SUBJECT', sheet: R, row: registrationRow('Gia đình ông Võ Văn Tư và bà Lê Thị Năm'), unitCode: 'MTTQ01', note: 'one household («Gia đình ông … và bà …»)' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Gia đình ông Võ Văn Tư và bà Lê Thị Năm'), unitCode: 'MTTQ01', note: '«Uỷ ban MTTQ Việt Nam huyện» (old tone placement) is Ủy ban MTTQ Việt Nam huyện' },
  { code: 'SUBJECT_KIND_MISMATCH', sheet: R, row: registrationRow('Đoàn Thị Kim Liên'), unitCode: 'DT01', note: 'Đoàn is a surname: a person' },
  { code: 'SUBJECT_KIND_MISMATCH', sheet: R, row: registrationRow('Hồ Thị Cúc'), unitCode: 'DT02', note: 'Hồ is a surname (not «Hội»): a person' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Trần Thị Thuỷ'), unitCode: 'DT02', note: '«Hội LHPN huyện» is Hội Liên hiệp Phụ nữ huyện' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Hợp tác xã Nông nghiệp Phú Hữu', 'Hội Nông dân huyện An Phú'), unitCode: 'DT03', note: '«Hội Nông dân huyện An Phú» is Hội Nông dân huyện of the district' },
  { code: 'UNKNOWN_UNIT', sheet: R, row: registrationRow('Trần Văn Ơn'), unitCode: 'DT04', note: '«Hội CCB huyện» (an abbreviation of the profile) is Hội Cựu chiến binh huyện' },
  { code: 'QUOTA_SHORT', sheet: U, row: unitRow('DBX05'), unitCode: 'DBX05', note: '2 distinct valid exemplars (the duplicate counts once, the «19a5» row not at all)' },
  { code: 'REGISTRATION_LATE', sheet: U, row: unitRow('DBTT02'), unitCode: 'DBTT02', note: 'the list date is unreadable (INVALID_DATE), not late' },
];

// ——— Files units sent back (assets/don-vi) ———

export interface UnitFileRow {
  kind: 'Tập thể' | 'Cá nhân';
  name: string;
  birthYear?: number;
  gender?: 'Nam' | 'Nữ';
  position?: string;
  achievements: string;
  note?: string;
}

export interface UnitFile {
  fileName: string;
  unitCode: string;
  /** How every text of the file is written. */
  encoding: 'unicode' | 'tcvn3' | 'vni';
  /** Title block, left: the superior party committee, then the issuing one. */
  superior: string;
  issuer: string;
  /** The issuer as the letterhead writes it when it spans several rows ("ĐẢNG ỦY XÃ" over "PHƯỚC HƯNG"). */
  issuerRows?: string[];
  /**
   * Columns of the proposing unit after the others: a code column left empty (the template's, nobody fills it)
   * and a name column written as the unit abbreviates itself.
   */
  unitColumns?: { codeHeader: string; nameHeader: string; name: string };
  place: string;
  date: CalendarDate;
  signFor: string;
  signTitle: string;
  signer: string;
  rows: UnitFileRow[];
}

export const UNIT_FILES: UnitFile[] = [
  {
    fileName: 'dang-uy-xa-an-binh.xlsx',
    unitCode: 'DBX01',
    encoding: 'unicode',
    superior: 'ĐẢNG BỘ HUYỆN AN PHÚ',
    issuer: 'ĐẢNG ỦY XÃ AN BÌNH',
    place: 'An Bình',
    date: d(20, 2, 2023),
    signFor: 'T/M ĐẢNG ỦY',
    signTitle: 'BÍ THƯ',
    signer: 'Nguyễn Hữu Nghị',
    rows: [
      { kind: 'Tập thể', name: 'Chi bộ Thôn Bình Minh', achievements: 'Chi bộ trong sạch, vững mạnh; thôn đạt chuẩn khu dân cư kiểu mẫu' },
      { kind: 'Tập thể', name: 'Hội Nông dân xã An Bình', achievements: 'Xây dựng 4 mô hình sản xuất rau sạch, giúp 35 hộ tăng thu nhập' },
      { kind: 'Cá nhân', name: 'Nguyễn Văn Hòa', birthYear: 1970, gender: 'Nam', position: 'Bí thư Chi bộ Thôn Bình Minh', achievements: 'Vận động nhân dân làm 2 km đường bê tông' },
      { kind: 'Cá nhân', name: 'Lê Thị Ngọc Trâm', birthYear: 1986, gender: 'Nữ', position: 'Giáo viên Trường Tiểu học An Bình', achievements: 'Dạy lớp tình thương cho 25 trẻ em có hoàn cảnh khó khăn' },
      { kind: 'Cá nhân', name: 'Võ Công Danh', birthYear: 1978, gender: 'Nam', position: 'Chủ nhiệm Hợp tác xã Dịch vụ nông nghiệp An Bình', achievements: 'Bao tiêu sản phẩm cho 120 hộ nông dân' },
    ],
  },
  {
    fileName: 'dang-uy-xa-phuoc-hung-tcvn3.xlsx',
    unitCode: 'DBX09',
    encoding: 'tcvn3',
    superior: 'ĐẢNG BỘ HUYỆN AN PHÚ',
    issuer: 'ĐẢNG ỦY XÃ PHƯỚC HƯNG',
    issuerRows: ['ĐẢNG ỦY XÃ', 'PHƯỚC HƯNG'],
    place: 'Phước Hưng',
    date: d(21, 2, 2023),
    signFor: 'T/M ĐẢNG ỦY',
    signTitle: 'BÍ THƯ',
    signer: 'Lê Văn Đông',
    rows: [
      { kind: 'Tập thể', name: 'Trường Mầm non Phước Hưng', achievements: 'Trường đạt chuẩn quốc gia; 100% trẻ được ăn bán trú' },
      { kind: 'Tập thể', name: 'Chi bộ ấp Phước Lộc', achievements: 'Lãnh đạo ấp không còn hộ nghèo' },
      { kind: 'Cá nhân', name: 'Nguyễn Thị Lan', birthYear: 1983, gender: 'Nữ', position: 'Chủ tịch Hội Phụ nữ xã Phước Hưng', achievements: 'Vận động 300 hội viên tham gia bảo hiểm xã hội tự nguyện' },
      { kind: 'Cá nhân', name: 'Kha Văn Lợi', birthYear: 1969, gender: 'Nam', position: 'Trưởng ấp Phước Lộc', achievements: 'Vận động nhân dân hiến đất mở rộng đường liên ấp' },
    ],
  },
  {
    fileName: 'chi-bo-buu-dien-huyen-vni.xlsx',
    unitCode: 'CB10',
    encoding: 'vni',
    superior: 'ĐẢNG BỘ HUYỆN AN PHÚ',
    issuer: 'CHI BỘ BƯU ĐIỆN HUYỆN',
    unitColumns: { codeHeader: 'Mã ĐV', nameHeader: 'Đơn vị đề xuất', name: 'CB Bưu điện huyện' },
    place: 'An Phú',
    date: d(24, 2, 2023),
    signFor: 'T/M CHI BỘ',
    signTitle: 'BÍ THƯ',
    signer: 'Huỳnh Thị Mộng Thu',
    rows: [
      { kind: 'Tập thể', name: 'Tổ Khai thác bưu chính huyện', achievements: 'Chuyển phát 100% bưu gửi hành chính công đúng hạn' },
      { kind: 'Cá nhân', name: 'Lâm Thị Thu Thảo', birthYear: 1990, gender: 'Nữ', position: 'Nhân viên Điểm Bưu điện – Văn hóa xã Khánh An', achievements: 'Hướng dẫn 500 người dân dùng dịch vụ công trực tuyến' },
      { kind: 'Cá nhân', name: 'Huỳnh Minh Tuấn', birthYear: 1984, gender: 'Nam', position: 'Trưởng Bưu cục Trung tâm huyện', achievements: 'Sáng kiến phân tuyến phát, rút ngắn thời gian phát 1 ngày' },
    ],
  },
];

/**
 * Planted unit findings that go away when the unit files are read with the master: their registrations arrive
 * (on time: the dates of their signature lines), and their nurturing plans are in the master already.
 */
export const RESOLVED_BY_UNIT_FILES: { code: FindingCode; unitCode: string }[] = [
  { code: 'QUOTA_SHORT', unitCode: 'DBX01' },
  { code: 'QUOTA_SHORT', unitCode: 'DBX09' },
  { code: 'QUOTA_SHORT', unitCode: 'CB10' },
  { code: 'REGISTRATION_MISSING', unitCode: 'CB10' },
];
