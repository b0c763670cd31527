// The plain widgets of the editor's header fields: text, long text, decimal, whole number, date and
// on/off. Each input's id is its field path, so a problem link can put the cursor in it.
import { Switch, TextInput, Textarea } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useErrorAt } from './useErrorAt';

export interface WidgetProps {
  path: string;
  label: string;
}

export function TextField({ path, label }: WidgetProps) {
  const { register } = useFormContext();
  const error = useErrorAt(path);
  return <TextInput id={path} label={label} error={error} {...register(path)} />;
}

/**
 * Long text (addresses, clauses). Not autosized: measuring every textarea of a long document on
 * each layout change (hidden ones in folded groups too) cost seconds on opening; the broker can
 * drag the corner instead.
 */
export function TextareaField({ path, label, rows = 2 }: WidgetProps & { rows?: number }) {
  const { register } = useFormContext();
  const error = useErrorAt(path);
  return <Textarea id={path} label={label} error={error} rows={rows} resize="vertical" {...register(path)} />;
}

/** Money, weights and quantities: typed as text so nothing is rounded through a float. */
export function DecimalField({ path, label }: WidgetProps) {
  const { register } = useFormContext();
  const error = useErrorAt(path);
  return (
    <TextInput id={path} label={label} error={error} inputMode="decimal" autoComplete="off" styles={{ input: { textAlign: 'right' } }} {...register(path)} />
  );
}

export function IntegerField({ path, label }: WidgetProps) {
  const { register } = useFormContext();
  const error = useErrorAt(path);
  return (
    <TextInput id={path} label={label} error={error} inputMode="numeric" autoComplete="off" styles={{ input: { textAlign: 'right' } }} {...register(path)} />
  );
}

export function DateField({ path, label }: WidgetProps) {
  const { register } = useFormContext();
  const error = useErrorAt(path);
  return <TextInput id={path} label={label} error={error} type="date" {...register(path)} />;
}

export function BooleanField({ path, label }: WidgetProps) {
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Switch
          id={path}
          label={label}
          checked={field.value === true}
          onChange={(e) => field.onChange(e.currentTarget.checked)}
          onBlur={field.onBlur}
          ref={field.ref}
          mt="xs"
        />
      )}
    />
  );
}
