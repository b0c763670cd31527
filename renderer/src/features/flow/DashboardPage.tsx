// The home dashboard: how many orders stand at each of the seven steps, what is stuck, and the
// next work of each kind of user. Refreshed whenever a command changes the orders it counts.
import { Alert, Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { formatMoment } from '../../i18n/format';
import { errorText } from '../../app/notify';
import { NextWorkCard } from './NextWorkCard';
import { StepCounts } from './StepCounts';
import { StuckCard } from './StuckCard';
import { ThresholdForm } from './ThresholdForm';

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const board = useCommand('flow.dashboard', {});
  if (board.isPending) return <Loader aria-label={t('common.loading')} />;
  if (board.isError)
    return (
      <Alert color="red" title={t('common.error')}>
        <Text>{errorText(board.error)}</Text>
        <Button mt="sm" variant="light" onClick={() => void board.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  const d = board.data;
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <div>
          <Title order={2}>{t('flow.dashboard.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('flow.dashboard.asOf', { time: formatMoment(d.at, i18n.language) })}
          </Text>
        </div>
        <ThresholdForm />
      </Group>
      <StepCounts steps={d.steps} outOfFlow={d.outOfFlow} waitingByStep={d.stuck.waiting.byStep} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StuckCard stuck={d.stuck} waitingHours={d.waitingHours} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <NextWorkCard work={d.work} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
