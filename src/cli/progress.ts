/**
 * What the command line is doing, on one line of a terminal that it rewrites: a province's inbox or a national
 * roll-up takes a minute, and a silent minute looks like a hang. Only on a terminal: a redirected stderr (a script,
 * a log) gets no such line, so what it holds is the same as before.
 */
export interface Progress {
  /** Shows the step, replacing the one shown. */
  show(step: string): void;
  /** Takes the line away before anything else is written. */
  clear(): void;
}

export const NO_PROGRESS: Progress = { show: () => undefined, clear: () => undefined };

export function terminalProgress(stream: { isTTY?: boolean; columns?: number; write(s: string): unknown }): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  let shown = 0;
  // A terminal that gives no width (0) is taken as 80 columns wide.
  const width = () => Math.max(20, (stream.columns || 80) - 1);
  return {
    show(step) {
      // Cut to the terminal's width, or the line wraps and \r rewrites only its last part.
      const line = [...step].slice(0, width()).join('');
      // Spaces over what is left of a longer line: portable where terminal escapes are not.
      stream.write(`\r${line}${' '.repeat(Math.max(0, shown - line.length))}`);
      shown = line.length;
    },
    clear() {
      if (!shown) return;
      stream.write(`\r${' '.repeat(shown)}\r`);
      shown = 0;
    },
  };
}
