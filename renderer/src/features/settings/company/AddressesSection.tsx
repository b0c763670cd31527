// The company's addresses: the registered office the documents name, where goods leave from, and
// where invoices go when that is elsewhere.
import { Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ADDRESS_KINDS } from '../../../../../shared/schemas/customs/company';
import { ProfileCountry, ProfileSection, ProfileSelect, ProfileText, ProfileTextarea, useProfileForm } from './profileForm';

const MAX = 5;

export function AddressesSection() {
  const { t } = useTranslation();
  const { control } = useProfileForm();
  const { fields, append, remove } = useFieldArray({ control, name: 'addresses' });
  const kinds = ADDRESS_KINDS.map((k) => ({ value: k, label: t(`company.addressKinds.${k}`) }));
  // The first address is usually the registered office, the next where goods are dispatched from.
  const nextKind = ADDRESS_KINDS[Math.min(fields.length, ADDRESS_KINDS.length - 1)] ?? 'registered';

  return (
    <ProfileSection id="addresses" title={t('company.profile.addresses')} hint={t('company.profile.addressesHint')}>
      {fields.map((f, i) => (
        <Paper key={f.id} withBorder p="sm" data-address={i}>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              {t('company.profile.addressN', { n: i + 1 })}
            </Text>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(i)} aria-label={t('company.profile.removeAddress', { n: i + 1 })}>
              {t('company.profile.remove')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <ProfileSelect path={`addresses.${i}.kind`} label={t('company.fields.addressKind')} data={kinds} allowDeselect={false} />
            <ProfileCountry path={`addresses.${i}.country`} label={t('company.fields.country')} />
            <ProfileTextarea path={`addresses.${i}.address`} label={t('company.fields.address')} maxLength={400} style={{ gridColumn: '1 / -1' }} />
            <ProfileText path={`addresses.${i}.city`} label={t('company.fields.city')} maxLength={100} />
            <ProfileText path={`addresses.${i}.postalCode`} label={t('company.fields.postalCode')} maxLength={20} />
            <ProfileText path={`addresses.${i}.state`} label={t('company.fields.state')} maxLength={100} />
          </SimpleGrid>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={fields.length >= MAX}
          onClick={() => append({ kind: nextKind, address: '', city: '', postalCode: '', state: '', country: '' })}
        >
          {t('company.profile.addAddress')}
        </Button>
        {fields.length === 0 && (
          <Text size="sm" c="orange.8">
            {t('company.profile.noAddress')}
          </Text>
        )}
      </Group>
    </ProfileSection>
  );
}
