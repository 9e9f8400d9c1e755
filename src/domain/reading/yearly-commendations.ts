/**
 * R7: "every year units commend exemplars at their year-end review". Where a list keeps one column per year of the
 * commendations its rows received ("Kết quả biểu dương hằng năm" over "Năm 2021 | Năm 2022 | Năm 2023", "Khen thưởng
 * năm 2022"), each row's commended years are read to be reported (no finding: rules.md, R7). Columns another field
 * took, a span of years ("Khen thưởng đã đạt (2021-2024)") and a proposal ("Đề nghị khen thưởng năm 2025") are not
 * a year's record.
 */
import type { SheetView } from '../recognition/sheet-view';
import { saysProposal, yearOfLabel } from '../recognition/header';
import { asciiKey, saysNone } from '../text';

const COMMENDED = /(^| )(bieu duong|khen thuong|tuyen duong|ton vinh|giay khen|bang khen|danh hieu)( |$)/;

/** The table's yearly commendation columns with their years; none for most tables. */
export function commendationColumns(labels: ReadonlyMap<number, string>, mapped: ReadonlySet<number>): { col: number; year: number }[] {
  const out: { col: number; year: number }[] = [];
  for (const [col, label] of labels) {
    if (mapped.has(col) || /\d{4}\D+\d{4}/.test(label) || saysProposal(label) || !COMMENDED.test(asciiKey(label))) continue;
    const year = yearOfLabel(label);
    if (year) out.push({ col, year: Number(year) });
  }
  return out;
}

/** The years a row was commended in: its cells of those columns that say something ("x", "GK UBND xã", "2022"). */
export function commendedYears(view: SheetView, r: number, cols: readonly { col: number; year: number }[]): number[] | undefined {
  const years = cols.filter(({ col }) => {
    const t = view.text(r, col).trim();
    return t !== '' && !saysNone(t) && !/^[-–—.0]$/.test(t);
  });
  return years.length ? [...new Set(years.map((c) => c.year))].sort((a, b) => a - b) : undefined;
}
