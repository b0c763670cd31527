// /declarations, step 4 of the flow: packed orders waiting for their customs documents, and every
// document made so far.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DocumentsTable } from './DocumentsTable';
import { WaitingOrders } from './WaitingOrders';

export function CustomsDocumentsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={1280}>
      <div>
        <Title order={2}>{t('customsDocs.title')}</Title>
        <Text c="dimmed">{t('customsDocs.intro')}</Text>
      </div>
      <WaitingOrders />
      <DocumentsTable />
    </Stack>
  );
}
