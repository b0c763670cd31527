// The company profile form's inputs, each bound to its path and carrying the DOM id a deep link
// focuses (focusField.ts), with the translated error of that path beside it.
import { Select, type SelectProps, Stack, TextInput, type TextInputProps, Textarea, type TextareaProps, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type FieldPath, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CompanyProfile, CompanyProfileInput } from '../../../../../shared/schemas/customs/company';
import { countryFilter, countryOptions } from '../../../i18n/options';
import { useFieldError } from '../../../ui/useFieldError';
import { fieldId } from './focusField';

export type ProfilePath = FieldPath<CompanyProfileInput>;

/** Hints under the input, so the inputs of a row line up whether or not they have one. */
const ORDER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

export function useProfileForm() {
  return useFormContext<CompanyProfileInput, unknown, CompanyProfile>();
}

type TextProps = { path: ProfilePath; label: string; /** Codes (IBAN, prefixes) read better in a fixed-width font. */ mono?: boolean } & Omit<
  TextInputProps,
  'label' | 'name' | 'id' | 'error'
>;

export function ProfileText({ path, label, mono, ...rest }: TextProps) {
  const { register, control } = useProfileForm();
  const error = useFieldError(control);
  return (
    <TextInput
      id={fieldId(path)}
      label={label}
      inputWrapperOrder={ORDER}
      styles={mono ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } : undefined}
      {...rest}
      {...register(path)}
      error={error(path)}
    />
  );
}

type AreaProps = { path: ProfilePath; label: string } & Omit<TextareaProps, 'label' | 'name' | 'id' | 'error'>;

export function ProfileTextarea({ path, label, ...rest }: AreaProps) {
  const { register, control } = useProfileForm();
  const error = useFieldError(control);
  return <Textarea id={fieldId(path)} label={label} inputWrapperOrder={ORDER} rows={2} resize="vertical" {...rest} {...register(path)} error={error(path)} />;
}

type SelectFieldProps = { path: ProfilePath; label: string } & Omit<SelectProps, 'label' | 'name' | 'id' | 'error' | 'value' | 'onChange' | 'onBlur'>;

/** The field stores a code ('' for none); Mantine's Select wants null for none. */
export function ProfileSelect({ path, label, ...select }: SelectFieldProps) {
  const { control } = useProfileForm();
  const error = useFieldError(control);
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => (
        <Select
          id={fieldId(path)}
          label={label}
          inputWrapperOrder={ORDER}
          {...select}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          error={error(path)}
        />
      )}
    />
  );
}

export function ProfileCountry({ path, label }: { path: ProfilePath; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ProfileSelect
      path={path}
      label={label}
      searchable
      clearable
      placeholder={t('orderForm.countryPlaceholder')}
      nothingFoundMessage={t('orderForm.nothingFound')}
      data={countryOptions(i18n.language)}
      filter={countryFilter}
    />
  );
}

/** A titled part of the profile; its id lets a link land on the section (an empty list's "Add"). */
export function ProfileSection({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section id={fieldId(id)} aria-label={title} style={{ borderRadius: 'var(--mantine-radius-sm)', padding: 4 }}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed" mt={-6}>
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </section>
  );
}
