// The seven steps in a row: how many orders stand at each, a click away from the step's page,
// with the statuses inside each step linked to the orders list filtered by that status.
import { Anchor, Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutOfFlow, StepCount } from '../../../../shared/api/contracts/flow';
import { STEP_PAGE, statusList } from './stepLinks';

function StepCard({ count, index, waiting }: { count: StepCount; index: number; waiting: number }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <Card withBorder padding="sm" data-testid={`step-${count.step}`}>
      <UnstyledButton
        component={Link}
        to={STEP_PAGE[count.step]}
        aria-label={t('flow.dashboard.openStep', { step: t(`flow.steps.${count.step}`), count: count.total })}
      >
        <Text size="xs" c="dimmed">
          {index + 1}. {t(`flow.steps.${count.step}`)}
        </Text>
        <Text fz={28} fw={700} lh={1.2} data-testid="step-total">
          {nf.format(count.total)}
        </Text>
      </UnstyledButton>
      <Stack gap={0} mt={4}>
        {count.byStatus.map((s) => (
          <Anchor key={s.status} component={Link} to={statusList(s.status)} size="xs" c={s.count === 0 ? 'dimmed' : undefined}>
            {t(`status.${s.status}`)}: {nf.format(s.count)}
          </Anchor>
        ))}
        {waiting > 0 && (
          <Text size="xs" c="orange.8" fw={600}>
            {t('flow.dashboard.waitingAtStep', { count: waiting })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function StepCounts({ steps, outOfFlow, waitingByStep }: { steps: StepCount[]; outOfFlow: OutOfFlow; waitingByStep: Partial<Record<string, number>> }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const apart: [keyof OutOfFlow, string][] = [
    ['delivered', statusList('delivered')],
    ['returning', statusList('returning')],
    ['returned', statusList('returned')],
    ['cancelled', statusList('cancelled')],
  ];
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
        {steps.map((count, i) => (
          <StepCard key={count.step} count={count} index={i} waiting={waitingByStep[count.step] ?? 0} />
        ))}
      </SimpleGrid>
      <Group gap="lg">
        {apart.map(([key, to]) => (
          <Anchor key={key} component={Link} to={to} size="sm" c="dimmed">
            {t(`flow.outOfFlow.${key}`)}: {nf.format(outOfFlow[key])}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}
