// The form's methods for the items tables, in a context whose value never changes: react-hook-form's
// own FormProvider hands out a new object on every render of its host, which would redraw every
// row of a 200-item table each time the header's save status changes.
import { createContext, useContext, type ReactNode } from 'react';
import type { Control, FieldValues, UseFormGetValues, UseFormRegister, UseFormSetValue } from 'react-hook-form';

export interface StableForm {
  control: Control<FieldValues>;
  register: UseFormRegister<FieldValues>;
  setValue: UseFormSetValue<FieldValues>;
  getValues: UseFormGetValues<FieldValues>;
  /** A final, replaced or void document: shown, not edited. */
  readOnly: boolean;
}

const Context = createContext<StableForm | null>(null);

export function StableFormProvider({ value, children }: { value: StableForm; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useStableForm(): StableForm {
  const form = useContext(Context);
  if (!form) throw new Error('useStableForm outside StableFormProvider');
  return form;
}
