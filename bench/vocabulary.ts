/** Vietnamese words the bench generator draws from: people, places, positions and achievements as staff write them. */

export const SURNAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Trịnh', 'Mai', 'Cao', 'Đoàn', 'Lâm', 'Tạ', 'Hà', 'Chu',
  'Kiều', 'Quách', 'Thái', 'La', 'Tô', 'Triệu', 'Lưu', 'Vương', 'Từ', 'Nông',
] as const;

export const MIDDLE_MALE = [
  'Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Xuân', 'Đình', 'Ngọc', 'Anh', 'Trọng', 'Bá',
  'Tiến', 'Mạnh', 'Duy', 'Thế', 'Quốc',
] as const;

export const MIDDLE_FEMALE = [
  'Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Hồng', 'Minh', 'Phương', 'Thùy', 'Mai', 'Bích', 'Diệu',
] as const;

export const GIVEN_MALE = [
  'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Sơn', 'Thắng', 'Cường', 'Hoàng', 'Phong', 'Bình', 'Trung', 'Khoa',
  'Quân', 'Vinh', 'Hiếu', 'Tâm', 'Lâm', 'Đạt', 'Toàn', 'Hưng', 'Phúc', 'Thịnh', 'Lợi', 'Tài', 'Nghĩa', 'Hòa',
  'Khánh', 'Kiên', 'Tùng', 'Thành', 'Hậu', 'Lộc', 'Thuận', 'Quý', 'Định', 'Tú', 'Vũ', 'Hiệp',
] as const;

export const GIVEN_FEMALE = [
  'Lan', 'Hoa', 'Hương', 'Mai', 'Linh', 'Thủy', 'Hằng', 'Nga', 'Yến', 'Trang', 'Hạnh', 'Loan', 'Nhung', 'Phượng',
  'Thảo', 'Vân', 'Hà', 'Hiền', 'Dung', 'Oanh', 'Tuyết', 'Liên', 'Ngân', 'Huyền', 'Thu', 'Nhàn', 'Xuân', 'Diệp',
  'Quyên', 'Ánh', 'Ngọc', 'Thơ', 'Lý', 'Trinh', 'Hồng', 'Giang', 'Châu', 'Duyên', 'Thanh', 'Uyên',
] as const;

/** Syllables that make commune and district names ("An Bình", "Tân Lập"): pairs give thousands of distinct places. */
export const PLACE_SYLLABLES = [
  'An', 'Bình', 'Tân', 'Phú', 'Hòa', 'Thạnh', 'Long', 'Phước', 'Hưng', 'Thành', 'Lợi', 'Đông', 'Tây', 'Nam', 'Bắc',
  'Trung', 'Mỹ', 'Xuân', 'Hiệp', 'Thuận', 'Đức', 'Quang', 'Vĩnh', 'Cát', 'Hải', 'Sơn', 'Lâm', 'Minh', 'Hồng', 'Thanh',
  'Kim', 'Ngọc', 'Phong', 'Lộc', 'Thọ', 'Khánh', 'Định', 'Hậu', 'Lạc', 'Yên', 'Tiến', 'Hợp', 'Nghĩa', 'Thắng', 'Quý',
  'Điền', 'Tường', 'Giang', 'Hà', 'Châu', 'Lập', 'Tín', 'Hảo', 'Triều', 'Dương', 'Phụng', 'Liên', 'Trạch', 'Cường',
  'Vinh',
] as const;

export const VILLAGE_WORDS = ['Thôn', 'Thôn', 'Thôn', 'Ấp', 'Bản', 'Xóm'] as const;
export const TOWN_WORDS = ['Khu phố', 'Tổ dân phố'] as const;

/** Party cells (chi bộ cơ sở) of district bodies; the district name follows. */
export const DISTRICT_CELLS = [
  'Kho bạc Nhà nước huyện',
  'Chi cục Thuế huyện',
  'Ngân hàng Chính sách xã hội huyện',
  'Trung tâm Y tế huyện',
  'Viện Kiểm sát nhân dân huyện',
  'Tòa án nhân dân huyện',
  'Chi cục Thi hành án dân sự huyện',
  'Trung tâm Văn hóa – Thể thao huyện',
  'Bảo hiểm xã hội huyện',
  'Trường THPT',
] as const;

