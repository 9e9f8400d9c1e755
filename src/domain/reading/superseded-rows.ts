/**
 * The rows of a list its unit replaced, or of the second copy of a list it sent twice, are no longer the unit's list:
 * what reading found wrong in them is not reported (the phiếu would ask the unit to fix what it already fixed, a copy's
 * errors twice). One info per such list says it was set aside, and why.
 */
import { finding, Finding, rowKey } from '../findings/finding';
import { msg } from '../findings/messages';
import { isSuperseded, Registration, UnitRecord } from '../records';

/** The findings without those on superseded rows, and one SHEET_SKIPPED info per list set aside. */
export function withoutSupersededRows(findings: Finding[], registrations: readonly Registration[], units: readonly UnitRecord[]): Finding[] {
  const rows = new Set<string>();
  const lists = new Map<string, { reg: Registration; rows: number }>();
  const listKey = (r: Registration) => `${r.source.file}\u0000${r.source.sheet}\u0000${r.source.block ?? ''}`;
  for (const r of registrations) {
    if (!isSuperseded(r)) continue;
    rows.add(rowKey(r.source));
    const key = `${listKey(r)}\u0000${r.replacedBy ?? ''}\u0000${r.copyOf ?? ''}`;
    const list = lists.get(key);
    if (list) list.rows++;
    else lists.set(key, { reg: r, rows: 1 });
  }
  if (!rows.size) return findings;
  // Rows per list, to tell a list sent twice from a later list repeating some rows of the first.
  const listRows = new Map<string, number>();
  for (const r of registrations) listRows.set(listKey(r), (listRows.get(listKey(r)) ?? 0) + 1);
  // A legacy-encoding info speaks of the sheet's cells, not of the rows.
  const kept = findings.filter((f) => f.row === undefined || f.code === 'LEGACY_ENCODING' || !rows.has(rowKey(f)));
  const unitById = new Map(units.map((u) => [u.id, u]));
  for (const { reg, rows: n } of lists.values()) {
    const u = reg.unitId ? unitById.get(reg.unitId) : undefined;
    const unit = u?.name ?? reg.unitText ?? '';
    const { file, sheet } = reg.source;
    const message = reg.replacedBy
      ? reg.replacedDates
        ? msg.listReplacedByLaterSetAside(file, sheet, n, unit, reg.replacedBy, reg.replacedDates.own, reg.replacedDates.by)
        : msg.listReplacedSetAside(file, sheet, n, unit, reg.replacedBy)
      : n < (listRows.get(listKey(reg)) ?? 0)
        ? msg.rowsRepeatedSetAside(file, sheet, n, unit, reg.copyOf ?? '')
        : msg.listCopySetAside(file, sheet, n, unit, reg.copyOf ?? '');
    kept.push(finding('SHEET_SKIPPED', { file, sheet, ...(unit ? { unit } : {}), ...(u?.code ? { unitCode: u.code } : {}) }, message));
  }
  return kept;
}
