/** Findings by kind: severity, then each code under its Vietnamese label (code as a tag), repeated unit findings folded. */
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from '../../domain/findings/finding';
import { CodeTag, FindingLines, type GoTo } from './finding-lines';
import { ui } from './texts';

const ORDER: Severity[] = ['error', 'warning', 'info'];

function byCode(findings: Finding[], indexes: number[]): [FindingCode, number[]][] {
  const m = new Map<FindingCode, number[]>();
  for (const i of indexes) {
    const f = findings[i] as Finding;
    const list = m.get(f.code);
    if (list) list.push(i);
    else m.set(f.code, [i]);
  }
  return [...m.entries()];
}

export function FindingGroups({ findings, hidden, goTo }: { findings: Finding[]; hidden: (f: Finding) => boolean; goTo?: GoTo | undefined }) {
  const shown = findings.flatMap((f, i) => (hidden(f) ? [] : [i]));
  if (!shown.length) return <p>{ui.noFindings}</p>;
  return (
    <div className="findings" data-testid="findings">
      {ORDER.map((sev) => {
        const list = shown.filter((i) => findings[i]?.severity === sev);
        if (!list.length) return null;
        return (
          <details key={sev} open={sev === 'error'} className={`severity ${sev}`}>
            <summary>
              {ui.severity[sev]} ({list.length})
            </summary>
            {byCode(findings, list).map(([code, items]) => (
              <details key={code} className="code" open={sev === 'error'}>
                <summary>
                  {FINDING_CODES[code].label} ({items.length}) <CodeTag code={code} />
                </summary>
                <FindingLines findings={findings} indexes={items} goTo={goTo} />
              </details>
            ))}
          </details>
        );
      })}
    </div>
  );
}
