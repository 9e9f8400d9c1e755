/** Kiểm tra: run every rule, show the findings grouped by severity and code, go to a cell, highlight and unhighlight. */
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckOutcome, Workspace } from '../workspace';
import { FindingGroups } from './finding-groups';
import { QuotaTable } from './quota-table';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

interface Props {
  workspace: Workspace;
  outcome: CheckOutcome | undefined;
  onOutcome: (o: CheckOutcome) => void;
  asOf: string;
  onAsOf: (d: string) => void;
}

export function CheckTab({ workspace, outcome, onOutcome, asOf, onAsOf }: Props) {
  const [state, run] = useTask();
  const [done, setDone] = useState<string>();
  const check = async () => {
    setDone(undefined);
    const o = await run((progress) => workspace.check(asOf, progress));
    if (o) onOutcome(o);
  };
  const highlight = workspace.highlight;
  const clear = workspace.clearHighlights;
  const s = outcome?.report.summary;
  return (
    <div className="tab check-tab">
      <div className="row">
        <Field label={ui.asOf}>
          <Input type="date" value={asOf} onChange={(_, d) => d.value && onAsOf(d.value)} />
        </Field>
        <Button appearance="primary" onClick={() => void check()} disabled={state.busy}>
          {state.busy ? ui.checking : ui.runCheck}
        </Button>
      </div>
      <TaskStatus state={state} {...(done ? { done } : {})} />
      {!outcome && !state.busy && <p>{ui.noCheckYet}</p>}
      {outcome && s && (
        <>
          <p className="summary" data-testid="summary">
            <strong>{ui.summary(s.units, s.registrations)}</strong> — {ui.counts(s.errors, s.warnings, s.infos)}
          </p>
          {highlight && clear && (
            <div className="row">
              <Button onClick={() => void run(async () => setDone(ui.highlighted(await highlight(outcome.report.findings.filter((f) => f.severity !== 'info')))))} disabled={state.busy}>
                {ui.highlight}
              </Button>
              <Button onClick={() => void run(async () => setDone(ui.cleared(await clear())))} disabled={state.busy}>
                {ui.clearHighlight}
              </Button>
            </div>
          )}
          <FindingGroups findings={outcome.report.findings} {...(workspace.select ? { onSelect: workspace.select.bind(workspace) } : {})} />
          <QuotaTable rows={outcome.report.quota} />
        </>
      )}
    </div>
  );
}
