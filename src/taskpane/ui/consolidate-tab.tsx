/** Tổng hợp: choose the ceremony, build the list; in Excel new sheets (asking before replacing its own), else a download. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { formatDate, parseIsoDate } from '../../domain/dates/calendar';
import { ceremonyYear } from '../../domain/profile/profile-queries';
import type { CheckOutcome, ConsolidateOutcome, Workspace } from '../workspace';
import { saveBytes } from './download';
import { isoToDmy } from './format';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

const DEFAULT_CEREMONIES = [
  { id: '2023', date: '2023-05-19' },
  { id: '2025', date: '2025-05-19' },
];

export function ConsolidateTab({ workspace, outcome, asOf }: { workspace: Workspace; outcome: CheckOutcome | undefined; asOf: string }) {
  const ceremonies = outcome?.profile.ceremonies ?? DEFAULT_CEREMONIES;
  const [ceremony, setCeremony] = useState(ceremonies[0]?.id ?? '2023');
  const [state, run] = useTask();
  const [result, setResult] = useState<ConsolidateOutcome>();
  const [ask, setAsk] = useState<string[]>();
  const [word, runWord] = useTask();
  // The ceremony the shown result was made for (the choice may change afterwards).
  const [madeFor, setMadeFor] = useState(ceremony);
  const answer = useRef<(yes: boolean) => void>(undefined);

  const confirmReplace = (names: string[]) =>
    new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setAsk(names);
    });
  const reply = (yes: boolean) => {
    setAsk(undefined);
    answer.current?.(yes);
  };
  const go = async () => {
    setResult(undefined);
    setMadeFor(ceremony);
    const r = await run((progress) => workspace.consolidate(ceremony, asOf, confirmReplace, progress));
    if (!r) return;
    setResult(r);
    if (r.download) saveBytes(r.download.fileName, r.download.bytes);
  };
  const downloadWord = async () => {
    const doc = result?.document;
    if (!doc) return;
    const file = await runWord(() => workspace.wordFile(madeFor, doc));
    if (file) saveBytes(file.fileName, file.bytes);
  };
  const done =
    result?.status === 'cancelled'
      ? ui.cancelled
      : result
        ? `${result.download ? ui.downloaded(result.download.fileName) : ui.written(result.sheetNames)} ${ui.consolidateCounts(result.collectives, result.individuals, result.excluded)}`
        : undefined;
  return (
    <div className="tab consolidate-tab">
      <Field label={ui.ceremony}>
        <RadioGroup value={ceremony} onChange={(_, d) => setCeremony(d.value)}>
          {ceremonies.map((c) => {
            const d = parseIsoDate(c.date);
            return <Radio key={c.id} value={c.id} label={ui.ceremonyLabel(ceremonyYear(c), d ? formatDate(d) : undefined)} />;
          })}
        </RadioGroup>
      </Field>
      {/* The list is judged at «Ngày xét», which is typed on another tab: said here. */}
      <p data-testid="consolidate-as-of">{ui.consolidateAsOf(isoToDmy(asOf))}</p>
      <Button appearance="primary" onClick={() => void go()} disabledFocusable={state.busy}>
        {state.busy ? ui.consolidating : ui.runConsolidate}
      </Button>
      <TaskStatus state={state} {...(done ? { done } : {})} />
      {result?.notices?.map((n) => (
        <MessageBar key={n.message} intent={n.level === 'warning' ? 'warning' : 'info'}>
          <MessageBarBody>{n.message}</MessageBarBody>
        </MessageBar>
      ))}
      {result?.download && (
        <Button onClick={() => result.download && saveBytes(result.download.fileName, result.download.bytes)}>{ui.download}</Button>
      )}
      {result?.document && (
        <Button onClick={() => void downloadWord()} disabledFocusable={word.busy}>
          {word.busy ? ui.makingWord : ui.downloadWord}
        </Button>
      )}
      {word.error && <TaskStatus state={word} />}
      <Dialog open={Boolean(ask)} modalType="alert" onOpenChange={(_, d) => !d.open && reply(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{ui.replaceTitle}</DialogTitle>
            <DialogContent>{ui.replaceBody(ask ?? [])}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => reply(true)}>
                {ui.replaceYes}
              </Button>
              <Button onClick={() => reply(false)}>{ui.replaceNo}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
