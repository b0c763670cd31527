// The company's tax and customs numbers (EORI, VAT, IOSS, the Chinese customs code...): each
// document picks the ones its destination asks for.
import { Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IDENTIFIER_SCHEMES } from '../../../../../shared/schemas/customs/company';
import { ProfileCountry, ProfileSection, ProfileSelect, ProfileText, useProfileForm } from './profileForm';

const MAX = 20;

function IdentifierRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const { control } = useProfileForm();
  const scheme = useWatch({ control, name: `identifiers.${index}.scheme` });
  const schemes = IDENTIFIER_SCHEMES.map((s) => ({ value: s, label: t(`company.schemes.${s}`) }));
  return (
    <Paper withBorder p="sm" data-identifier={index}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {t('company.profile.identifierN', { n: index + 1 })}
        </Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove} aria-label={t('company.profile.removeIdentifier', { n: index + 1 })}>
          {t('company.profile.remove')}
        </Button>
      </Group>
      {/* Two columns: scheme names and official country names are long. */}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <ProfileSelect path={`identifiers.${index}.scheme`} label={t('company.fields.scheme')} data={schemes} allowDeselect={false} />
        <ProfileText path={`identifiers.${index}.value`} label={t('company.fields.identifierValue')} maxLength={40} mono />
        <ProfileCountry path={`identifiers.${index}.country`} label={t('company.fields.issuedBy')} />
        {scheme === 'OTHER' && (
          <ProfileText
            path={`identifiers.${index}.label`}
            label={t('company.fields.identifierLabel')}
            description={t('company.fields.identifierLabelHint')}
            maxLength={60}
          />
        )}
      </SimpleGrid>
    </Paper>
  );
}

export function IdentifiersSection() {
  const { t } = useTranslation();
  const { control } = useProfileForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'identifiers' });
  return (
    <ProfileSection id="identifiers" title={t('company.profile.identifiers')} hint={t('company.profile.identifiersHint')}>
      {fields.map((f, i) => (
        <IdentifierRow key={f.id} index={i} onRemove={() => remove(i)} />
      ))}
      <Group>
        <Button variant="light" size="xs" disabled={fields.length >= MAX} onClick={() => append({ scheme: 'EORI', value: '', country: '', label: '' })}>
          {t('company.profile.addIdentifier')}
        </Button>
        {fields.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('company.profile.noIdentifier')}
          </Text>
        )}
      </Group>
    </ProfileSection>
  );
}
