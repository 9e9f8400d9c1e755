/**
 * Units whose list the district's units list records as sent, but of which no row was read in any file given: most
 * often the unit's own file was left out of the inputs (trial20b #2). Every door says so — the quota finding, the
 * notices of consolidate and feedback, the unit's phiếu —, so that no list is signed without their exemplars and no
 * unit that sent its list is told it registered nothing.
 */
import type { ListRecord } from '../dates';
import { disputedUnitIds, proposingUnitIds, ReadResult, UnitRecord } from '../records';

export function listRecordOf(unit: UnitRecord): ListRecord | undefined {
  if (unit.listDate) return { date: unit.listDate };
  if (unit.listSent) return { mark: unit.listSent };
  // A date the district typed and that cannot be read still records a sending (R4 does not call it missing either).
  return unit.listDateInvalid ? { invalid: true } : undefined;
}

export interface UnreadList {
  unit: UnitRecord;
  record: ListRecord;
}

/**
 * The units recorded as having sent their list with no row of theirs read. A unit whose file came empty or could not
 * be read, or whose name a list gives though its rows count for another unit (UNIT_CONFLICT), is not one: its own
 * finding names that file.
 */
export function unreadLists(read: ReadResult): UnreadList[] {
  const withRows = new Set(read.registrations.flatMap(proposingUnitIds));
  // A list naming the unit but counted for another (UNIT_CONFLICT) is named in its QUOTA_SHORT too.
  const fileSaid = new Set([...(read.emptyLists ?? []).map((e) => e.unitId), ...(read.unreadableUnits ?? []), ...disputedUnitIds(read)]);
  const seen = new Set<string>();
  const out: UnreadList[] = [];
  for (const unit of read.units) {
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    const record = listRecordOf(unit);
    if (record && !withRows.has(unit.id) && !fileSaid.has(unit.id)) out.push({ unit, record });
  }
  return out;
}
