/**
 * Kiểm tra: run every rule; the result by unit (or by kind of finding), the files that could not be read, the
 * phiếu góp ý export, and in Excel highlighting that one click removes again.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Field } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Finding } from '../../domain/findings/finding';
import type { CheckOutcome, Workspace } from '../workspace';
import { DateField } from './date-field';
import { saveBytes } from './download';
import { FindingGroups } from './finding-groups';
import type { GoTo } from './finding-lines';
import { TaskStatus } from './status';
import { ui } from './texts';
import { UnitsView } from './units-view';
import { useTask } from './use-task';

interface Props {
  workspace: Workspace;
  outcome: CheckOutcome | undefined;
  onOutcome: (o: CheckOutcome) => void;
  asOf: string;
  onAsOf: (d: string) => void;
  /** Findings the user already decided on in this session (duplicates marked "Không trùng"). */
  hidden: (f: Finding) => boolean;
}

/** Files that could not be read: the picker's errors and the engine's FILE_UNREADABLE findings, once per file. */
export function unreadableFiles(outcome: CheckOutcome): { file: string; message: string }[] {
  const out = new Map<string, string>();
  for (const u of outcome.unreadable) out.set(u.file, u.message);
  for (const f of outcome.report.findings) if (f.code === 'FILE_UNREADABLE' && !out.has(f.file)) out.set(f.file, f.message);
  return [...out].map(([file, message]) => ({ file, message }));
}

export function CheckTab({ workspace, outcome, onOutcome, asOf, onAsOf, hidden }: Props) {
  const [state, run] = useTask();
  const [done, setDone] = useState<string>();
  const [by, setBy] = useState<'unit' | 'code'>('unit');
  // A sheet the check read changed since: said above the results until the next check.
  const [stale, setStale] = useState(() => workspace.isStale?.() ?? false);
  useEffect(() => workspace.onStale?.(setStale), [workspace]);
  const check = async () => {
    setDone(undefined);
    const o = await run((progress) => workspace.check(asOf, progress));
    if (o) onOutcome(o);
  };
  const feedback = async () => {
    if (!outcome) return;
    setDone(undefined);
    // The phiếu say what the result on screen says: judged at its date.
    const r = await run((progress) => workspace.feedback(outcome.report.asOf, progress));
    if (!r) return;
    if (!r.units) setDone(ui.feedbackNone);
    else if (r.download) {
      saveBytes(r.download.fileName, r.download.bytes);
      setDone(ui.feedbackDownloaded(r.download.fileName, r.units));
    } else setDone(ui.feedbackOpened(r.units));
  };
  const highlight = workspace.highlight;
  const clear = workspace.clearHighlights;
  const select = workspace.select?.bind(workspace);
  // Only cells of the open workbook can be selected; a merged unit file's findings show their place alone. An error
  // or a word of caution («the sheet changed since») shows in the pane.
  const goTo: GoTo | undefined = select && {
    select: (place) =>
      run(async () => {
        setDone(await select(place));
      }),
    can: (file) => workspace.canSelect?.(file) ?? true,
  };
  const s = outcome?.report.summary;
  const unreadable = outcome ? unreadableFiles(outcome) : [];
  return (
    <div className="tab check-tab">
      <div className="row">
        <DateField label={ui.asOf} iso={asOf} onIso={onAsOf} />
        <Button appearance="primary" onClick={() => void check()} disabledFocusable={state.busy}>
          {state.busy ? ui.checking : ui.runCheck}
        </Button>
      </div>
      <TaskStatus state={state} {...(done ? { done } : {})} />
      {!outcome && !state.busy && <p>{ui.noCheckYet}</p>}
      {outcome && s && (
        <>
          {stale && (
            <MessageBar intent="warning" data-testid="stale">
              <MessageBarBody>{ui.staleCheck}</MessageBarBody>
            </MessageBar>
          )}
          <p className="summary" data-testid="summary">
            <strong>{ui.summary(s.units, s.registrations)}</strong> — {ui.counts(s.errors, s.warnings, s.infos)}
            {unreadable.length > 0 && <strong className="bad"> — {ui.unreadableFiles(unreadable.length)}</strong>}
          </p>
          {unreadable.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="unreadable">
              <MessageBarBody>
                <MessageBarTitle>{ui.unreadableTitle}</MessageBarTitle>
                <ul>
                  {unreadable.map((u) => (
                    <li key={u.file}>
                      <strong>{u.file}</strong>: {u.message}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.notes?.length ? (
            <MessageBar intent="warning" layout="multiline" data-testid="notes">
              <MessageBarBody>
                <MessageBarTitle>{ui.notesTitle}</MessageBarTitle>
                <ul>
                  {outcome.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div className="row">
            <Button onClick={() => void feedback()} disabledFocusable={state.busy}>
              {ui.feedback}
            </Button>
            {highlight && clear && (
              <>
                <Button onClick={() => void run(async () => {
                  const r = await highlight(outcome.report.findings.filter((f) => f.severity !== 'info' && !hidden(f)));
                  setDone(ui.highlighted(r.ranges, r.rowsLeft));
                })} disabledFocusable={state.busy}>
                  {ui.highlight}
                </Button>
                <Button onClick={() => void run(async () => {
                  const r = await clear();
                  setDone(ui.cleared(r.ranges, r.kept));
                })} disabledFocusable={state.busy}>
                  {ui.clearHighlight}
                </Button>
              </>
            )}
          </div>
          <Field label={ui.viewBy}>
            <RadioGroup layout="horizontal" value={by} onChange={(_, d) => setBy(d.value === 'code' ? 'code' : 'unit')}>
              <Radio value="unit" label={ui.viewByUnit} />
              <Radio value="code" label={ui.viewByCode} />
            </RadioGroup>
          </Field>
          {by === 'unit' ? <UnitsView outcome={outcome} hidden={hidden} goTo={goTo} /> : <FindingGroups findings={outcome.report.findings} hidden={hidden} goTo={goTo} />}
        </>
      )}
    </div>
  );
}
