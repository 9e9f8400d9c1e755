/**
 * The default profile is the guideline itself (Hướng dẫn of the Ban Tuyên giáo Huyện ủy implementing
 * Kế hoạch 39-KH/HU, 2021–2025). See ../shared/spec/rules.md.
 */
import { bodyTexts, DEFAULT_BODIES } from './body-texts';
import type { Profile } from './schema';

const BLOC_PARTY = 'Đảng';
const BLOC_GOVERNMENT = 'Chính quyền';
const BLOC_FRONT = 'Mặt trận – đoàn thể';

/** The guideline's own period and deadlines (R4, R12), which a district's profile may change. */
export const GUIDELINE_PERIOD = Object.freeze({ from: 2021, to: 2025 });
export const GUIDELINE_DEADLINES = Object.freeze({ plan: '2022-01-25', list: '2023-02-25' });

export function defaultProfile(): Profile {
  const texts = bodyTexts(DEFAULT_BODIES.superiorBody, DEFAULT_BODIES.issuingBody);
  return {
    district: '',
    superiorBody: DEFAULT_BODIES.superiorBody,
    issuingBody: DEFAULT_BODIES.issuingBody,
    place: '',
    period: { ...GUIDELINE_PERIOD },
    deadlines: { ...GUIDELINE_DEADLINES },
    deadlineDayIsOnTime: false,
    ceremonies: [
      { id: '2023', date: '2023-05-19', anniversary: 133, from: 2021, to: 2023, phases: [1] },
      { id: '2025', date: '2025-05-19', anniversary: 135, from: 2021, to: 2025, phases: [1, 2] },
    ],
    blocs: [BLOC_PARTY, BLOC_GOVERNMENT, BLOC_FRONT],
    // Order matters for recognition: the first type whose pattern starts a name wins.
    unitTypes: [
      // A unit named by its commune alone ("Xã Phú Hữu") or typed "Xã" is that commune's party committee (rules.md);
      // so is one written "Đảng bộ cơ sở xã …" (the guideline's "Riêng đảng bộ các xã, thị trấn" is specific).
      { name: 'Đảng bộ xã', bloc: BLOC_PARTY, quota: 2, patterns: ['Đảng bộ xã', 'Đảng ủy xã', 'Xã', 'Đảng bộ cơ sở xã', 'Đảng ủy cơ sở xã'] },
      {
        name: 'Đảng bộ thị trấn',
        bloc: BLOC_PARTY,
        quota: 2,
        patterns: ['Đảng bộ thị trấn', 'Đảng ủy thị trấn', 'Thị trấn', 'Đảng bộ cơ sở thị trấn', 'Đảng ủy cơ sở thị trấn'],
      },
      // A town's or a city's wards are its communes: their party committees select as the communes' do (a town's
      // guideline writes "đảng bộ các xã, phường, thị trấn"), never as a plain "Đảng bộ cơ sở".
      {
        name: 'Đảng bộ phường',
        bloc: BLOC_PARTY,
        quota: 2,
        patterns: ['Đảng bộ phường', 'Đảng ủy phường', 'Phường', 'Đảng bộ cơ sở phường', 'Đảng ủy cơ sở phường'],
      },
      { name: 'Chi bộ cơ sở', bloc: BLOC_PARTY, quota: 1, patterns: ['Chi bộ'] },
      { name: 'Đảng bộ cơ sở', bloc: BLOC_PARTY, quota: 1, patterns: ['Đảng bộ', 'Đảng ủy'] },
      {
        name: 'UBND huyện',
        bloc: BLOC_GOVERNMENT,
        quota: 1,
        patterns: ['Ủy ban nhân dân huyện', 'UBND huyện', 'Ủy ban nhân dân', 'UBND'],
      },
      {
        name: 'MTTQ huyện',
        bloc: BLOC_FRONT,
        quota: 1,
        patterns: ['Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc', 'UBMTTQ', 'Mặt trận Tổ quốc', 'MTTQ'],
      },
      {
        name: 'Đoàn thể huyện',
        bloc: BLOC_FRONT,
        quota: 1,
        patterns: [
          'Huyện đoàn',
          // A town's, a city's, an urban district's.
          'Thị đoàn',
          'Thành đoàn',
          'Quận đoàn',
          'Đoàn Thanh niên',
          'Đoàn TNCS',
          'Hội Liên hiệp Phụ nữ',
          'Hội LHPN',
          'Hội Phụ nữ',
          'Hội Nông dân',
          'Hội Cựu chiến binh',
          'Hội CCB',
          'Liên đoàn Lao động',
          'LĐLĐ',
        ],
      },
    ],
    unitAbbreviations: defaultUnitAbbreviations(),
    // The guideline's own words first, then how plans head them; the one-word headers ("Lãnh đạo", "Báo cáo") count
    // only as the whole header (fields.ts).
    nurtureContents: [
      {
        key: 'leadership',
        label: 'Trách nhiệm lãnh đạo',
        headers: [
          'Trách nhiệm lãnh đạo',
          'Xác định trách nhiệm lãnh đạo',
          'Xác định rõ trách nhiệm lãnh đạo',
          'Trách nhiệm của cấp ủy',
          'Trách nhiệm cấp ủy',
          'Sự lãnh đạo của cấp ủy',
          'Lãnh đạo của cấp ủy',
          'Lãnh đạo cấp ủy',
          'Lãnh đạo, chỉ đạo',
          'Lãnh đạo',
        ],
      },
      {
        key: 'assignment',
        label: 'Phân công phụ trách',
        headers: [
          'Phân công phụ trách',
          'Phân công tổ chức, cá nhân phụ trách',
          'Phân công cán bộ phụ trách',
          'Phân công theo dõi',
          'Phân công',
          'Người phụ trách',
          'Người phụ trách bồi dưỡng',
          'Tổ chức, cá nhân phụ trách',
          'Theo dõi, phát hiện nhân tố mới',
          'Theo dõi, phát hiện',
          'Phát hiện nhân tố mới',
        ],
      },
      {
        key: 'activities',
        label: 'Hoạt động bồi dưỡng',
        headers: [
          'Hoạt động bồi dưỡng',
          'Các hoạt động bồi dưỡng',
          'Bồi dưỡng điển hình',
          'Bồi dưỡng gương điển hình',
          'Nội dung bồi dưỡng',
          'Biện pháp bồi dưỡng',
          'Xây dựng, bồi dưỡng',
          'Bồi dưỡng',
        ],
      },
      {
        key: 'propaganda',
        label: 'Tuyên truyền, nhân rộng',
        headers: [
          'Tuyên truyền, nhân rộng',
          'Tuyên truyền nhân rộng',
          'Công tác tuyên truyền, nhân rộng',
          'Nhân rộng điển hình',
          'Tuyên truyền điển hình',
          'Tuyên truyền gương điển hình',
          'Tuyên truyền',
          'Nhân rộng',
        ],
      },
      {
        key: 'commendation',
        label: 'Biểu dương, khen thưởng',
        headers: [
          'Biểu dương, khen thưởng',
          'Biểu dương khen thưởng',
          'Công tác biểu dương, khen thưởng',
          'Biểu dương, tôn vinh',
          'Tôn vinh, khen thưởng',
          'Khen thưởng, biểu dương',
          'Khen thưởng',
          'Biểu dương',
          'Tôn vinh',
        ],
      },
      {
        key: 'reporting',
        label: 'Chế độ thông tin, báo cáo',
        headers: [
          'Chế độ thông tin, báo cáo',
          'Thông tin, báo cáo',
          'Chế độ thông tin báo cáo',
          'Chế độ báo cáo',
          'Báo cáo định kỳ',
          'Thông tin báo cáo',
          'Báo cáo',
        ],
      },
    ],
    // The ceremony list as the Board signs it (issue 17): the head signs in their own title, as the guideline was.
    ceremonyList: {
      signature: { authority: '', title: 'TRƯỞNG BAN', name: '' },
      recipients: texts.recipients,
      awards: { '2023': texts.award, '2025': texts.award },
      decisions: {
        '2023': { number: '', date: '', issuer: texts.issuer },
        '2025': { number: '', date: '', issuer: texts.issuer },
      },
    },
  };
}

