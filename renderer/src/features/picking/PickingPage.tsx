// Picking, step 2 of the flow: the open pick lists to work on, and planning new ones.
import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { PickListsTable } from './PickListsTable';
import { PlanWave } from './PlanWave';

export function PickingPage() {
  const { t } = useTranslation();
  const lists = useCommand('picking.list', {});
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('picking.title')}</Title>
        <Text c="dimmed">{t('picking.intro')}</Text>
      </div>
      <Stack gap="xs">
        <Title order={3}>{t('picking.openLists')}</Title>
        {lists.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {lists.error && (
          <Alert color="red" role="alert">
            {errorText(lists.error)}{' '}
            <Button variant="subtle" size="xs" onClick={() => void lists.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        )}
        {lists.data && (lists.data.open.length === 0 ? <Text c="dimmed">{t('picking.noOpenLists')}</Text> : <PickListsTable lists={lists.data.open} />)}
      </Stack>
      <PlanWave />
      {lists.data && lists.data.recent.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('picking.recentLists')}</Title>
          <PickListsTable lists={lists.data.recent} />
        </Stack>
      )}
    </Stack>
  );
}
