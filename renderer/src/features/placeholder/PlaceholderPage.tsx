// A step of the flow that has no screen yet: says so plainly, and what it will do. No fake data.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceholderStep } from '../../app/navigation';

export function PlaceholderPage({ step }: { step: PlaceholderStep }) {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <Title order={2}>{t(`nav.${step}`)}</Title>
      <Alert color="gray" title={t('placeholder.notBuilt')}>
        <Text>{t(`placeholder.${step}`)}</Text>
      </Alert>
    </Stack>
  );
}
