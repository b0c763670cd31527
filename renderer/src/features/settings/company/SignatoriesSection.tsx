// Who signs the sales contract and the invoice for the company.
import { Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProfileSection, ProfileText, useProfileForm } from './profileForm';

const MAX = 10;

export function SignatoriesSection() {
  const { t } = useTranslation();
  const { control } = useProfileForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'signatories' });
  return (
    <ProfileSection id="signatories" title={t('company.profile.signatories')} hint={t('company.profile.signatoriesHint')}>
      {fields.map((f, i) => (
        <Paper key={f.id} withBorder p="xs" data-signatory={i}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <SimpleGrid cols={2} spacing="xs" style={{ flex: 1 }}>
              <ProfileText path={`signatories.${i}.name`} label={t('company.fields.signatoryName')} maxLength={120} />
              <ProfileText
                path={`signatories.${i}.role`}
                label={t('company.fields.signatoryRole')}
                placeholder={t('company.fields.signatoryRoleExample')}
                maxLength={120}
              />
            </SimpleGrid>
            <Button size="xs" variant="subtle" color="red" onClick={() => remove(i)} aria-label={t('company.profile.removeSignatory', { n: i + 1 })}>
              {t('company.profile.remove')}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" disabled={fields.length >= MAX} onClick={() => append({ name: '', role: '' })}>
          {t('company.profile.addSignatory')}
        </Button>
        {fields.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('company.profile.noSignatory')}
          </Text>
        )}
      </Group>
    </ProfileSection>
  );
}
