/**
 * A list of another district sent by mistake ("ĐẢNG BỘ HUYỆN CHÂU PHÚ" heading it when the check is An Phú's): its
 * rows would count for this district's units of the same names and go on its ceremony list. It is left unread and
 * said so: when the profile names the district, or when some list is the inferred district's (a district inferred
 * from the lists themselves never makes every list another's).
 */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { toneKey } from '../text';
import { districtInTitle } from '../units/district';
import type { RecognizedTable } from './recognize';

interface Found {
  file: string;
  table: RecognizedTable;
}

/** The district a registration table's title block names, when it names one. */
function districtOf(table: RecognizedTable): string | undefined {
  for (const t of table.titleTexts) {
    const d = districtInTitle(t);
    if (d) return d;
  }
  return undefined;
}

/** `stated`: the profile names the district (else it was inferred, and a list of another is only one among this one's). */
export function withoutOtherDistricts<F extends Found>(found: F[], district: string, stated: boolean): { kept: F[]; findings: Finding[] } {
  if (!district.trim()) return { kept: found, findings: [] };
  // "huyện An Phú" typed for "An Phú".
  const own = toneKey(district).replace(/^huyên5 /, '');
  const other = (f: F) => {
    if (f.table.header.kind !== 'registrations') return undefined;
    const d = districtOf(f.table);
    return d !== undefined && toneKey(d) !== own ? d : undefined;
  };
  const others = found.filter((f) => other(f) !== undefined);
  const lists = found.filter((f) => f.table.header.kind === 'registrations');
  if (!others.length || (!stated && others.length === lists.length)) return { kept: found, findings: [] };
  const findings = others.map((f) =>
    finding('SHEET_SKIPPED', { file: f.file, sheet: f.table.view.name }, msg.otherDistrictList(f.file, f.table.view.name, other(f) ?? '', district)),
  );
  return { kept: found.filter((f) => !others.includes(f)), findings };
}
