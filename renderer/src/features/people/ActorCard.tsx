// Settings: the name written on every change made from this copy of Despacho.
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { ActorForm } from './ActorForm';

export function ActorCard() {
  const { t } = useTranslation();
  const settings = useCommand('settings.get', {});
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('actor.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('actor.settingsHint')}
        </Text>
        {/* Keyed by the saved name so the field shows it again after a save elsewhere. */}
        {settings.data && <ActorForm key={settings.data.actor} initial={settings.data.actor} submitLabel={t('common.save')} />}
      </Stack>
    </Card>
  );
}