/** Party cells of schools in a commune; the commune name follows. */
export const SCHOOL_CELLS = ['Trường THCS', 'Trường Tiểu học', 'Trường Mầm non'] as const;

/** Grassroots party committees (đảng bộ cơ sở) of the district; "huyện X" follows. */
export const DISTRICT_COMMITTEES = ['Đảng bộ Công an huyện', 'Đảng bộ Quân sự huyện', 'Đảng bộ Cơ quan chính quyền huyện'] as const;

/** The district's mass organisations (đoàn thể huyện); the district name follows. */
export const MASS_ORGANISATIONS = [
  'Hội Liên hiệp Phụ nữ huyện',
  'Hội Nông dân huyện',
  'Hội Cựu chiến binh huyện',
  'Liên đoàn Lao động huyện',
  'Huyện đoàn',
] as const;

export const COMMUNE_POSITIONS = [
  'Bí thư Chi bộ {village}',
  'Trưởng {village}',
  'Chi hội trưởng Chi hội Phụ nữ {village}',
  'Chi hội trưởng Chi hội Nông dân {village}',
  'Nông dân {village}',
  'Đảng viên Chi bộ {village}',
  'Công chức Văn hóa – Xã hội {place}',
  'Chủ tịch Hội Nông dân {place}',
  'Bí thư Đoàn {place}',
  'Trưởng Công an {place}',
  'Y sĩ Trạm Y tế {place}',
] as const;

export const SCHOOL_POSITIONS = [
  'Giáo viên {place}',
  'Giáo viên {place}',
  'Hiệu trưởng {place}',
  'Phó Hiệu trưởng {place}',
  'Tổ trưởng chuyên môn, {place}',
  'Nhân viên {place}',
] as const;

export const OFFICE_POSITIONS = [
  'Nhân viên {place}',
  'Cán bộ {place}',
  'Phó Trưởng phòng, {place}',
  'Chuyên viên {place}',
  'Kế toán {place}',
] as const;

export const COMMUNE_COLLECTIVES = [
  'Chi bộ {village}',
  'Chi hội Nông dân {village}',
  'Chi hội Phụ nữ {village}',
  'Chi hội Cựu chiến binh {village}',
  'Tổ hòa giải {village}',
  'Ban công tác Mặt trận {village}',
  'Hợp tác xã nông nghiệp {name}',
  'Trường Tiểu học {name}',
  'Trạm Y tế {place}',
  'Đoàn Thanh niên {place}',
  'Ban Chỉ huy Quân sự {place}',
] as const;

export const SCHOOL_COLLECTIVES = [
  'Tổ chuyên môn Toán – Tin',
  'Tổ chuyên môn Ngữ văn',
  'Tổ chuyên môn Khoa học tự nhiên',
  'Tổ Văn phòng',
  'Chi đoàn Giáo viên',
  'Công đoàn {place}',
] as const;

export const OFFICE_COLLECTIVES = [
  'Tổ Văn phòng',
  'Phòng Văn hóa và Thông tin huyện {district}',
  'Phòng Giáo dục và Đào tạo huyện {district}',
  'Phòng Tài nguyên và Môi trường huyện {district}',
  'Đội Cảnh sát giao thông – Trật tự',
  'Chi đoàn Thanh niên',
  'Công đoàn cơ sở',
  'Ban Chỉ huy Quân sự {place}',
] as const;

export const FIELDS = [
  'Xây dựng Đảng',
  'Kinh tế',
  'Văn hóa – xã hội',
  'Giáo dục',
  'Y tế',
  'Quốc phòng – an ninh',
  'Dân vận',
  'Nông nghiệp',
  'Môi trường',
  'Cải cách hành chính',
] as const;

