/** The `dienhinh` command: the engine on files, through the ExcelJS adapter. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CalendarDate, parseIsoDate } from '../domain/dates';
import { InputError } from '../domain/errors';
import { defaultProfile, Profile, ProfileError, profileFromJson } from '../domain/profile';
import { distinctFileNames } from '../domain/reading/file-names';
import { readWorkbooks } from '../domain/reading/read-workbooks';
import type { ReadResult } from '../domain/records';
import { buildReport } from '../domain/report/report';
import { renderText } from '../domain/report/render-text';
import { placeText, wordTableNamer } from '../domain/report/word-table-names';
import { FINDING_CODES } from '../domain/findings/finding';
import { unreadListsSaid } from '../domain/findings/messages';
import { unreadLists } from '../domain/units/unread-lists';
import { consolidate as buildCeremonyBook } from '../domain/ceremony/consolidate';
import { readWorkbookFile } from '../workbook/exceljs/read-file';
import { assertNotAnInput, assertReplaceable, writeFileAtomic } from '../workbook/exceljs/write-file';
import { writeXlsx } from '../workbook/exceljs/write-xlsx';
import { writeDocx } from '../workbook/docx/write-docx';
import { Args, CheckArgs, ConsolidateArgs, FeedbackArgs, parseCliArgs } from './args';
import { writeFeedback } from './feedback';
import { cliText } from './messages';
import { NO_PROGRESS, Progress, terminalProgress } from './progress';
import { HELP, UsageError } from './usage';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => CalendarDate;
  /** The step under way, where a terminal shows it (none by default). */
  progress?: Progress;
}

const stderrProgress = terminalProgress(process.stderr);
const defaultIo: Io = {
  // The step's line goes before anything is written under it.
  out: (s) => {
    stderrProgress.clear();
    process.stdout.write(s);
  },
  err: (s) => {
    stderrProgress.clear();
    process.stderr.write(s);
  },
  today: () => {
    const d = new Date();
    return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
  },
  progress: stderrProgress,
};

const progressOf = (io: Io): Progress => io.progress ?? NO_PROGRESS;

function asOfDate(text: string | undefined, io: Io): CalendarDate {
  if (text === undefined) return io.today();
  const d = parseIsoDate(text);
  if (!d) throw new UsageError(cliText.invalidAsOf(text));
  return d;
}

async function loadConfig(file: string | undefined): Promise<{ profile: Profile; override?: { data: unknown; source: string } }> {
  if (!file) return { profile: defaultProfile() };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(cliText.configUnreadable(file));
  }
  const source = cliText.configSource(file);
  // Validated alone first, so that a bad file is reported before any workbook is read.
  profileFromJson(text, source);
  return { profile: defaultProfile(), override: { data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, source } };
}

/**
 * The files read together (`files`: how many, each counted once): a file that cannot be read among several is a FILE_UNREADABLE finding and the rest is
 * read; a file given alone that cannot be read, or none readable, is an error (exit 2).
 */
async function readInputs(io: Io, given: string[], config: string | undefined, asOf: CalendarDate): Promise<{ read: ReadResult; files: number }> {
  const { profile, override } = await loadConfig(config);
  // "~$Danh sách.xlsx": the owner file Excel or Word keeps beside a document that is open, never a list. Said, and
  // left out, when other files are given; given alone, the user is pointed to the list beside it.
  const lockFiles = given.filter((f) => path.basename(f).startsWith('~$'));
  if (lockFiles.length && lockFiles.length === given.length) throw new InputError(cliText.lockFilesOnly(path.basename(lockFiles[0] ?? '')));
  for (const f of lockFiles) io.err(`${cliText.notice('info', cliText.lockFileSkipped(path.basename(f)))}\n`);
  // One file named twice («*.xlsx tong-hop.xlsx») is read once: read twice, each row would stand for the other.
  const byPath = new Map<string, string[]>();
  for (const f of given.filter((g) => !lockFiles.includes(g))) byPath.set(path.resolve(f), [...(byPath.get(path.resolve(f)) ?? []), f]);
  for (const [, as] of byPath) if (as.length > 1) io.err(`${cliText.notice('info', cliText.givenTwice(as[0] ?? '', as.length))}\n`);
  const files = [...byPath.keys()];
  // Files of one name from several folders are told apart by their folders.
  const names = distinctFileNames(files);
  const grids = [];
  // Among several files, one that cannot be read is reported (FILE_UNREADABLE) and the rest is checked.
  const unreadable: { file: string; message: string }[] = [];
  const progress = progressOf(io);
  for (const [i, f] of files.entries()) {
    const name = names[i] ?? path.basename(f);
    progress.show(cliText.progressReading(i + 1, files.length, name));
    try {
      grids.push(await readWorkbookFile(f, name));
    } catch (e) {
      if (!(e instanceof InputError) || files.length === 1) throw e;
      unreadable.push({ file: name, message: e.message });
    }
  }
  if (!grids.length) throw new InputError(unreadable.map((u) => u.message).join('\n'));
  progress.show(cliText.progressRecognising);
  const read = readWorkbooks(grids, { profile, override, unreadable, asOf });
  // The rules and the duplicate matcher come next, as one step (the report).
  progress.show(cliText.progressChecking);
  return { read, files: files.length };
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const asOf = asOfDate(args.asOf, io);
  const { read, files } = await readInputs(io, args.files, args.config, asOf);
  const report = buildReport(read, asOf, files);
  io.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : renderText(report, wordTableNamer(read)));
  return report.summary.errors > 0 ? 1 : 0;
}

