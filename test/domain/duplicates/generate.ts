/**
 * A synthetic district for volume tests: realistic name frequencies (Nguyễn, Trần, "Văn"/"Thị", common given
 * names), many communes each with its "Chi bộ Thôn 1…12", and a share of rows proposed again by another unit with
 * a variant spelling. Deterministic (seeded), so a failure can be reproduced.
 */
import type { Registration, UnitRecord } from '../../../src/domain/records';

const COMMUNES = [
  'An Bình', 'Tân Lập', 'Phú Hòa', 'Xuân Lộc', 'Thanh Xuân', 'Bình Minh', 'Hòa Bình', 'Tân Tiến', 'Quang Trung',
  'Hưng Đạo', 'Đông Hưng', 'Tây Sơn', 'Nam Hải', 'Bắc Sơn', 'Phú Lộc', 'Vĩnh Phúc', 'Thái Hòa', 'Minh Khai',
  'Hợp Thành', 'Kim Sơn', 'Yên Lạc', 'Tân Phú', 'Phước Long', 'Long Hưng', 'An Thạnh', 'Đại Đồng', 'Hồng Phong',
  'Mỹ Lộc', 'Quỳnh Lâm', 'Lý Nhân',
];
const SURNAMES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 3], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.6], ['Trịnh', 0.5], ['Mai', 0.4], ['Cao', 0.4], ['Lương', 0.3], ['Tạ', 0.2], ['Khúc', 0.1],
];
const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Minh', 'Đức', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Trọng'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Kim', 'Hồng', 'Thanh', 'Minh', 'Mỹ'];
const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Minh', 'Thắng', 'Long', 'Hưng', 'Cường', 'Thành', 'Sơn', 'Bình', 'Hiếu',
  'Huy', 'Tùng', 'Trung', 'Quang', 'Đức', 'Duy', 'Phúc', 'Lộc', 'Tài', 'Khánh', 'Vinh', 'Toàn', 'Thịnh', 'Kiên',
  'Quý', 'Hòa', 'Hiệp', 'Chiến',
];
const FEMALE_GIVEN = [
  'Lan', 'Hoa', 'Hương', 'Hà', 'Linh', 'Thảo', 'Trang', 'Hằng', 'Phương', 'Thủy', 'Mai', 'Nga', 'Hạnh', 'Nhung',
  'Tâm', 'Vân', 'Yến', 'Hiền', 'Loan', 'Thu', 'Huyền', 'Dung', 'Liên', 'Oanh', 'Quyên', 'My', 'Thúy', 'Ngân',
];
const POSITIONS = [
  (c: string, n: number) => `Bí thư Chi bộ Thôn ${n} xã ${c}`,
  (c: string, n: number) => `Trưởng thôn ${n}, xã ${c}`,
  (c: string) => `Giáo viên Trường THCS ${c}`,
  (c: string) => `Chủ tịch Hội Nông dân xã ${c}`,
  () => 'Nông dân',
  () => 'Giáo viên',
  () => '',
  () => '',
];
const COLLECTIVES = [
  (_c: string, n: number) => `Chi bộ Thôn ${n}`,
  (c: string) => `Hội Nông dân xã ${c}`,
  (c: string) => `Hội Phụ nữ xã ${c}`,
  (c: string) => `Trường THCS ${c}`,
  (c: string, n: number) => `Chi hội Cựu chiến binh thôn ${n} xã ${c}`,
  (c: string) => `Đoàn Thanh niên xã ${c}`,
];

export interface District {
  units: UnitRecord[];
  registrations: Registration[];
  /** Row positions [original, variant] of the rows proposed twice on purpose. */
  planted: [number, number][];
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Variants staff produce when the same exemplar is typed again. */
const VARIANTS = [
  (n: string) => n.normalize('NFD'),
  (n: string) => n.replace('Thủy', 'Thuỷ').replace('Hòa', 'Hoà').replace('Quý', 'Quí'),
  (n: string) => `Đ/c ${n}`,
  (n: string) => n,
];

export function generateDistrict(rows: number, seed = 1): District {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const totalWeight = SURNAMES.reduce((s, [, w]) => s + w, 0);
  const surname = () => {
    let x = rand() * totalWeight;
    for (const [name, w] of SURNAMES) if ((x -= w) < 0) return name;
    return 'Nguyễn';
  };
  const source = { file: 'don-vi.xlsx', sheet: 'Đơn vị', row: 1 };
  const units: UnitRecord[] = COMMUNES.map((c, i) => ({ id: `X${i}`, name: `Đảng bộ xã ${c}`, bloc: 'Đảng', typeSource: 'name', source }));
  const district: UnitRecord[] = [
    { id: 'UB', name: 'Ủy ban nhân dân huyện', bloc: 'Chính quyền', typeSource: 'name', source },
    { id: 'PN', name: 'Hội Liên hiệp Phụ nữ huyện', bloc: 'Mặt trận – đoàn thể', typeSource: 'name', source },
    { id: 'ND', name: 'Hội Nông dân huyện', bloc: 'Mặt trận – đoàn thể', typeSource: 'name', source },
  ];
  units.push(...district);

  const registrations: Registration[] = [];
  const planted: [number, number][] = [];
  const push = (r: Omit<Registration, 'source' | 'household' | 'phase'>) => {
    registrations.push({ source: { file: 'tong-hop.xlsx', sheet: 'Đăng ký', row: registrations.length + 5 }, household: false, phase: 1, ...r });
    return registrations.length - 1;
  };
  while (registrations.length < rows) {
    const ci = Math.floor(rand() * COMMUNES.length);
    const commune = COMMUNES[ci] as string;
    const n = 1 + Math.floor(rand() * 12);
    if (rand() < 0.15) {
      push({ name: pick(COLLECTIVES)(commune, n), kind: 'collective', unitId: `X${ci}` });
      continue;
    }
    const female = rand() < 0.5;
    const name = `${surname()} ${pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
    const position = pick(POSITIONS)(commune, n);
    const birthYear = 1950 + Math.floor(rand() * 53);
    const gender = female ? 'female' : 'male';
    const i = push({ name, kind: 'individual', birthYear, gender, unitId: `X${ci}`, ...(position ? { position } : {}) });
    if (rand() < 0.03 && registrations.length < rows) {
      const by = pick(district);
      const j = push({
        name: pick(VARIANTS)(name),
        kind: 'individual',
        birthYear,
        gender,
        unitId: by.id,
        position: `${position || 'Hội viên'} xã ${commune}`,
      });
      planted.push([i, j]);
    }
  }
  return { units, registrations, planted };
}
