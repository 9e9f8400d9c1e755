/** The `dienhinh` command: the engine on files, through the ExcelJS adapter. */
import { promises as fs } from 'fs';
import { CalendarDate, parseIsoDate } from '../domain/dates';
import { InputError } from '../domain/errors';
import { defaultProfile, Profile, ProfileError, profileFromJson } from '../domain/profile';
import { readWorkbooks, ReadResult } from '../domain/reading/read-workbooks';
import { buildReport } from '../domain/report/report';
import { renderText } from '../domain/report/render-text';
import { readWorkbookFile } from '../workbook/exceljs/read-file';
import { Args, CheckArgs, parseCliArgs } from './args';
import { HELP, UsageError } from './usage';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => CalendarDate;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  today: () => {
    const d = new Date();
    return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
  },
};

function asOfDate(text: string | undefined, io: Io): CalendarDate {
  if (text === undefined) return io.today();
  const d = parseIsoDate(text);
  if (!d) throw new UsageError(`Ngày xét «${text}» không hợp lệ: hãy ghi dạng NĂM-THÁNG-NGÀY, ví dụ --as-of 2023-03-01.`);
  return d;
}

async function loadConfig(file: string | undefined): Promise<{ profile: Profile; override?: { data: unknown; source: string } }> {
  if (!file) return { profile: defaultProfile() };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError(`Không đọc được tệp cấu hình ${file}: hãy kiểm tra lại đường dẫn.`);
  }
  const source = `Tệp cấu hình ${file}`;
  // Validated alone first, so that a bad file is reported before any workbook is read.
  profileFromJson(text, source);
  return { profile: defaultProfile(), override: { data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, source } };
}

export async function readInputs(files: string[], config: string | undefined): Promise<ReadResult> {
  const { profile, override } = await loadConfig(config);
  const grids = [];
  for (const f of files) grids.push(await readWorkbookFile(f));
  return readWorkbooks(grids, { profile, override });
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const asOf = asOfDate(args.asOf, io);
  const read = await readInputs(args.files, args.config);
  const report = buildReport(read, asOf, args.files.length);
  io.out(args.json ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
  return report.summary.errors > 0 ? 1 : 0;
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
      throw new UsageError('Lệnh consolidate chưa có trong phiên bản này.');
  }
}

/** Runs the command; every expected failure becomes one Vietnamese sentence on stderr and exit 2. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(parseCliArgs(argv), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message} Xem «dienhinh --help».\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof ProfileError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    // Anything else is our fault: say so plainly, without a stack trace or any cell value.
    io.err('Đã xảy ra lỗi ngoài dự kiến khi xử lý các tệp; không có tệp nào bị thay đổi. Hãy gửi tệp mẫu cho nhóm phát triển.\n');
    return 2;
  }
}
