// The company logo printed on the documents: a PNG or JPEG of at most 200 KB, kept in the profile
// as a data: URL (the profile is one record, and the documents must print without other files).
import { Button, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatePacked } from '../../../i18n/messages';
import { fieldId } from './focusField';
import { ProfileSection, useProfileForm } from './profileForm';

const TYPES = ['image/png', 'image/jpeg'];
/** The schema allows a data URL of about 200 KB of image; the file is judged before it is read. */
const MAX_BYTES = 200 * 1024;

export function LogoField() {
  const { t } = useTranslation();
  const { control, setValue, setError, clearErrors } = useProfileForm();
  const logo = useWatch({ control, name: 'logo' });
  const { errors } = useFormState({ control, name: 'logo' });
  const id = fieldId('logo');

  const refuse = (code: string) => setError('logo', { type: 'file', message: code });
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    // Cleared so that choosing the same file again after fixing it is seen as a change.
    e.currentTarget.value = '';
    if (!file) return;
    if (!TYPES.includes(file.type)) return refuse('company.validation.logoFormat');
    if (file.size > MAX_BYTES) return refuse('company.validation.logoTooLarge');
    const reader = new FileReader();
    reader.onload = () => {
      clearErrors('logo');
      setValue('logo', String(reader.result), { shouldDirty: true, shouldValidate: true });
    };
    reader.onerror = () => refuse('company.logo.unreadable');
    reader.readAsDataURL(file);
  };

  return (
    <ProfileSection id="logoSection" title={t('company.profile.logo')} hint={t('company.logo.hint')}>
      <Group align="center" gap="md">
        <Paper withBorder p="xs" w={180} h={90} style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {logo ? (
            <Image src={logo} alt={t('company.logo.alt')} mah={72} maw={160} fit="contain" />
          ) : (
            <Text size="sm" c="dimmed">
              {t('company.logo.none')}
            </Text>
          )}
        </Paper>
        <Stack gap={6} align="flex-start">
          <Input.Wrapper label={t('company.logo.file')} labelElement="label" id={id} error={translatePacked(errors.logo?.message, t)}>
            <input
              id={id}
              type="file"
              accept="image/png,image/jpeg"
              onChange={onFile}
              style={{ display: 'block', marginTop: 4, font: 'inherit', fontSize: 'var(--mantine-font-size-sm)' }}
            />
          </Input.Wrapper>
          {logo && (
            <Button variant="subtle" color="red" size="compact-xs" onClick={() => setValue('logo', '', { shouldDirty: true, shouldValidate: true })}>
              {t('company.logo.remove')}
            </Button>
          )}
        </Stack>
      </Group>
    </ProfileSection>
  );
}
