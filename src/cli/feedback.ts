/** `dienhinh feedback FILE... -o DIR`: one "phiếu góp ý" workbook per unit with findings, named after the unit. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CalendarDate } from '../domain/dates';
import { InputError } from '../domain/errors';
import { cliText } from './messages';
import { districtFindings, feedbackSheets, unitsWithFindings } from '../domain/feedback/feedback-sheet';
import type { Finding } from '../domain/findings/finding';
import { unitsView } from '../domain/report/by-unit';
import { withFoundDistrict } from '../domain/units/district';
import type { ReadResult } from '../domain/records';
import { buildReport } from '../domain/report/report';
import { assertNotAnInput, assertReplaceable, writeFileAtomic } from '../workbook/exceljs/write-file';
import { writeXlsx } from '../workbook/exceljs/write-xlsx';

/** A file name every system accepts, from a unit's name; `taken` (lower case) keeps names of one run apart. */
export function unitFileName(unit: string, taken: Set<string>): string {
  // eslint-disable-next-line no-control-regex
  const base = unit.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').replace(/^[ .]+|[ .]+$/g, '').slice(0, 100) || 'Don vi';
  let name = `Phiếu góp ý - ${base}.xlsx`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `Phiếu góp ý - ${base} (${i}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}

export interface FeedbackWritten {
  files: string[];
  units: number;
  /** Units of the list that got no phiếu: nothing to send them back. */
  without: string[];
  /** What no phiếu carries, for the district itself (rows naming a body the list lacks, files of no known unit). */
  district: Finding[];
}

/** `inputs`: the files given (no phiếu overwrites one); `fileCount`: how many were read, each once. */
export async function writeFeedback(read: ReadResult, asOf: CalendarDate, inputs: string[], fileCount: number, dir: string): Promise<FeedbackWritten> {
  const report = buildReport(read, asOf, fileCount);
  const view = unitsView(read, report, asOf);
  const { profile } = withFoundDistrict(read.profile, read.titles ?? []);
  const sheets = feedbackSheets(profile, asOf, unitsWithFindings(view, report.findings, read));
  const sentTo = new Set(sheets.map((x) => x.unit));
  const without = read.units.map((u) => u.name).filter((name) => !sentTo.has(name));
  const district = districtFindings(view, report.findings, read);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch {
    throw new InputError(cliText.folderNotMade(dir));
  }
  const taken = new Set<string>();
  // Named after the whole unit name: a sheet's name stops at 31 characters, where two units' names may still agree.
  const outs = sheets.map(({ unit, sheet }) => ({ out: path.join(dir, unitFileName(unit, taken)), sheet }));
  // Every name is cleared before the first is written: a refusal leaves no phiếu half the units got.
  for (const { out } of outs) {
    await assertNotAnInput(out, inputs);
    await assertReplaceable(out);
  }
  for (const { out, sheet } of outs) await writeFileAtomic(out, await writeXlsx([sheet]));
  return { files: outs.map((o) => o.out), units: view.units.length, without, district };
}
