/** Cấu hình: the main keys of the rule profile, editable; saved in the workbook (Excel) or for this session (browser). */
import { Button, Field, Input, Switch, Textarea } from '@fluentui/react-components';
import { DateField } from './date-field';
import { useEffect, useState } from 'react';
import { splitRecipients } from '../../domain/profile/ceremony-list-settings';
import { ceremonyYear } from '../../domain/profile/profile-queries';
import { settingChanges } from '../../domain/profile/profile-edits';
import { ceremonyLabel, SHEET_LABELS, UNIT_TYPE_LABELS } from '../../domain/profile/sheet-labels';
import type { Decision, Profile } from '../../domain/profile/schema';
import { abbreviationAdditions, parseAbbreviations } from '../../domain/profile/sheet-profile';
import type { CheckOutcome, Workspace } from '../workspace';
import { TaskStatus } from './status';
import { ui } from './texts';
import { useTask } from './use-task';

type TextKey = 'district' | 'superiorBody' | 'issuingBody' | 'place';
const TEXT_KEYS: TextKey[] = ['district', 'superiorBody', 'issuingBody', 'place'];

/**
 * The keys this tab edits, as a partial profile: other keys (ceremonies, patterns…) keep their workbook values.
 * The abbreviations are the district's additions: the default table stays under them.
 */
