/**
 * A list of another district sent by mistake ("ĐẢNG BỘ HUYỆN CHÂU PHÚ" heading it when the check is An Phú's): its
 * rows would count for this district's units of the same names and go on its ceremony list. It is left unread and
 * said so: when the profile names the district, or when some list is the inferred district's (a district inferred
 * from the lists themselves never makes every list another's).
 */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { asciiKey } from '../text';
import { levelOfCommittee } from '../profile';
import { levelledDistrictInTitle, titleCase } from '../units/district';
import type { RecognizedTable } from './recognize';

interface Found {
  file: string;
  table: RecognizedTable;
}

/**
 * A letterhead line of a district's body: "ĐẢNG BỘ HUYỆN CHÂU PHÚ", "HUYỆN ỦY CHÂU PHÚ", "UBND HUYỆN CHÂU PHÚ", "HỘI
 * NÔNG DÂN HUYỆN CHÂU PHÚ", a town's or a city's ("ĐẢNG BỘ THỊ XÃ DĨ AN", "THÀNH ĐOÀN VĨNH LONG"), the district's name
 * closing it. A title ("DANH SÁCH … CẤP HUYỆN VÀ CẤP TỈNH", "… ĐỀ NGHỊ
 * HUYỆN ỦY TUYÊN DƯƠNG") names no district.
 */
const LETTERHEAD =
  /^(?:(?:dang bo|dang uy|ban chap hanh dang bo|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|uy ban mat tran to quoc viet nam|uy ban mttq viet nam|ubmttq|mttq|lien doan lao dong|ldld|cong an|ban chi huy quan su|(?:bch )?hoi [a-z ]{2,40}?|(?:bch |ban chap hanh )?doan|ban [a-z ]{2,40}?) )?(?:(?:huyen|thi xa|thanh pho|quan)(?: uy| doan)?|(?:thi|thanh) (?:uy|doan)) ([a-z]+(?: [a-z]+){0,2})$/;

/** A district's name as compared: without marks, "y" as "i" ("Kỳ Anh" = "Kì Anh"), without "huyện", "thị xã" or its province. */
function districtKey(name: string): string {
  return asciiKey(name)
    .replace(/^(?:h|huyen|thi xa|tx|thanh pho|tp|quan) /, '')
    .replace(/ tinh .*$/, '')
    .replace(/y/g, 'i');
}

/**
 * The districts a registration table's letterhead names, top to bottom, as written ("CHÂU PHÚ"), with their levels:
 * a city over its huyện ("THÀNH ĐOÀN HÀ NỘI" over "BCH ĐOÀN HUYỆN SÓC SƠN") names both.
 */
function districtsOf(table: RecognizedTable): { name: string; level: string }[] {
  const out: { name: string; level: string }[] = [];
  for (const t of table.titleTexts) {
    const k = asciiKey(t);
    const d = LETTERHEAD.exec(k)?.[1];
    if (!d) continue;
    const committee = levelledDistrictInTitle(t)?.committee;
    out.push({ name: t.trim().split(/\s+/).slice(-d.split(' ').length).join(' '), level: committee ? levelOfCommittee(committee) : 'huyện' });
  }
  return out;
}

/**
 * `stated`: the profile names the district (else it was inferred, and a list of another is only one among this
 * one's); `level`: the district's own level ("huyện", "thị xã"), for the message.
 */
export function withoutOtherDistricts<F extends Found>(found: F[], district: string, stated: boolean, level = 'huyện'): { kept: F[]; findings: Finding[] } {
  if (!district.trim()) return { kept: found, findings: [] };
  const own = districtKey(district);
  const other = (f: F) => {
    if (f.table.header.kind !== 'registrations') return undefined;
    const named = districtsOf(f.table);
    // Another district's when no line of its letterhead names this one; the lowest line is the sender's own.
    const d = named[named.length - 1];
    return d !== undefined && !named.some((x) => districtKey(x.name) === own) ? `${d.level} ${titleCase(d.name)}` : undefined;
  };
  const others = found.filter((f) => other(f) !== undefined);
  const lists = found.filter((f) => f.table.header.kind === 'registrations');
  if (!others.length || (!stated && others.length === lists.length)) return { kept: found, findings: [] };
  const findings = others.map((f) =>
    finding('SHEET_SKIPPED', { file: f.file, sheet: f.table.view.name }, msg.otherDistrictList(f.file, f.table.view.name, other(f) ?? '', `${level} ${district}`)),
  );
  return { kept: found.filter((f) => !others.includes(f)), findings };
}
