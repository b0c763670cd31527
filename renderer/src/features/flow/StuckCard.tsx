// What is stuck: held at customs, short of stock, on hold, waiting past the threshold; the oldest
// first, each order a link to its page.
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeldOrder, Listed, StuckOrder } from '../../../../shared/api/contracts/flow';
import { formatDay } from '../../i18n/format';
import { orderPage } from './stepLinks';

function isHeld(o: StuckOrder): o is HeldOrder {
  return 'filingId' in o;
}

function StuckLine({ order }: { order: StuckOrder }) {
  const { t, i18n } = useTranslation();
  const extra: string[] = [];
  if (isHeld(order)) {
    if (order.reference) extra.push(`${t('flow.stuck.reference')} ${order.reference}`);
    if (order.dueDate) extra.push(t('flow.stuck.due', { date: formatDay(order.dueDate, i18n.language) }));
  }
  if (order.detail) extra.push(order.detail);
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Anchor component={Link} to={orderPage(order.id)} size="sm" fw={600}>
          {order.orderNumber}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {order.step ? t(`flow.steps.${order.step}`) : t(`status.${order.status}`)}
          {extra.length > 0 ? ` · ${extra.join(' · ')}` : ''}
        </Text>
      </Group>
      <Text size="xs" c={order.hours > 0 ? 'orange.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {t('flow.stuck.hours', { count: order.hours })}
      </Text>
    </Group>
  );
}

function StuckList({ kind, list, link }: { kind: 'held' | 'short' | 'onHold' | 'waiting'; list: Listed<StuckOrder>; link?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={`stuck-${kind}`}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {t(`flow.stuck.${kind}`)}
        </Text>
        <Badge color={list.total > 0 ? 'orange' : 'gray'} variant="light" size="sm">
          {list.total}
        </Badge>
      </Group>
      {list.total === 0 ? (
        <Text size="xs" c="dimmed">
          {t('flow.stuck.none')}
        </Text>
      ) : (
        list.orders.map((o) => <StuckLine key={o.id} order={o} />)
      )}
      {list.total > list.orders.length &&
        (link ? (
          <Anchor component={Link} to={link} size="xs">
            {t('flow.stuck.more', { count: list.total - list.orders.length })}
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed">
            {t('flow.stuck.more', { count: list.total - list.orders.length })}
          </Text>
        ))}
    </Stack>
  );
}

export function StuckCard({
  stuck,
  waitingHours,
}: {
  stuck: { held: Listed<HeldOrder>; short: Listed<StuckOrder>; onHold: Listed<StuckOrder>; waiting: Listed<StuckOrder> };
  waitingHours: number;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t('flow.stuck.title')}
      </Title>
      <Stack gap="md">
        <StuckList kind="held" list={stuck.held} link="/clearance" />
        <StuckList kind="short" list={stuck.short} />
        <StuckList kind="onHold" list={stuck.onHold} link="/orders?status=on_hold" />
        <Stack gap={2}>
          <StuckList kind="waiting" list={stuck.waiting} />
          <Text size="xs" c="dimmed">
            {t('flow.stuck.waitingHint', { count: waitingHours })}
          </Text>
        </Stack>
      </Stack>
    </Card>
  );
}
