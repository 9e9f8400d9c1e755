/**
 * The check unit by unit: who has sent and the deadline, then each unit (worst first) with its type, bloc, file and
 * date, timeliness, quota and counts; filters by bloc, "còn lỗi" and "chưa gửi"; a unit opens to its findings.
 */
import { Badge, Checkbox, Field, Select as FluentSelect } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding } from '../../domain/findings/finding';
import type { UnitOverview } from '../../domain/report/by-unit';
import type { CheckOutcome } from '../workspace';
import { FindingLines, type GoTo } from './finding-lines';
import { formatNumber, isoToDmy } from './format';
import { ui } from './texts';

const notSent = (u: UnitOverview) => u.timeliness === 'missing' || u.timeliness === 'pending';

function UnitItem({ u, findings, hidden, goTo }: { u: UnitOverview; findings: Finding[]; hidden: (f: Finding) => boolean; goTo?: GoTo | undefined }) {
  const own = u.findings.filter((i) => findings[i] && !hidden(findings[i] as Finding));
  const bad = u.timeliness === 'late' || u.timeliness === 'missing';
  return (
    <li>
      <details className="unit">
        <summary>
          <span className="unit-name">{u.name}</span>
          <span className="unit-badges">
            {u.errors > 0 && (
              <Badge appearance="filled" color="danger">
                {ui.unitCounts(u.errors, u.warnings)}
              </Badge>
            )}
            {u.errors === 0 && u.warnings > 0 && (
              <Badge appearance="tint" color="warning">
                {ui.unitCounts(0, u.warnings)}
              </Badge>
            )}
            <Badge appearance={bad ? 'filled' : 'tint'} color={bad ? 'danger' : notSent(u) ? 'warning' : u.timeliness === 'on-time' ? 'success' : 'informative'}>
              {ui.timeliness[u.timeliness]}
            </Badge>
          </span>
          <span className="unit-meta">{[u.type, u.bloc ? `khối ${u.bloc}` : undefined].filter(Boolean).join(' · ')}</span>
          <span className="unit-meta">{ui.received(u.files, u.listDate ? isoToDmy(u.listDate) : undefined, u.listDateFrom)}</span>
          {u.quota && <span className={u.quota.status === 'short' ? 'unit-meta short' : 'unit-meta'}>{ui.quotaLine(u.quota.required, u.quota.registered, u.quota.status === 'ok', u.quota.shortfall)}</span>}
        </summary>
        {own.length ? <FindingLines findings={findings} indexes={own} goTo={goTo} /> : <p>{ui.unitNoFindings}</p>}
      </details>
    </li>
  );
}

export function UnitsView({ outcome, hidden, goTo }: { outcome: CheckOutcome; hidden: (f: Finding) => boolean; goTo?: GoTo | undefined }) {
  const [bloc, setBloc] = useState('');
  const [withErrors, setWithErrors] = useState(false);
  const [onlyNotSent, setOnlyNotSent] = useState(false);
  const { view, report } = outcome;
  const blocs = useMemo(() => [...new Set(view.units.flatMap((u) => (u.bloc ? [u.bloc] : [])))], [view]);
  const units = view.units.filter((u) => (!bloc || u.bloc === bloc) && (!withErrors || u.errors > 0) && (!onlyNotSent || notSent(u)));
  const c = view.collection;
  const other = view.unassigned.filter((i) => report.findings[i] && !hidden(report.findings[i] as Finding));
  return (
    <section className="units" aria-labelledby="units-title">
      <p className="collection" data-testid="collection">
        {ui.collection(c.sent, c.sent + c.notSent)}
        {ui.notSentCount(c.notSent)}. {ui.deadlineIn(c.daysLeft, isoToDmy(c.deadline))}
      </p>
      <h2 id="units-title" className="section-title">
        {ui.unitsTitle}
      </h2>
      <div className="row filters">
        <Field label={ui.filterBloc}>
          <FluentSelect value={bloc} onChange={(_, d) => setBloc(d.value)}>
            <option value="">{ui.allBlocs}</option>
            {blocs.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </FluentSelect>
        </Field>
        <Checkbox label={ui.filterErrors} checked={withErrors} onChange={(_, d) => setWithErrors(Boolean(d.checked))} />
        <Checkbox label={ui.filterNotSent} checked={onlyNotSent} onChange={(_, d) => setOnlyNotSent(Boolean(d.checked))} />
      </div>
      {!units.length && <p>{ui.noUnitMatches}</p>}
      <ul className="unit-list" data-testid="units">
        {units.map((u) => (
          <UnitItem key={u.id} u={u} findings={report.findings} hidden={hidden} goTo={goTo} />
        ))}
      </ul>
      {other.length > 0 && (
        <details className="unit other">
          <summary>
            <span className="unit-name">{ui.otherFindings}</span>
            <span className="unit-badges">
              <Badge appearance="tint">{formatNumber(other.length)}</Badge>
            </span>
          </summary>
          <FindingLines findings={report.findings} indexes={other} goTo={goTo} />
        </details>
      )}
    </section>
  );
}
