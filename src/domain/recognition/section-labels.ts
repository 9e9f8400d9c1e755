/**
 * Headings a list writes between its rows that name no exemplar (the kinds aside: rows.ts): the parts of the people it lists ("1. Cán bộ, công chức, đảng viên", "Khối nhân dân",
 * "Học sinh, sinh viên"), its fields ("Lĩnh vực kinh tế", "Trong phong trào thi đua …"), and its reserve
 * ("DỰ PHÒNG", "* Dự phòng:", "ĐỀ NGHỊ KHÔNG XÉT (đã chuyển công tác)").
 */
import { asciiKey } from '../text';

/** What a heading names as a group of people: each alone is no name, and a name is never made of them alone. */
const PEOPLE = [
  'can bo',
  'cong chuc',
  'vien chuc',
  'dang vien',
  'doan vien',
  'hoi vien',
  'hoi vien phu nu',
  'nhan dan',
  'hoc sinh',
  'sinh vien',
  'cong nhan',
  'nguoi lao dong',
  'lao dong',
  'nong dan',
  'chien si',
  'si quan',
  'giao vien',
  'nha giao',
  'thanh nien',
  'phu nu',
  'cuu chien binh',
  'nguoi cao tuoi',
  'thieu nhi',
  'doanh nhan',
  'doanh nghiep',
  'ho kinh doanh',
  'tieu thuong',
  'luc luong vu trang',
  'quan chung',
  'tang lop nhan dan',
  'cac tang lop nhan dan',
  'y bac si',
  'nhan vien',
  'nguoi dan',
  'ton giao',
  'dong bao',
].sort((a, b) => b.length - a.length);

const LINKS = new Set(['va', 'cac']);
/** Words that lead a heading of people: "Khối cán bộ", "Nhóm đoàn viên", "Đối tượng nhân dân", "Cán bộ là …". */
const LEAD = /^(?:khoi|nhom|doi tuong|thanh phan|cac) /;

/** A heading of a part of a list that names no exemplar: its people's, a field's, or its reserve. */
export function isSectionHeading(text: string): boolean {
  return isPeopleHeading(text) || isFieldHeading(text) || isReserveHeading(text);
}

/** The heading of a part of the people a list names ("Cán bộ, công chức, đảng viên", "Khối nhân dân"). */
export function isPeopleHeading(text: string): boolean {
  let k = asciiKey(text).replace(LEAD, '');
  let parts = 0;
  while (k) {
    const word = k.split(' ', 1)[0] as string;
    if (LINKS.has(word)) {
      k = k.slice(word.length).trimStart();
      continue;
    }
    const phrase = PEOPLE.find((p) => k === p || k.startsWith(`${p} `));
    if (!phrase) return false;
    parts++;
    k = k.slice(phrase.length).trimStart();
  }
  return parts > 0;
}

/** A heading of a field or a movement: "Lĩnh vực kinh tế", "Trong phong trào thi đua yêu nước", "Trên lĩnh vực …". */
export function isFieldHeading(text: string): boolean {
  return /^(?:linh vuc|tren linh vuc|trong linh vuc|trong phong trao|phong trao) \S/.test(asciiKey(text)) && !/\d{4}/.test(text);
}

/** The list's reserve, or the rows it no longer proposes: "DỰ PHÒNG", "* Dự phòng:", "ĐỀ NGHỊ KHÔNG XÉT (…)". */
export function isReserveHeading(text: string): boolean {
  // A heading, not a note: no bracket before it, a few words ("Dự phòng: 01 cá nhân" is one, a sentence is not).
  const k = asciiKey(text);
  return !/^\s*\(/.test(text) && k.split(' ').length <= 8 && /^(?:danh sach )?(?:du phong|de nghi khong xet|khong xet|khong de nghi|rut khoi danh sach)(?: |$)/.test(k);
}
