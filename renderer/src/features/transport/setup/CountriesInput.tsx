// A list of countries typed as text ("ES, PT EU", empty for every country), kept as the array the
// schema checks.
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { countriesFromText } from '../../../../../shared/domain/transport/countries';

export function CountriesInput({ label, value, onChange, error }: { label: string; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const [text, setText] = useState(value.join(', '));
  return (
    <TextInput
      label={label}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(countriesFromText(e.currentTarget.value));
      }}
      error={error}
    />
  );
}