function overrideOf(edited: Profile, abbreviations: Profile['unitAbbreviations'], recipients: string[]): Record<string, unknown> {
  return {
    unitAbbreviations: abbreviations,
    ceremonyList: { ...edited.ceremonyList, recipients },
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
  // The profile as shown before any edit: what is saved is only what differs from it.
  const [shown, setShown] = useState<Profile | undefined>(outcome?.profile);
  const [state, run] = useTask();
  const [done, setDone] = useState<string>();
  const [quotaText, setQuotaText] = useState<Record<string, string>>({});
  // Kept as typed (a line being written, a pair half typed), read when saved.
  const [abbrText, setAbbrText] = useState<string>();
  const [recipientsText, setRecipientsText] = useState<string>();
  // Sheet label → the picked file whose «Cấu hình» sheet decides it (browser): shown read-only, with where to change it.
  const [setBy, setSetBy] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!profile) void run(() => workspace.profile.effective()).then((p) => p && (setProfile(p), setShown(p)));
  }, [profile, run, workspace]);
  useEffect(() => {
    let live = true;
    void workspace.profile.setInFiles?.().then((list) => live && setSetBy(new Map(list.map((x) => [x.label, x.source]))));
    return () => {
      live = false;
    };
  }, [workspace]);
  if (!profile) return <TaskStatus state={state} />;
  const fixed = (label: string) => {
    const source = setBy.get(label);
    return source ? ui.profileFromFile(source) : undefined;
  };
  const hintOf = (label: string) => {
    const why = fixed(label);
    return why ? { hint: why } : {};
  };
  const readOnly = (label: string) => (setBy.has(label) ? { readOnly: true } : {});
  const set = (p: Partial<Profile>) => {
    setDone(undefined);
    setProfile({ ...profile, ...p });
  };
  const abbrevs = abbrText ?? abbreviationAdditions(profile);
  const parsedAbbrevs = parseAbbreviations(abbrevs);
  const recipients = recipientsText ?? profile.ceremonyList.recipients.join('\n');
  const setList = (list: Partial<Profile['ceremonyList']>) => set({ ceremonyList: { ...profile.ceremonyList, ...list } });
  const setDecision = (id: string, d: Partial<Decision>) => {
    const current = profile.ceremonyList.decisions[id] ?? { number: '', date: '', issuer: '' };
    setList({ decisions: { ...profile.ceremonyList.decisions, [id]: { ...current, ...d } } });
  };
  const save = async (override: Record<string, unknown> | undefined) => {
    const p = await run(() => workspace.profile.save(override, shown));
    if (!p) return;
    // A change the files' sheets still decide is not said to be saved as if it applied.
    const edited = override ? { ...profile, ceremonyList: { ...profile.ceremonyList, recipients: splitRecipients(recipients) } } : undefined;
    const lost = workspace.profile.setInFiles && edited && shown ? settingChanges(shown, edited).filter((c) => c.label !== SHEET_LABELS.unitAbbreviations && settingChanges(edited, p).some((x) => x.label === c.label)) : [];
    setProfile(p);
    setShown(p);
    setQuotaText({});
    setAbbrText(undefined);
    setRecipientsText(undefined);
    setDone(lost.length ? ui.savedNotApplied(lost.map((c) => c.label)) : workspace.insideExcel ? ui.saved : ui.savedBrowser);
    onSaved();
  };
  return (
    <form
      className="tab profile-tab"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The buttons stay focusable while saving (a keyboard user keeps their place): Enter in a field must not save twice.
        if (parsedAbbrevs && !state.busy) void save(overrideOf(profile, parsedAbbrevs, splitRecipients(recipients)));
      }}
    >
      <p>{ui.profileIntro}</p>
      {TEXT_KEYS.map((k) => (
        <Field key={k} label={ui.profileFields[k]} {...hintOf(SHEET_LABELS[k])}>
          <Input value={profile[k]} {...readOnly(SHEET_LABELS[k])} onChange={(_, d) => set({ [k]: d.value })} />
        </Field>
      ))}
      <DateField label={ui.profileFields.plan} fixed={fixed(SHEET_LABELS['deadlines.plan'])} iso={profile.deadlines.plan} onIso={(plan) => set({ deadlines: { ...profile.deadlines, plan } })} />
      <DateField label={ui.profileFields.list} fixed={fixed(SHEET_LABELS['deadlines.list'])} iso={profile.deadlines.list} onIso={(list) => set({ deadlines: { ...profile.deadlines, list } })} />
      <Field {...hintOf(SHEET_LABELS.deadlineDayIsOnTime)}>
        <Switch
          label={ui.profileFields.dayOnTime}
          checked={profile.deadlineDayIsOnTime}
          disabled={setBy.has(SHEET_LABELS.deadlineDayIsOnTime)}
          onChange={(_, d) => set({ deadlineDayIsOnTime: d.checked })}
        />
      </Field>
      <fieldset>
        <legend>{ui.profileFields.quotas}</legend>
        {profile.unitTypes.map((t, i) => (
          <Field
            key={t.name}
            label={t.name}
            orientation="horizontal"
            {...hintOf(UNIT_TYPE_LABELS.quota(t.name))}
            {...(Number.isInteger(t.quota) && t.quota >= 0 ? {} : { validationState: 'error' as const, validationMessage: ui.quotaInvalid(t.name) })}
          >
            <Input
              type="number"
              {...readOnly(UNIT_TYPE_LABELS.quota(t.name))}
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
      <Field
        label={ui.profileFields.abbreviations}
        hint={ui.profileFields.abbreviationsHint}
        {...(parsedAbbrevs ? {} : { validationState: 'error' as const, validationMessage: ui.profileFields.abbreviationsInvalid })}
      >
        <Textarea value={abbrevs} resize="vertical" onChange={(_, d) => (setDone(undefined), setAbbrText(d.value))} />
      </Field>
      <fieldset>
        <legend>{ui.profileFields.signedList}</legend>
        <Field label={ui.profileFields.authority} {...hintOf(SHEET_LABELS['ceremonyList.signature.authority'])}>
          <Input value={profile.ceremonyList.signature.authority} {...readOnly(SHEET_LABELS['ceremonyList.signature.authority'])} onChange={(_, d) => setList({ signature: { ...profile.ceremonyList.signature, authority: d.value } })} />
        </Field>
        <Field label={ui.profileFields.signerTitle} {...hintOf(SHEET_LABELS['ceremonyList.signature.title'])}>
          <Input value={profile.ceremonyList.signature.title} {...readOnly(SHEET_LABELS['ceremonyList.signature.title'])} onChange={(_, d) => setList({ signature: { ...profile.ceremonyList.signature, title: d.value } })} />
        </Field>
        <Field label={ui.profileFields.signerName} {...hintOf(SHEET_LABELS['ceremonyList.signature.name'])}>
          <Input value={profile.ceremonyList.signature.name} {...readOnly(SHEET_LABELS['ceremonyList.signature.name'])} onChange={(_, d) => setList({ signature: { ...profile.ceremonyList.signature, name: d.value } })} />
        </Field>
        <Field label={ui.profileFields.recipients} {...hintOf(SHEET_LABELS['ceremonyList.recipients'])}>
          <Textarea value={recipients} {...readOnly(SHEET_LABELS['ceremonyList.recipients'])} resize="vertical" onChange={(_, d) => (setDone(undefined), setRecipientsText(d.value))} />
        </Field>
        {profile.ceremonies.map((c) => {
          const decision = profile.ceremonyList.decisions[c.id];
          const own = (field: string) => `${ceremonyLabel(c.id)}: ${field}`;
          return (
            <fieldset key={c.id}>
              <legend>{ui.ceremonyLabel(ceremonyYear(c))}</legend>
              <Field label={ui.profileFields.award} {...hintOf(own('hình thức khen thưởng'))}>
                <Input value={profile.ceremonyList.awards[c.id] ?? ''} {...readOnly(own('hình thức khen thưởng'))} onChange={(_, d) => setList({ awards: { ...profile.ceremonyList.awards, [c.id]: d.value } })} />
              </Field>
              <Field label={ui.profileFields.decisionNumber} {...hintOf(own('số quyết định'))}>
                <Input value={decision?.number ?? ''} {...readOnly(own('số quyết định'))} onChange={(_, d) => setDecision(c.id, { number: d.value })} />
              </Field>
              <DateField optional fixed={fixed(own('ngày quyết định'))} label={ui.profileFields.decisionDate} iso={decision?.date ?? ''} onIso={(date) => setDecision(c.id, { date })} />
              <Field label={ui.profileFields.decisionIssuer} {...hintOf(own('cơ quan quyết định'))}>
                <Input value={decision?.issuer ?? ''} {...readOnly(own('cơ quan quyết định'))} onChange={(_, d) => setDecision(c.id, { issuer: d.value })} />
              </Field>
            </fieldset>
          );
        })}
      </fieldset>
      <div className="row">
        <Button appearance="primary" type="submit" disabledFocusable={state.busy}>
          {ui.save}
        </Button>
        <Button onClick={() => void save(undefined)} disabledFocusable={state.busy}>
          {ui.reset}
        </Button>
      </div>
      <TaskStatus state={state} {...(done ? { done } : {})} />
    </form>
  );
}
