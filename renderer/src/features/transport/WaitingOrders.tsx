// The declared orders waiting for a carrier, each with the service the rules propose and the rule
// that chose it. One order is booked in the drawer; a selection is booked at once with each order's
// proposed service, and the orders the rules could not book stay listed with why.
import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookProposedResult, WaitingOrder } from '../../../../shared/api/contracts/transport';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { ListTable } from '../../ui/ListTable';

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
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [refused, setRefused] = useState<{ order: string; why: string }[]>([]);
  const chosen = rows.filter((o) => selected.has(o.orderId));
  const numberOf = new Map(rows.map((o) => [o.orderId, o.orderNumber]));
  const book = useMutationCommand('transport.bookProposed', {
    onSuccess: (result: BookProposedResult) => {
      setSelected(new Set());
      setRefused(result.refused.map((r) => ({ order: numberOf.get(r.orderId) ?? String(r.orderId), why: translateMessage(r.code, r.params) })));
      if (result.booked.length > 0) notifySuccess(t('transport.waiting.bookedMany', { count: result.booked.length }));
    },
    onError: (e) => notifyError(e),
  });
  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const all = rows.length > 0 && chosen.length === rows.length;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('transport.waiting.title')}</Title>
        <Button
          disabled={chosen.length === 0}
          loading={book.isPending}
          onClick={() => {
            setRefused([]);
            book.mutate({ orderIds: chosen.map((o) => o.orderId) });
          }}
        >
          {t('transport.waiting.bookSelected', { count: chosen.length })}
        </Button>
      </Group>
      {refused.length > 0 && (
        <Alert color="orange" title={t('transport.waiting.refusedTitle', { count: refused.length })} withCloseButton onClose={() => setRefused([])}>
          <List size="sm">
            {refused.map((r) => (
              <List.Item key={r.order}>
                <b>{r.order}</b>: {r.why}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ListTable
        headings={[
          <Checkbox
            key="all"
            aria-label={t('transport.waiting.selectAll')}
            checked={all}
            indeterminate={chosen.length > 0 && !all}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((o) => o.orderId)) : new Set())}
          />,
          ...['order', 'consignee', 'line', 'parcels', 'proposed'].map((k) => t(`transport.waiting.${k}`)),
          '',
        ]}
        count={rows.length}
        empty={t('transport.waiting.empty')}
        testId="transport-waiting"
      >
        {rows.map((o) => (
          <Table.Tr key={o.orderId}>
            <Table.Td>
              <Checkbox
                aria-label={t('transport.waiting.select', { order: o.orderNumber })}
                checked={selected.has(o.orderId)}
                onChange={(e) => toggle(o.orderId, e.currentTarget.checked)}
              />
            </Table.Td>
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
