// Where and when a declaration was lodged: the customs office and the moment, typed in local time
// and kept as an ISO moment with its zone. Shared by the one-order form and the selection form.
import { TextInput } from '@mantine/core';
import { type Control, Controller, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../ui/useFieldError';
import { isoToLocalInput, localInputToIso } from './localMoment';

interface Lodged {
  office: string;
  filedAt: string;
}

export function LodgedFields<T extends Lodged>({ control, register }: { control: Control<T>; register: UseFormRegister<T> }) {
  const { t } = useTranslation();
  // The generic form narrowed to the two fields this component owns.
  const lodged = control as unknown as Control<Lodged>;
  const fieldError = useFieldError(lodged);
  const reg = register as unknown as UseFormRegister<Lodged>;
  return (
    <>
      <TextInput label={t('filing.form.office')} description={t('filing.form.officeHint')} {...reg('office')} error={fieldError('office')} />
      <Controller
        control={lodged}
        name="filedAt"
        render={({ field }) => (
          <TextInput
            type="datetime-local"
            label={t('filing.form.filedAt')}
            value={isoToLocalInput(field.value)}
            onChange={(e) => field.onChange(localInputToIso(e.currentTarget.value))}
            onBlur={field.onBlur}
            error={fieldError('filedAt')}
          />
        )}
      />
    </>
  );
}
