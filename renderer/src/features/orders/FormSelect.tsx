// A Mantine Select bound to one field of the order form. The field stores a code string ('' when
// nothing is chosen); Mantine wants null for "nothing", so the two are translated here, once.
import { Select, type SelectProps } from '@mantine/core';
import { Controller, type FieldPath } from 'react-hook-form';
import type { OrderInput } from '../../../../shared/schemas/order';
import type { OrderControl } from './orderFormTypes';

type Props = Omit<SelectProps, 'value' | 'onChange' | 'onBlur' | 'name'> & {
  control: OrderControl;
  name: FieldPath<OrderInput>;
};

export function FormSelect({ control, name, ...select }: Props) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...select}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
        />
      )}
    />
  );
}