export const ACHIEVEMENTS = [
  'Vận động nhân dân hiến {n} m² đất làm đường giao thông nông thôn',
  'Xây dựng mô hình tiết kiệm giúp {n} hội viên thoát nghèo',
  'Dẫn đầu phong trào thi đua yêu nước {k} năm liền',
  'Đổi mới phương pháp dạy học, có {n} học sinh giỏi cấp tỉnh',
  'Phát triển kinh tế vườn, tạo việc làm cho {n} lao động địa phương',
  'Hoàn thành xuất sắc nhiệm vụ {k} năm liền',
  'Tuyên truyền sâu rộng việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Hòa giải thành {n} vụ việc ở cơ sở',
  'Vận động quyên góp xây {k} nhà tình nghĩa',
  'Chi bộ trong sạch, vững mạnh tiêu biểu {k} năm liền',
  'Giữ gìn an ninh trật tự, phát hiện {k} vụ vi phạm',
  'Mô hình "Dân vận khéo" được nhân rộng ra {k} thôn',
  'Cải cách thủ tục hành chính, giải quyết đúng hạn {n} hồ sơ',
  'Hiến máu tình nguyện {k} lần',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// The duplicate bench's people (duplicates-data.ts): posts and workplaces apart, as the columns "Chức vụ" and
// "Đơn vị công tác" hold them. The same person's post changes from one unit's file to another's.

/** Workplaces in a commune; `{place}` is "xã An Bình", `{name}` "An Bình", `{village}` "Thôn 3". */
export const COMMUNE_WORKPLACES = [
  '{village}, {place}',
  '{village}, {place}',
  '{village} {place}',
  'UBND {place}',
  'Hội Nông dân {place}',
  'Hội Liên hiệp Phụ nữ {place}',
  'Hội Cựu chiến binh {place}',
  'Đoàn Thanh niên {place}',
  'Trạm Y tế {place}',
  'Công an {place}',
  'Hợp tác xã nông nghiệp {name}',
  'Trường Tiểu học {name}',
] as const;

/** Posts held in a commune's villages and bodies. */
export const COMMUNE_ROLES = [
  'Trưởng thôn', 'Bí thư Chi bộ', 'Chi hội trưởng Chi hội Phụ nữ', 'Chi hội trưởng Chi hội Nông dân', 'Nông dân',
  'Đảng viên', 'Hội viên', 'Tổ trưởng Tổ hòa giải', 'Công chức', 'Cán bộ', 'Phó Chủ tịch', 'Chủ tịch', 'Y sĩ',
  'Giáo viên', 'Đoàn viên', 'Trưởng ban', 'Công an viên',
] as const;

/** Workplaces of a district's offices; the district name follows. */
export const OFFICE_WORKPLACES = [
  'Phòng Nội vụ huyện', 'Phòng Tài chính – Kế hoạch huyện', 'Phòng Tư pháp huyện', 'Văn phòng HĐND và UBND huyện',
  'Phòng Kinh tế huyện', 'Phòng Văn hóa và Thông tin huyện', 'Phòng Lao động – Thương binh và Xã hội huyện',
  'Phòng Tài nguyên và Môi trường huyện', 'Phòng Giáo dục và Đào tạo huyện', 'Thanh tra huyện',
] as const;

export const OFFICE_ROLES = ['Chuyên viên', 'Kế toán', 'Phó Trưởng phòng', 'Trưởng phòng', 'Cán bộ', 'Nhân viên', 'Văn thư'] as const;

export const SCHOOL_ROLES = ['Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổ trưởng chuyên môn', 'Nhân viên', 'Tổng phụ trách Đội'] as const;

/** Spellings staff swap when they write a workplace again: [written, rewritten], either way round. */
export const WORKPLACE_REWRITES: readonly [string, string][] = [
  ['UBND', 'Ủy ban nhân dân'],
  ['Hội Nông dân', 'HND'],
  ['Hội Liên hiệp Phụ nữ', 'Hội LHPN'],
  ['Hội Cựu chiến binh', 'Hội CCB'],
  ['Đoàn Thanh niên', 'ĐTN'],
  ['Trường Tiểu học', 'Trường TH'],
  ['Hợp tác xã', 'HTX'],
  ['Trạm Y tế', 'Trạm y tế'],
];
