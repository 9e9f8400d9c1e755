/**
 * Trùng lặp: each DUPLICATE group with its rows side by side (differences marked) and one sentence why it is certain
 * or only probable; "Trùng", "Không trùng" (recorded) or "Để sau". Filters by confidence and bloc; pages of groups.
 */
import { Badge, Button, Field, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { rowKey, type Finding } from '../../domain/findings/finding';
import type { CheckOutcome, DuplicateVerdict, StoredDecision, Workspace } from '../workspace';
import { compareRows, whySentence } from './duplicate-compare';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

const PAGE = 20;

/** The decisions of this session by group key; "not-same" groups leave the views until the next check drops them. */
export type Verdicts = Record<string, 'same' | 'later' | 'not-same'>;

interface Props {
  workspace: Workspace;
  outcome: CheckOutcome | undefined;
  verdicts: Verdicts;
  onVerdicts: (v: Verdicts) => void;
}

function GroupCard({ f, outcome, verdict, busy, decide }: { f: Finding; outcome: CheckOutcome; verdict?: 'same' | 'later' | 'not-same'; busy: boolean; decide: (f: Finding, v: DuplicateVerdict | 'later') => void }) {
  const rows = compareRows(f, outcome.duplicateRows);
  const members = f.rows ?? [];
  return (
    <li className="group">
      <div className="row">
        <Badge appearance="tint" color={f.confidence === 'certain' ? 'danger' : 'warning'}>
          {f.confidence === 'certain' ? ui.dupCertain : ui.dupProbable}
        </Badge>
        {f.crossBloc && <Badge appearance="outline">{ui.dupCrossBloc}</Badge>}
        {(verdict === 'same' || verdict === 'later') && <Badge appearance="filled" color={verdict === 'same' ? 'brand' : 'informative'}>{ui.dupDecided[verdict]}</Badge>}
      </div>
      <p className="why">{whySentence(f)}</p>
      <div className="scroll" tabIndex={0} role="region" aria-label={`${ui.dupRows}: ${fieldOf(rows, 'name')}`}>
        <table className="compare">
          <thead>
            <tr>
              <td />
              {members.map((m, i) => (
                <th key={rowKey(m)} scope="col">
                  {ui.dupMember(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={r.differs ? 'differs' : undefined}>
                <th scope="row">{ui.dupFields[r.field]}</th>
                {r.values.map((v, i) => (
                  <td key={i} className={r.differs ? 'diff' : undefined}>
                    {v || '—'}
                    {r.differs && <span className="sr-only"> ({ui.dupDiffers})</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        <Button size="small" onClick={() => decide(f, 'duplicate')} disabled={busy || verdict === 'same'}>
          {ui.dupSame}
        </Button>
        <Button size="small" onClick={() => decide(f, 'not-duplicate')} disabled={busy}>
          {ui.dupNotSame}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => decide(f, 'later')} disabled={busy || verdict === 'later'}>
          {ui.dupLater}
        </Button>
      </div>
    </li>
  );
}

const fieldOf = (rows: ReturnType<typeof compareRows>, field: string) => rows.find((r) => r.field === field)?.values[0] ?? '';

/** The decisions this browser keeps (outside Excel), each of which can be taken back. */
function StoredDecisions({ stored, forget }: { stored: StoredDecision[]; forget: (key: string) => void }) {
  if (!stored.length) return null;
  return (
    <details className="stored-decisions" data-testid="stored-decisions">
      <summary>{ui.dupStored(stored.length)}</summary>
      <p>{ui.dupStoredNote}</p>
      <ul>
        {stored.map((d) => (
          <li key={d.key}>
            <strong>{ui.dupVerdict[d.verdict]}</strong> ({d.date}): {d.group}{' '}
            <Button size="small" appearance="subtle" onClick={() => forget(d.key)}>
              {ui.dupForget}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function DuplicatesTab({ workspace, outcome, verdicts, onVerdicts }: Props) {
  const [state, run] = useTask();
  const [done, setDone] = useState<string>();
  // Read again after a decision is taken back.
  const [stored, setStored] = useState(() => workspace.decisions.stored?.() ?? []);
  const storedSame = useMemo(() => new Set(stored.filter((d) => d.verdict === 'duplicate').map((d) => d.key)), [stored]);
  const forget = (key: string) => {
    workspace.decisions.forget?.(key);
    setStored(workspace.decisions.stored?.() ?? []);
    const { [key]: _, ...rest } = verdicts;
    onVerdicts(rest);
    setDone(ui.dupForgotten);
  };
  const [confidence, setConfidence] = useState<'' | 'certain' | 'probable'>('');
  const [bloc, setBloc] = useState('');
  const [page, setPage] = useState(0);
  const groups = useMemo(
    () => (outcome?.report.findings ?? []).filter((f) => f.code === 'DUPLICATE' && Boolean(f.rows?.length) && Boolean(f.groupKey) && verdicts[f.groupKey ?? ''] !== 'not-same'),
    [outcome, verdicts],
  );
  const shown = useMemo(
    () =>
      groups.filter(
        (f) =>
          (!confidence || f.confidence === confidence) &&
          (!bloc || (f.rows ?? []).some((r) => outcome?.duplicateRows[rowKey(r)]?.bloc === bloc)),
      ),
    [groups, confidence, bloc, outcome],
  );
  if (!outcome)
    return (
      <div className="tab">
        <p>{ui.dupNeedCheck}</p>
        <StoredDecisions stored={stored} forget={forget} />
      </div>
    );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const at = Math.min(page, pages - 1);
  const slice = shown.slice(at * PAGE, at * PAGE + PAGE);

  // The session's verdict, else one this browser kept from an earlier session («Trùng»: shown as decided, not as found).
  const verdictOf = (key: string | undefined): { verdict?: 'same' | 'later' | 'not-same' } => {
    const v = key ? (verdicts[key] ?? (storedSame.has(key) ? 'same' : undefined)) : undefined;
    return v ? { verdict: v } : {};
  };
  const decide = async (f: Finding, v: DuplicateVerdict | 'later') => {
    setDone(undefined);
    const key = f.groupKey ?? '';
    if (v === 'later') {
      onVerdicts({ ...verdicts, [key]: 'later' });
      return;
    }
    const ok = await run(async () => {
      await workspace.decisions.record(f, v);
      return true;
    });
    if (!ok) return;
    setStored(workspace.decisions.stored?.() ?? []);
    if (v === 'duplicate') {
      setDone(ui.dupMarkedSame);
      onVerdicts({ ...verdicts, [key]: 'same' });
      return;
    }
    setDone(ui.dupMarked);
    onVerdicts({ ...verdicts, [key]: 'not-same' });
  };

  return (
    <div className="tab duplicates-tab">
      <p>{ui.dupIntro}</p>
      {groups.length > 0 && (
        <div className="row filters">
          <Field label={ui.dupFilterConfidence}>
            <Select value={confidence} onChange={(_, d) => (setConfidence(d.value as typeof confidence), setPage(0))}>
              <option value="">{ui.dupAll}</option>
              <option value="certain">{ui.dupCertain}</option>
              <option value="probable">{ui.dupProbable}</option>
            </Select>
          </Field>
          <Field label={ui.filterBloc}>
            <Select value={bloc} onChange={(_, d) => (setBloc(d.value), setPage(0))}>
              <option value="">{ui.allBlocs}</option>
              {outcome.profile.blocs.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <TaskStatus state={state} {...(done ? { done } : {})} />
      <StoredDecisions stored={stored} forget={forget} />
      {!groups.length && <p>{ui.dupNone}</p>}
      {groups.length > 0 && !shown.length && <p>{ui.noUnitMatches}</p>}
      <ul className="groups" data-testid="duplicates">
        {slice.map((f) => (
          <GroupCard key={f.groupKey} f={f} outcome={outcome} {...verdictOf(f.groupKey)} busy={state.busy} decide={(x, v) => void decide(x, v)} />
        ))}
      </ul>
      {shown.length > PAGE && (
        <nav className="row pager" aria-label={ui.dupShown(at * PAGE + 1, Math.min(shown.length, at * PAGE + PAGE), shown.length)}>
          <Button size="small" onClick={() => setPage(at - 1)} disabled={at === 0}>
            {ui.dupPrev}
          </Button>
          <span>{ui.dupShown(at * PAGE + 1, Math.min(shown.length, at * PAGE + PAGE), shown.length)}</span>
          <Button size="small" onClick={() => setPage(at + 1)} disabled={at >= pages - 1}>
            {ui.dupNext}
          </Button>
        </nav>
      )}
    </div>
  );
}
