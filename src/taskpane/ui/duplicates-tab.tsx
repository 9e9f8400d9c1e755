/** Trùng lặp: each DUPLICATE group with its reason and evidence; "Không trùng" records the user's decision. */
import { Badge, Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { DuplicateEvidence, Finding } from '../../domain/findings/finding';
import type { CheckOutcome, Workspace } from '../workspace';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

function evidenceOf(f: Finding): DuplicateEvidence[] {
  return Array.isArray(f.evidence) ? f.evidence : [];
}

export function DuplicatesTab({ workspace, outcome, onOutcome }: { workspace: Workspace; outcome: CheckOutcome | undefined; onOutcome: (o: CheckOutcome) => void }) {
  const [state, run] = useTask();
  const [done, setDone] = useState<string>();
  if (!outcome) return <p className="tab">{ui.dupNeedCheck}</p>;
  const groups = outcome.report.findings.filter((f) => f.code === 'DUPLICATE' && Boolean(f.rows?.length) && Boolean(f.groupKey));
  const markNotSame = async (f: Finding) => {
    setDone(undefined);
    const ok = await run(async () => {
      await workspace.decisions.markNotDuplicate(f);
      return true;
    });
    if (!ok) return;
    setDone(ui.dupMarked);
    const findings = outcome.report.findings.filter((x) => x !== f);
    onOutcome({ ...outcome, report: { ...outcome.report, findings } });
  };
  return (
    <div className="tab duplicates-tab">
      <p>{ui.dupIntro}</p>
      <TaskStatus state={state} {...(done ? { done } : {})} />
      {!groups.length && <p>{ui.dupNone}</p>}
      <ul className="groups" data-testid="duplicates">
        {groups.map((f, i) => (
          <li key={i} className="group">
            <div className="row">
              <Badge appearance="tint" color={f.confidence === 'certain' ? 'danger' : 'warning'}>
                {f.confidence === 'certain' ? ui.dupCertain : ui.dupProbable}
              </Badge>
              {f.crossBloc && <Badge appearance="outline">{ui.dupCrossBloc}</Badge>}
              {typeof f.score === 'number' && <span className="score">{ui.dupScore(f.score)}</span>}
            </div>
            <div>{f.message}</div>
            <div className="where">
              {ui.dupRows}: {(f.rows ?? []).map((r) => `${r.sheet}!${r.row}`).join(', ')}
            </div>
            {evidenceOf(f).length > 0 && (
              <ul className="evidence" aria-label={ui.dupEvidence}>
                {evidenceOf(f).map((e, j) => (
                  <li key={j}>
                    {ui.evidenceField[e.field] ?? e.field}: {ui.evidenceLevel[e.level] ?? e.level} ({e.points > 0 ? `+${e.points}` : e.points})
                  </li>
                ))}
              </ul>
            )}
            <Button size="small" onClick={() => void markNotSame(f)} disabled={state.busy}>
              {ui.dupNotSame}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
