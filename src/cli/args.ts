/** Command-line arguments, with Vietnamese messages for every mistake. */
import { parseArgs } from 'util';
import { cliText } from './messages';
import { UsageError } from './usage';

export interface CheckArgs {
  command: 'check';
  files: string[];
  asOf?: string;
  config?: string;
  json: boolean;
}

export interface ConsolidateArgs {
  command: 'consolidate';
  files: string[];
  asOf?: string;
  config?: string;
  ceremony?: string;
  out?: string;
}

export interface FeedbackArgs {
  command: 'feedback';
  files: string[];
  asOf?: string;
  config?: string;
  out?: string;
}

export type Args = CheckArgs | ConsolidateArgs | FeedbackArgs | { command: 'help' } | { command: 'version' };

const OPTIONS = {
  'as-of': { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  ceremony: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const ALLOWED: Record<'check' | 'consolidate' | 'feedback', string[]> = {
  check: ['as-of', 'config', 'json'],
  consolidate: ['as-of', 'config', 'ceremony', 'out'],
  feedback: ['as-of', 'config', 'out'],
};

export function parseCliArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const m = /'(-{1,2}[^']+)'/.exec(String((e as { message?: unknown }).message ?? ''));
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(cliText.optionNeedsValue(m?.[1] ?? ''));
    throw new UsageError(cliText.unknownOption(m?.[1] ?? ''));
  }
  const { values, positionals } = parsed;
  if (values.version) return { command: 'version' };
  const [command, ...files] = positionals;
  if (values.help || !command || command === 'help') return { command: 'help' };
  if (command !== 'check' && command !== 'consolidate' && command !== 'feedback') throw new UsageError(cliText.unknownCommand(command));
  for (const k of Object.keys(values)) {
    if (!ALLOWED[command].includes(k)) throw new UsageError(cliText.optionNotForCommand(command, k));
  }
  if (files.length === 0) throw new UsageError(cliText.filesNeeded(command));
  if (command === 'check') return { command, files, asOf: values['as-of'], config: values.config, json: values.json ?? false };
  if (command === 'feedback') return { command, files, asOf: values['as-of'], config: values.config, out: values.out };
  return { command, files, asOf: values['as-of'], config: values.config, ceremony: values.ceremony, out: values.out };
}
