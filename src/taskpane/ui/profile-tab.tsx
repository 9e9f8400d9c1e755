/** Cấu hình: the main keys of the rule profile, editable; saved in the workbook (Excel) or for this session (browser). */
import { Button, Field, Input, Switch } from '@fluentui/react-components';
import { DateField } from './date-field';
import { useEffect, useState } from 'react';
import type { Profile } from '../../domain/profile/schema';
import type { CheckOutcome, Workspace } from '../workspace';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

type TextKey = 'district' | 'superiorBody' | 'issuingBody' | 'place';
const TEXT_KEYS: TextKey[] = ['district', 'superiorBody', 'issuingBody', 'place'];

/** The keys this tab edits, as a partial profile: other keys (ceremonies, patterns…) keep their workbook values. */
function overrideOf(edited: Profile): Record<string, unknown> {
  return {
    district: edited.district,
    superiorBody: edited.superiorBody,
    issuingBody: edited.issuingBody,
    place: edited.place,
    deadlines: edited.deadlines,
    deadlineDayIsOnTime: edited.deadlineDayIsOnTime,
    unitTypes: edited.unitTypes,
  };
}

export function ProfileTab({ workspace, outcome, onSaved }: { workspace: Workspace; outcome: CheckOutcome | undefined; onSaved: () => void }) {
  const [profile, setProfile] = useState<Profile | undefined>(outcome?.profile);
  const [state, run] = useTask();
  const [done, setDone] = useState<string>();
  const [quotaText, setQuotaText] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!profile) void run(() => workspace.profile.effective()).then((p) => p && setProfile(p));
  }, [profile, run, workspace]);
  if (!profile) return <TaskStatus state={state} />;
  const set = (p: Partial<Profile>) => {
    setDone(undefined);
    setProfile({ ...profile, ...p });
  };
  const save = async (override: Record<string, unknown> | undefined) => {
    const p = await run(() => workspace.profile.save(override));
    if (!p) return;
    setProfile(p);
    setQuotaText({});
    setDone(workspace.insideExcel ? ui.saved : ui.savedBrowser);
    onSaved();
  };
  return (
    <form className="tab profile-tab" noValidate onSubmit={(e) => (e.preventDefault(), void save(overrideOf(profile)))}>
      <p>{ui.profileIntro}</p>
      {TEXT_KEYS.map((k) => (
        <Field key={k} label={ui.profileFields[k]}>
          <Input value={profile[k]} onChange={(_, d) => set({ [k]: d.value })} />
        </Field>
      ))}
      <DateField label={ui.profileFields.plan} iso={profile.deadlines.plan} onIso={(plan) => set({ deadlines: { ...profile.deadlines, plan } })} />
      <DateField label={ui.profileFields.list} iso={profile.deadlines.list} onIso={(list) => set({ deadlines: { ...profile.deadlines, list } })} />
      <Switch label={ui.profileFields.dayOnTime} checked={profile.deadlineDayIsOnTime} onChange={(_, d) => set({ deadlineDayIsOnTime: d.checked })} />
      <fieldset>
        <legend>{ui.profileFields.quotas}</legend>
        {profile.unitTypes.map((t, i) => (
          <Field
            key={t.name}
            label={t.name}
            orientation="horizontal"
            {...(Number.isInteger(t.quota) && t.quota >= 0 ? {} : { validationState: 'error' as const, validationMessage: ui.quotaInvalid(t.name) })}
          >
            <Input
              type="number"
              value={quotaText[t.name] ?? String(t.quota)}
              onChange={(_, d) => {
                setQuotaText({ ...quotaText, [t.name]: d.value });
                // Kept as typed: the profile's own validation refuses −3 or 1,5 with its message, nothing is bent to 0.
                const n = d.value.trim() === '' ? Number.NaN : Number(d.value);
                set({ unitTypes: profile.unitTypes.map((x, j) => (j === i ? { ...x, quota: Number.isFinite(n) ? n : (d.value as unknown as number) } : x)) });
              }}
            />
          </Field>
        ))}
      </fieldset>
      <div className="row">
        <Button appearance="primary" type="submit" disabled={state.busy}>
          {ui.save}
        </Button>
        <Button onClick={() => void save(undefined)} disabled={state.busy}>
          {ui.reset}
        </Button>
      </div>
      <TaskStatus state={state} {...(done ? { done } : {})} />
    </form>
  );
}
