// The declared orders waiting for a carrier, each with the service the rules propose and the rule
// that chose it. One order is booked in the drawer; a selection is booked at once with each order's
// proposed service, and the orders the rules could not book stay listed with why.
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookProposedResult, WaitingOrder } from '../../../../shared/api/contracts/transport';
import type { OrderRefusal } from '../../../../shared/api/types';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { ListTable } from '../../ui/ListTable';
import { RefusedOrders } from '../../ui/RefusedOrders';
import { useSelection } from '../../ui/useSelection';

function Proposed({ order }: { order: WaitingOrder }) {
  const { t } = useTranslation();
  if (!order.proposed)
    return (
      <Text size="sm" c="orange">
        {order.why ? t(`transport.why.${order.why}`) : ''}
      </Text>
    );
  return (
    <>
      <Text size="sm">
        {order.proposed.carrierName} · {order.proposed.serviceName}{' '}
        <Badge size="xs" variant="light" color={order.proposed.departure === 'today' ? 'green' : 'orange'}>
          {t(`transport.departure.${order.proposed.departure}`)}
        </Badge>
      </Text>
      <Text size="xs" c="dimmed">
        {t('transport.waiting.rule', { note: order.proposed.ruleNote })}
      </Text>
    </>
  );
}

export function WaitingOrders({ onBook }: { onBook: (o: WaitingOrder) => void }) {
  const { t } = useTranslation();
  const waiting = useCommand('transport.waiting', {});
  const rows = waiting.data ?? [];
  const selection = useSelection(rows, (o) => o.orderId);
  const [refused, setRefused] = useState<{ list: OrderRefusal[]; numbers: Map<number, string> } | null>(null);
  const book = useMutationCommand('transport.bookProposed', {
    onError: (e) => notifyError(e),
  });
  const bookChosen = () => {
    const numbers = new Map(selection.chosen.map((o) => [o.orderId, o.orderNumber]));
    setRefused(null);
    book.mutate(
      { orderIds: selection.chosen.map((o) => o.orderId) },
      {
        onSuccess: (result: BookProposedResult) => {
          selection.clear();
          setRefused({ list: result.refused, numbers });
          if (result.booked.length > 0) notifySuccess(t('transport.waiting.bookedMany', { count: result.booked.length }));
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('transport.waiting.title')}</Title>
        <Button disabled={selection.chosen.length === 0} loading={book.isPending} onClick={bookChosen}>
          {t('transport.waiting.bookSelected', { count: selection.chosen.length })}
        </Button>
      </Group>
      {refused && (
        <RefusedOrders
          title={t('transport.waiting.refusedTitle', { count: refused.list.length })}
          refused={refused.list}
          orderNumber={(id) => refused.numbers.get(id) ?? String(id)}
          onClose={() => setRefused(null)}
        />
      )}
      <ListTable
        headings={[
          selection.allBox(t('transport.waiting.selectAll')),
          ...['order', 'consignee', 'line', 'parcels', 'proposed'].map((k) => t(`transport.waiting.${k}`)),
          '',
        ]}
        count={rows.length}
        empty={t('transport.waiting.empty')}
        testId="transport-waiting"
      >
        {rows.map((o) => (
          <Table.Tr key={o.orderId}>
            <Table.Td>{selection.rowBox(o, t('transport.waiting.select', { order: o.orderNumber }))}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/orders/${o.orderId}`}>
                {o.orderNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {o.consignee} · {o.country}
            </Table.Td>
            <Table.Td>{o.shippingLine || o.shippingMethod}</Table.Td>
            <Table.Td>
              {o.parcelCount} · {o.grossKg} kg
            </Table.Td>
            <Table.Td>
              <Proposed order={o} />
            </Table.Td>
            <Table.Td>
              <Button size="xs" onClick={() => onBook(o)}>
                {t('transport.waiting.choose')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}
