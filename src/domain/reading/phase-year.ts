/**
 * A "Năm đăng ký" / "Thời điểm đăng ký" column (2022 | "Năm 2024" | 15/06/2024): the year a row was registered in
 * gives its phase as a registration date's year does — phase 2 in a year of phase 2 only, phase 1 in the years up
 * to the first ceremony's. A cell without a year is read as a phase cell ("Đợt 2", "Bổ sung").
 */
import type { Phase, PhaseYears } from './phase';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

export function phaseYearReader(years: PhaseYears, readPhase: (text: string) => Phase | null): (text: string) => Phase | null {
  return (text: string): Phase | null => {
    const found = text.match(YEAR);
    if (!found) return readPhase(text);
    // Two years ("2022 - 2023") are a phase's span: the phase reader knows those.
    if (found.length > 1) return readPhase(text);
    const y = Number(found[0]);
    if (y > years.first.to && y <= years.second.to) return 2;
    if (y >= years.first.from && y <= years.first.to) return 1;
    return null;
  };
}
