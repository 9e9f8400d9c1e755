/** A date typed and shown dd/mm/yyyy (a native date input follows the browser's language, not the user's). */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { dmyToIso, isoToDmy } from './format';
import { ui } from './texts';

/**
 * `optional`: an emptied field gives '' (a date left to be written by hand). `fixed`: why it cannot be edited here
 * (shown in place of the hint).
 */
export function DateField({ label, iso, onIso, optional, fixed }: { label: string; iso: string; onIso: (iso: string) => void; optional?: boolean; fixed?: string }) {
  const [text, setText] = useState(isoToDmy(iso));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText(isoToDmy(iso));
    setBad(false);
  }, [iso]);
  return (
    <Field label={label} hint={bad ? undefined : (fixed ?? ui.dateHint)} validationState={bad ? 'error' : 'none'} validationMessage={bad ? ui.dateInvalid : undefined}>
      <Input
        value={text}
        readOnly={Boolean(fixed)}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        onChange={(_, d) => {
          setText(d.value);
          const next = dmyToIso(d.value);
          setBad(!next && d.value.trim() !== '');
          if (next) onIso(next);
          else if (optional && d.value.trim() === '') onIso('');
        }}
      />
    </Field>
  );
}
