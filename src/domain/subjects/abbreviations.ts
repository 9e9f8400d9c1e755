/**
 * The editable table of organisation abbreviations and synonyms the matcher expands before comparing
 * collective names, workplaces and unit names (never people's names). Add a row here to teach it a new one.
 */

export interface Abbreviation {
  /** Spellings as staff write them; compared case-, tone-placement- and composition-insensitively. */
  short: string[];
  /** What they stand for. */
  full: string;
  /**
   * Where the short form means this: before a place name ("TT Phú Hòa"), before a service word ("TT Y tế"), inside
   * a school's name ("Trường TH An Bình"), before a number ("số 12"), or as a collective's name's first word ("CB ấp Phú
   * Lợi"; a position's "CB Phòng Tư pháp" and "Tập thể CB, GV" mean "cán bộ"), or as a position's first word ("PCT
   * Hội CCB xã"), or written in capitals before a level of government ("CA xã", not the word "ca" of "Đội ca múa").
   */
  only?: 'beforePlace' | 'beforeService' | 'inSchool' | 'beforeNumber' | 'nameStart' | 'postStart' | 'beforeLevel';
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: ['UBND'], full: 'Ủy ban nhân dân' },
  { short: ['HĐND', 'HDND'], full: 'Hội đồng nhân dân' },
  { short: ['UBMTTQ', 'UBMTTQVN'], full: 'Mặt trận Tổ quốc' },
  { short: ['MTTQ', 'MTTQVN'], full: 'Mặt trận Tổ quốc' },
  { short: ['Ủy ban Mặt trận Tổ quốc'], full: 'Mặt trận Tổ quốc' },
  { short: ['Mặt trận Tổ quốc Việt Nam'], full: 'Mặt trận Tổ quốc' },
  { short: ['HLHPN'], full: 'Hội Liên hiệp Phụ nữ' },
  { short: ['LHPN'], full: 'Liên hiệp Phụ nữ' },
  { short: ['PN'], full: 'Phụ nữ' },
  // "Hội Phụ nữ" is how most people say "Hội Liên hiệp Phụ nữ".
  { short: ['Hội Phụ nữ'], full: 'Hội Liên hiệp Phụ nữ' },
  { short: ['HND', 'Hội ND'], full: 'Hội Nông dân' },
  { short: ['HCCB'], full: 'Hội Cựu chiến binh' },
  { short: ['CCB'], full: 'Cựu chiến binh' },
  { short: ['ĐTN', 'DTN', 'Đoàn TN'], full: 'Đoàn Thanh niên' },
  { short: ['TNCS'], full: 'Thanh niên Cộng sản' },
  { short: ['HCM'], full: 'Hồ Chí Minh' },
  { short: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh'], full: 'Đoàn Thanh niên' },
  // A commune's or a district's Youth Union as staff say it ("Đoàn xã", "Xã đoàn", "Huyện đoàn"), and its
  // executive committee named for it ("BCH Đoàn xã An Bình" proposed as a collective).
  { short: ['Đoàn xã', 'Xã đoàn'], full: 'Đoàn Thanh niên xã' },
  { short: ['Đoàn phường', 'Phường đoàn'], full: 'Đoàn Thanh niên phường' },
  { short: ['Đoàn thị trấn'], full: 'Đoàn Thanh niên thị trấn' },
  { short: ['Đoàn huyện', 'Huyện đoàn'], full: 'Đoàn Thanh niên huyện' },
  { short: ['Ban Chấp hành Đoàn'], full: 'Đoàn', only: 'nameStart' },
  { short: ['HCTĐ', 'HCTD'], full: 'Hội Chữ thập đỏ' },
  { short: ['CTĐ', 'CTD'], full: 'Chữ thập đỏ' },
  { short: ['CA'], full: 'Công an', only: 'beforeLevel' },
  { short: ['LĐLĐ', 'LDLD'], full: 'Liên đoàn Lao động' },
  // "NN" alone is also "Nhà nước" ("Kho bạc NN"): after "HTX" it is farming.
  { short: ['HTX NN', 'HTXNN', 'Hợp tác xã NN'], full: 'Hợp tác xã Nông nghiệp' },
  { short: ['HTX'], full: 'Hợp tác xã' },
  { short: ['CLB'], full: 'Câu lạc bộ' },
  { short: ['TDP'], full: 'Tổ dân phố' },
  { short: ['KP'], full: 'Khu phố' },
  { short: ['CTMT'], full: 'Công tác Mặt trận' },
  { short: ['BCTMT'], full: 'Ban Công tác Mặt trận' },
  { short: ['CHQS'], full: 'Chỉ huy Quân sự' },
  { short: ['BCHQS', 'BCH Quân sự', 'BCH QS'], full: 'Ban Chỉ huy Quân sự' },
  { short: ['KDC'], full: 'Khu dân cư' },
  { short: ['NVH'], full: 'Nhà văn hóa' },
  { short: ['TTYT'], full: 'Trung tâm Y tế' },
  { short: ['TYT'], full: 'Trạm Y tế' },
  { short: ['BV'], full: 'Bệnh viện' },
  { short: ['BQL'], full: 'Ban quản lý' },
  { short: ['NHCSXH'], full: 'Ngân hàng Chính sách xã hội' },
  { short: ['Cty', 'CTy'], full: 'Công ty' },
  { short: ['DNTN'], full: 'Doanh nghiệp tư nhân' },
  { short: ['BCH'], full: 'Ban Chấp hành' },
  { short: ['CB'], full: 'Chi bộ', only: 'nameStart' },
  // A post's initials opening a position.
  { short: ['PCT'], full: 'Phó Chủ tịch', only: 'postStart' },
  { short: ['CT'], full: 'Chủ tịch', only: 'postStart' },
  { short: ['PBT'], full: 'Phó Bí thư', only: 'postStart' },
  { short: ['BT'], full: 'Bí thư', only: 'postStart' },
  { short: ['PHT'], full: 'Phó Hiệu trưởng', only: 'postStart' },
  { short: ['HT'], full: 'Hiệu trưởng', only: 'postStart' },
  { short: ['PGĐ'], full: 'Phó Giám đốc', only: 'postStart' },
  { short: ['GĐ'], full: 'Giám đốc', only: 'postStart' },
  { short: ['DVNN'], full: 'Dịch vụ nông nghiệp' },
  { short: ['DV'], full: 'Dịch vụ' },
  { short: ['VN'], full: 'Việt Nam' },
  // "Đảng ủy" (the committee) names the same body as "Đảng bộ" in an exemplar list.
  { short: ['Đảng ủy'], full: 'Đảng bộ' },
  { short: ['THCS'], full: 'Trung học cơ sở' },
  { short: ['THPT'], full: 'Trung học phổ thông' },
  { short: ['TH'], full: 'Tiểu học', only: 'inSchool' },
  { short: ['MN'], full: 'Mầm non', only: 'inSchool' },
  { short: ['TT'], full: 'Thị trấn', only: 'beforePlace' },
  { short: ['TT'], full: 'Trung tâm', only: 'beforeService' },
  { short: ['TP'], full: 'Thành phố', only: 'beforePlace' },
  { short: ['TX'], full: 'Thị xã', only: 'beforePlace' },
  { short: ['P'], full: 'Phường', only: 'beforePlace' },
  { short: ['X'], full: 'Xã', only: 'beforePlace' },
  // "Tổ dân phố số 12" is "Tổ dân phố 12".
  { short: ['số'], full: '', only: 'beforeNumber' },
];

/** First words of what a "Trung tâm" does: after "TT" they mean a centre, not a township ("TT Y tế"). */
export const SERVICE_WORDS: readonly string[] = [
  'Y', 'Văn', 'Giáo', 'Chính', 'Bồi', 'Dạy', 'Dịch', 'Phát', 'Hành', 'Thể', 'Thương', 'Kỹ', 'Khuyến', 'Truyền',
  'Học', 'Hướng', 'Giới', 'Nuôi', 'Bảo', 'Quản', 'Công', 'Chăm', 'GDNN', 'GDTX', 'VH', 'TDTT',
];

/** Words after which "II", "IV" are numbers ("Thôn II", "Đội IV"), even in a text typed in capitals. */
export const NUMBERED_WORDS: readonly string[] = [
  'thôn', 'xóm', 'ấp', 'bản', 'tổ', 'đội', 'khu', 'khối', 'lớp', 'cụm', 'khóa', 'số', 'phân đội', 'trung đội',
  'tiểu đội', 'đại đội', 'chi đội', 'liên đội', 'phố', 'buôn', 'làng',
];