/** What the profile's reading says (a «Cấu hình» key written twice): `check` prints it in its report, the others here. */
function profileNotices(read: ReadResult, io: Io): void {
  for (const note of read.profileNotes ?? []) io.err(`${cliText.notice('warning', note)}\n`);
}

async function consolidate(args: ConsolidateArgs, io: Io): Promise<number> {
  if (!args.ceremony) throw new UsageError(cliText.ceremonyNeeded);
  if (!args.out) throw new UsageError(cliText.outNeeded);
  // The extension decides: a workbook (list, rows left off, quotas) or the signed list alone as a Word document.
  const word = /\.docx$/i.test(args.out);
  if (!word && !/\.xlsx$/i.test(args.out)) throw new UsageError(cliText.outExtension(args.out));
  await assertNotAnInput(args.out, args.files);
  await assertReplaceable(args.out);
  const asOf = asOfDate(args.asOf, io);
  // One unit's broken file does not keep the list from the others: the book's notices name it (FILE_UNREADABLE).
  const { read, files } = await readInputs(io, args.files, args.config, asOf);
  profileNotices(read, io);
  const report = buildReport(read, asOf, files);
  progressOf(io).show(cliText.progressWriting(args.out));
  const book = buildCeremonyBook(read, report, args.ceremony);
  // A Word list has no notes sheet: its points to check are printed here, under a line that says so.
  for (const n of book.notices) if (!(word && n.about === 'checks')) io.err(`${cliText.notice(n.level, n.message)}\n`);
  if (word && book.selection.checks.length) io.err(`${cliText.notice('warning', cliText.checksInWord(book.selection.checks.length))}\n`);
  if (word) for (const c of book.selection.checks) io.err(`${cliText.checkLine(c.name, c.unit, c.row.file, c.row.sheet, c.row.row, c.what)}\n`);
  await writeFileAtomic(args.out, word ? await writeDocx(book.document) : await writeXlsx(book.sheets));
  const s = book.selection;
  const excluded = word ? cliText.excludedInWord(s.excluded.length) : cliText.excludedInSheet(s.excluded.length, book.sheets[1]?.name ?? '');
  const { errors, warnings } = report.summary;
  io.out(`${cliText.written(args.out, s.collectives.length, s.individuals.length, excluded, errors, warnings)}\n`);
  return 0;
}

async function feedback(args: FeedbackArgs, io: Io): Promise<number> {
  if (!args.out) throw new UsageError(cliText.feedbackOutNeeded);
  const asOf = asOfDate(args.asOf, io);
  // A unit's broken file must not keep the others from getting their feedback.
  const { read, files } = await readInputs(io, args.files, args.config, asOf);
  profileNotices(read, io);
  // A unit recorded as having sent its list, none of whose rows was read: its file was likely left out (trial20b #2).
  const unread = unreadLists(read);
  if (unread.length) io.err(`${cliText.notice('warning', cliText.feedbackListsUnread(unreadListsSaid(unread), unread.length))}\n`);
  progressOf(io).show(cliText.progressWriting(args.out));
  const r = await writeFeedback(read, asOf, args.files, files, args.out);
  // A Word table of numbered rows not read (only a note of the check): said here as consolidate says it, whose unit's
  // phiếu carries it too.
  for (const t of read.unreadTables ?? []) io.err(`${cliText.notice('warning', cliText.feedbackTableUnread(t.file, t.sheet, t.unit))}\n`);
  io.out(`${r.files.length ? cliText.feedbackWritten(r.files.length, args.out) : cliText.feedbackNone}\n`);
  // Who got none, so that "no problem" is told from "forgotten"; and what the district must see to itself.
  if (r.files.length && r.without.length) io.out(`${cliText.feedbackWithout(r.without)}\n`);
  if (r.district.length) io.out(`${[cliText.feedbackDistrict(r.district.length), ...r.district.map((f) => cliText.feedbackDistrictLine(FINDING_CODES[f.code].label, placeText(f), f.message))].join('\n')}\n`);
  return 0;
}

async function run(args: Args, io: Io): Promise<number> {
  switch (args.command) {
    case 'help':
      io.out(HELP);
      return 0;
    case 'version':
      io.out('dienhinh 0.1.0\n');
      return 0;
    case 'check':
      return check(args, io);
    case 'consolidate':
      return consolidate(args, io);
    case 'feedback':
      return feedback(args, io);
  }
}

/** Runs the command; every expected failure becomes one Vietnamese sentence on stderr and exit 2. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(parseCliArgs(argv), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${cliText.seeHelp(e.message)}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof ProfileError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    // Anything else is our fault: say so plainly, without a stack trace or any cell value.
    io.err(`${cliText.unexpected}\n`);
    return 2;
  } finally {
    progressOf(io).clear();
  }
}
