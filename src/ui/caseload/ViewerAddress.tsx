import { useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { caseloadMessages as m } from '../../i18n/areas/caseload';
import { useT } from '../useT';
import { useCaseloadStyles } from './caseloadStyles';

/** A plain shape check: something@something.tld; the plan's own e-mail fields are free text, so this stays lenient. */
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ViewerAddressProps {
  address: string;
  onSave: (address: string) => Promise<void>;
}

/** Local mode: the device's user says their e-mail address once, so their role in each plan can be recognised. */
export function ViewerAddress({ address, onSave }: ViewerAddressProps) {
  const t = useT();
  const styles = useCaseloadStyles();
  const [value, setValue] = useState(address);
  const [state, setState] = useState<'idle' | 'invalid' | 'saved'>('idle');
  const save = async () => {
    const trimmed = value.trim();
    if (trimmed !== '' && !ADDRESS.test(trimmed)) {
      setState('invalid');
      return;
    }
    await onSave(trimmed);
    setState('saved');
  };
  return (
    <form className={styles.viewer} noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Field className={styles.viewerField} label={t(m['caseload.viewer.label'])} hint={t(m['caseload.viewer.hint'])}
        validationState={state === 'invalid' ? 'error' : state === 'saved' ? 'success' : 'none'}
        validationMessage={state === 'invalid' ? t(m['caseload.viewer.invalid']) : state === 'saved' ? t(m['caseload.viewer.saved']) : undefined}>
        <Input type="email" value={value} autoComplete="email" onChange={(_, data) => { setValue(data.value); setState('idle'); }} />
      </Field>
      <Button type="submit">{t(m['caseload.viewer.save'])}</Button>
    </form>
  );
}
