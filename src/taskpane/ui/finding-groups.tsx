/** Findings grouped by severity, then by code, with counts; native details/summary keep it keyboard friendly. */
import { Button } from '@fluentui/react-components';
import type { Finding, Severity } from '../../domain/findings/finding';
import { ui } from './texts';

const ORDER: Severity[] = ['error', 'warning', 'info'];
const LIMIT = 200;

type Select = (place: { file: string; sheet: string; row: number; column?: string }) => Promise<void>;

function byCode(findings: Finding[]): [string, Finding[]][] {
  const m = new Map<string, Finding[]>();
  for (const f of findings) m.set(f.code, [...(m.get(f.code) ?? []), f]);
  return [...m.entries()];
}

function FindingItem({ f, onSelect }: { f: Finding; onSelect?: Select | undefined }) {
  const where = [f.file, ui.where(f.sheet, f.row, f.column)].filter(Boolean).join(' — ');
  return (
    <li className="finding">
      <div>{f.message}</div>
      <div className="where">
        {where}
        {onSelect && f.sheet && f.row && (
          <Button size="small" appearance="subtle" onClick={() => void onSelect({ file: f.file, sheet: f.sheet ?? '', row: f.row ?? 1, ...(f.column ? { column: f.column } : {}) })}>
            {ui.goTo}
          </Button>
        )}
      </div>
    </li>
  );
}

export function FindingGroups({ findings, onSelect }: { findings: Finding[]; onSelect?: Select }) {
  if (!findings.length) return <p>{ui.noFindings}</p>;
  return (
    <div className="findings" data-testid="findings">
      {ORDER.map((sev) => {
        const list = findings.filter((f) => f.severity === sev);
        if (!list.length) return null;
        return (
          <details key={sev} open={sev === 'error'} className={`severity ${sev}`}>
            <summary>
              {ui.severity[sev]} ({list.length})
            </summary>
            {byCode(list).map(([code, items]) => (
              <details key={code} className="code">
                <summary>
                  {code} ({items.length})
                </summary>
                <ul>
                  {items.slice(0, LIMIT).map((f, i) => (
                    <FindingItem key={i} f={f} onSelect={onSelect} />
                  ))}
                </ul>
                {items.length > LIMIT && <p>… {items.length - LIMIT}</p>}
              </details>
            ))}
          </details>
        );
      })}
    </div>
  );
}
