/** Nurturing-plan rows (R6) → NurturePlan records. */
import { columnLetter } from '../grid';
import { Finding, finding } from '../findings/finding';
import { FIELD_LABELS, msg } from '../findings/messages';
import type { Profile } from '../profile';
import type { NurturePlan } from '../records';
import { hasContent, readDate } from './cell-values';
import type { RecognizedTable } from './recognize';

export function readPlans(
  table: RecognizedTable,
  file: string,
  profile: Profile,
  date1904: boolean,
): { plans: NurturePlan[]; findings: Finding[] } {
  const { view, header } = table;
  const plans: NurturePlan[] = [];
  const findings: Finding[] = [];
  const unitCol = header.columns.get('unit');
  const dateCol = header.columns.get('date');
  for (const { r } of table.rows) {
    const unitText = unitCol ? view.text(r, unitCol) : '';
    const contents: Record<string, boolean> = {};
    let any = false;
    for (const c of profile.nurtureContents) {
      const cc = header.columns.get(`content:${c.key}`);
      contents[c.key] = cc ? hasContent(view.text(r, cc)) : false;
      any ||= contents[c.key] === true;
    }
    if (!unitText && !any) continue;
    const plan: NurturePlan = { source: { file, sheet: view.name, row: r }, contents };
    if (unitText) plan.unitText = unitText;
    const d = readDate(view, r, dateCol, date1904);
    if (d.state === 'ok') plan.date = d.date;
    else if (d.state === 'invalid')
      findings.push(
        finding(
          'INVALID_DATE',
          { file, sheet: view.name, row: r, column: columnLetter(dateCol ?? 0), unit: unitText || undefined },
          msg.invalidDate(FIELD_LABELS.planIssued, d.text, d.reason),
        ),
      );
    plans.push(plan);
  }
  return { plans, findings };
}
