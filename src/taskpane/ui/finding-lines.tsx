/**
 * Findings as staff read them: the Vietnamese label first, the code as a small tag, the message, and where it is
 * (file, sheet, cell) with a button that selects the cell in Excel. A unit-level code met for several units is one
 * line listing them.
 */
import { Button } from '@fluentui/react-components';
import { FINDING_CODES, type Finding } from '../../domain/findings/finding';
import { findingLines } from '../../domain/report/by-unit';
import { placeText } from '../../domain/report/word-table-names';
import { ui } from './texts';

export type Select = (place: { file: string; sheet: string; row: number; column?: string }) => Promise<unknown>;

/** Going to a finding's cell (Excel): `can` tells the files whose cells can be selected. */
export interface GoTo {
  select: Select;
  can: (file: string) => boolean;
}

const LIMIT = 200;

export function CodeTag({ code }: { code: string }) {
  return <span className="code-tag">{code}</span>;
}

function FindingItem({ f, goTo }: { f: Finding; goTo?: GoTo | undefined }) {
  const where = placeText(f);
  return (
    <li className={`finding ${f.severity}`}>
      <div className="finding-title">
        <strong>{FINDING_CODES[f.code].label}</strong> <CodeTag code={f.code} />
      </div>
      <div>{f.message}</div>
      <div className="where">
        <span>{where}</span>
        {goTo && f.sheet && f.row && goTo.can(f.file) && (
          <Button size="small" appearance="outline" onClick={() => void goTo.select({ file: f.file, sheet: f.sheet ?? '', row: f.row ?? 1, ...(f.column ? { column: f.column } : {}) })}>
            {ui.goTo}
          </Button>
        )}
      </div>
    </li>
  );
}

export function FindingLines({ findings, indexes, goTo }: { findings: Finding[]; indexes: number[]; goTo?: GoTo | undefined }) {
  const lines = findingLines(findings, indexes);
  return (
    <>
      <ul className="findings-list">
        {lines.slice(0, LIMIT).map((l) => {
          if (l.kind === 'one') {
            const f = findings[l.index];
            return f ? <FindingItem key={l.index} f={f} goTo={goTo} /> : null;
          }
          const sev = FINDING_CODES[l.code].severity;
          return (
            <li key={`u-${l.code}`} className={`finding ${sev}`}>
              <div className="finding-title">
                <strong>{l.label}</strong> <CodeTag code={l.code} />
              </div>
              <div>{ui.unitsLine(l.units.length, l.label, l.units)}</div>
            </li>
          );
        })}
      </ul>
      {lines.length > LIMIT && <p>{ui.moreFindings(lines.length - LIMIT)}</p>}
    </>
  );
}