// ——— Unit abbreviations (units area) ———

/** Abbreviations of unit names in everyday use. A district adds its own in the profile ("Viết tắt tên đơn vị"). */
export function defaultUnitAbbreviations(): Record<string, string | string[]> {
  return {
    'ĐU': 'Đảng ủy',
    'ĐB': 'Đảng bộ',
    'ĐBCS': 'Đảng bộ cơ sở',
    CB: 'Chi bộ',
    UB: 'Ủy ban',
    UBND: 'Ủy ban nhân dân',
    HĐND: 'Hội đồng nhân dân',
    UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
    MTTQ: 'Mặt trận Tổ quốc',
    'MTTQ VN': 'Mặt trận Tổ quốc Việt Nam',
    MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
    UBMTTQVN: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    HLHPN: 'Hội Liên hiệp Phụ nữ',
    LHPN: 'Liên hiệp Phụ nữ',
    'Hội ND': 'Hội Nông dân',
    HND: 'Hội Nông dân',
    CCB: 'Cựu chiến binh',
    HCCB: 'Hội Cựu chiến binh',
    'LĐLĐ': 'Liên đoàn Lao động',
    TNCS: 'Thanh niên Cộng sản',
    BCH: 'Ban Chấp hành',
    KBNN: 'Kho bạc Nhà nước',
    NHCSXH: 'Ngân hàng Chính sách xã hội',
    THCS: 'Trung học cơ sở',
    THPT: 'Trung học phổ thông',
    // "Trường TH An Bình" is a primary school; "Đài TT-TH" a radio and television station.
    TH: ['Tiểu học', 'Truyền hình'],
    MN: 'Mầm non',
    HTX: 'Hợp tác xã',
    'NHNo&PTNT': 'Ngân hàng Nông nghiệp và Phát triển nông thôn',
    Agribank: 'Ngân hàng Nông nghiệp và Phát triển nông thôn',
    PTNT: 'Phát triển nông thôn',
    // "TT": a township before a place name, a centre before what it does, radio in "Đài TT-TH"; the units list tells which.
    TT: ['thị trấn', 'trung tâm', 'truyền thanh'],
    TTYT: 'Trung tâm Y tế',
    TX: 'thị xã',
    TP: 'thành phố',
    VN: 'Việt Nam',
    HCM: 'Hồ Chí Minh',
    'ĐTN': 'Đoàn Thanh niên',
    CSXH: 'Chính sách xã hội',
    CHQS: 'Chỉ huy Quân sự',
    BCHQS: 'Ban Chỉ huy Quân sự',
    // Sheets and columns name the police and the army so ("CA huyện", "QS huyện"); a person's name is never expanded.
    CA: 'Công an',
    QS: 'Quân sự',
    'Đoàn TN': 'Đoàn Thanh niên',
    'Kho bạc NN': 'Kho bạc Nhà nước',
  };
}
