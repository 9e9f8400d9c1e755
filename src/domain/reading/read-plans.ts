/** Nurturing-plan rows (R6) → NurturePlan records. */
import { columnLetter } from '../grid';
import { Finding, finding } from '../findings/finding';
import { FIELD_LABELS, msg } from '../findings/messages';
import type { Profile } from '../profile';
import type { NurturePlan } from '../records';
import { saysNone } from '../text/says-none';
import { hasContent, readDate } from './cell-values';
import { sentStatus } from './sent-status';
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
    let wordsOnly = true;
    for (const c of profile.nurtureContents) {
      const cc = header.columns.get(`content:${c.key}`);
      const text = cc ? view.text(r, cc) : '';
      contents[c.key] = cc ? hasContent(text) : false;
      any ||= contents[c.key] === true;
      wordsOnly &&= saysNone(text);
    }
    if (!unitText && !any) continue;
    const plan: NurturePlan = { source: { file, sheet: view.name, row: r }, contents };
    if (unitText) plan.unitText = unitText;
    const d = readDate(view, r, dateCol, date1904);
    const dateText = dateCol ? view.text(r, dateCol) : '';
    // A tracking sheet lists every unit: a row with no content, no date and no receipt logged ("Chưa gửi", blanks)
    // is a plan not sent (NURTURE_PLAN_MISSING), not a plan lacking all six contents.
    const notSent = !any && wordsOnly && d.state !== 'ok' && !(dateText && sentStatus(dateText));
    if (d.state === 'ok') plan.date = d.date;
    else if (d.state === 'invalid')
      findings.push(
        finding(
          'INVALID_DATE',
          { file, sheet: view.name, row: r, column: columnLetter(dateCol ?? 0), unit: unitText || undefined },
          msg.invalidDate(FIELD_LABELS.planIssued, d.text, d.reason),
        ),
      );
    if (!notSent) plans.push(plan);
  }
  return { plans, findings };
}
