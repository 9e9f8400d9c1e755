/**
 * A units list's own quota column ("Chỉ tiêu" `03`, `02 (01 TT, 01 CN)`, "Ít nhất 02", "01 tập thể, 01 cá nhân"):
 * what the district asks of each unit. The guideline's numbers are minimums ("ít nhất"): a list's total raises a
 * unit's quota, never lowers it below the guideline (read-units.ts). A split by kind is read but sets no quota of its
 * own: the guideline's quota is of either kind.
 */
import { asciiKey } from '../text';

/**
 * "Chỉ tiêu", "Chỉ tiêu đăng ký", "Số lượng tối thiểu", "Số điển hình phải đăng ký", folded (asciiKey): what each unit
 * must register, set by the district. The header recogniser (header.ts) reads the same labels.
 */
export const QUOTA_LABEL = /^chi tieu( |$)|(^| )toi thieu( |$)|(^| )phai dang ky( |$)/;

/** The column of a units list's quota, by its header label, if the list has one. */
export function listQuotaColumn(labels: ReadonlyMap<number, string>, used: Iterable<number>): number | undefined {
  const taken = new Set(used);
  for (const [c, label] of labels) if (!taken.has(c) && QUOTA_LABEL.test(asciiKey(label))) return c;
  return undefined;
}

/** A quota cell as read: the total, and the split by kind when the cell gives one ("02 (01 TT, 01 CN)"). */
export interface ListQuota {
  total: number;
  collective?: number;
  individual?: number;
}

const KIND_PARTS = /^(?:\d{1,2} (?:tt|tap the|cn|ca nhan)(?: |$))+$/;
const LEADING = /^(?:it nhat |toi thieu )?(\d{1,2})(?: |$)/;
const COLLECTIVES = /(?:^| )(\d{1,2}) (?:tt|tap the)(?: |$)/;
const INDIVIDUALS = /(?:^| )(\d{1,2}) (?:cn|ca nhan)(?: |$)/;

/** The number a quota cell gives (a split by kind alone is summed), or undefined when it gives none. */
export function readListQuota(text: string): ListQuota | undefined {
  const k = asciiKey(text);
  if (!k) return undefined;
  const collective = COLLECTIVES.exec(k)?.[1];
  const individual = INDIVIDUALS.exec(k)?.[1];
  const split = {
    ...(collective ? { collective: Number(collective) } : {}),
    ...(individual ? { individual: Number(individual) } : {}),
  };
  const parts = (split.collective ?? 0) + (split.individual ?? 0);
  if (KIND_PARTS.test(k)) return { total: parts, ...split };
  const m = LEADING.exec(k);
  return m?.[1] ? { total: Math.max(Number(m[1]), parts), ...split } : undefined;
}
