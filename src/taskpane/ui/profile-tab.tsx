/** Cấu hình: the main keys of the rule profile, editable; saved in the workbook (Excel) or for this session (browser). */
import { Button, Field, Input, Switch } from '@fluentui/react-components';
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
    setDone(ui.saved);
    onSaved();
  };
  return (
    <form className="tab profile-tab" onSubmit={(e) => (e.preventDefault(), void save(overrideOf(profile)))}>
      <p>{ui.profileIntro}</p>
      {TEXT_KEYS.map((k) => (
        <Field key={k} label={ui.profileFields[k]}>
          <Input value={profile[k]} onChange={(_, d) => set({ [k]: d.value })} />
        </Field>
      ))}
      <Field label={ui.profileFields.plan}>
        <Input type="date" value={profile.deadlines.plan} onChange={(_, d) => set({ deadlines: { ...profile.deadlines, plan: d.value } })} />
      </Field>
      <Field label={ui.profileFields.list}>
        <Input type="date" value={profile.deadlines.list} onChange={(_, d) => set({ deadlines: { ...profile.deadlines, list: d.value } })} />
      </Field>
      <Switch label={ui.profileFields.dayOnTime} checked={profile.deadlineDayIsOnTime} onChange={(_, d) => set({ deadlineDayIsOnTime: d.checked })} />
      <fieldset>
        <legend>{ui.profileFields.quotas}</legend>
        {profile.unitTypes.map((t, i) => (
          <Field key={t.name} label={t.name} orientation="horizontal">
            <Input
              type="number"
              min={0}
              value={String(t.quota)}
              onChange={(_, d) => set({ unitTypes: profile.unitTypes.map((x, j) => (j === i ? { ...x, quota: Math.max(0, Number(d.value) || 0) } : x)) })}
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
