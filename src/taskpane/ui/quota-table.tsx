/** The quota table of the report. */
import { msg } from '../../domain/findings/messages';
import type { QuotaRow } from '../../domain/records';
import { ui } from './texts';

export function QuotaTable({ rows }: { rows: QuotaRow[] }) {
  if (!rows.length) return null;
  return (
    <table className="quota">
      <caption>{ui.quotaTitle}</caption>
      <thead>
        <tr>
          {ui.quotaHeader.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className={r.status}>
            <td>{r.unit}</td>
            <td>{r.required ?? msg.quotaUnknown}</td>
            <td>{r.registered}</td>
            <td>{r.shortfall === null ? msg.quotaUnknownStatus : r.status === 'ok' ? ui.quotaOk : ui.quotaShort(r.shortfall)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
