// Packing, step 3 of the flow: scan a container (or type an order number) to open the bench.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FindOrder } from './FindOrder';
import { PresetsCard } from './PresetsCard';
import { ToleranceCard } from './ToleranceCard';
import { WaitingList } from './WaitingList';

export function PackingPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('packing.title')}</Title>
      <FindOrder />
      <WaitingList />
      <PresetsCard />
      <ToleranceCard />
    </Stack>
  );
}
