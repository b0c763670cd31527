// The transport clerk's screen: declared orders waiting to be booked, each with the service the
// rules propose and the rule that chose it; book in a drawer; recent shipments below, with their
// waybills to print.
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WaitingOrder } from '../../../../shared/api/contracts/transport';
import { useCommand } from '../../api/hooks';
import { ListTable } from '../../ui/ListTable';
import { formatMoment } from '../../i18n/format';
import { usePrintDocument } from '../documents/usePrintDocument';
import { BookDrawer } from './BookDrawer';
import { WaitingOrders } from './WaitingOrders';

function Shipments() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const list = useCommand('transport.shipments', { search, offset: 0, limit: 50 });
  const { print, pending } = usePrintDocument();
  const rows = list.data?.rows ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('transport.shipments.title')}</Title>
        <TextInput placeholder={t('transport.shipments.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={320} />
      </Group>
      <ListTable
        headings={[...['order', 'carrier', 'waybill', 'numbers', 'status', 'booked'].map((k) => t(`transport.shipments.${k}`)), '']}
        count={rows.length}
        empty={t('transport.shipments.empty')}
        testId="transport-shipments"
      >
        {rows.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>
              <Anchor component={Link} to={`/orders/${s.orderId}`}>
                {s.orderNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {s.carrierName} · {s.serviceName}
              <Text size="xs" c="dimmed">
                {t(`transport.shipments.chosenBy.${s.chosenBy}`)}
              </Text>
            </Table.Td>
            <Table.Td ff="monospace">{s.waybill}</Table.Td>
            <Table.Td ff="monospace">{s.parcels.map((p) => p.trackingNumber).join(', ')}</Table.Td>
            <Table.Td>{t(`transport.shipments.statuses.${s.status}`)}</Table.Td>
            <Table.Td>
              {formatMoment(s.createdAt, i18n.language)} · {s.createdBy}
            </Table.Td>
            <Table.Td>
              {s.status !== 'cancelled' && (
                <Button size="xs" variant="default" loading={pending} onClick={() => void print('transport.showWaybill', { orderId: s.orderId })}>
                  {t('transport.shipments.print')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}

export function TransportPage() {
  const { t } = useTranslation();
  const [booking, setBooking] = useState<WaitingOrder | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('transport.title')}</Title>
        <Anchor component={Link} to="/transport/setup">
          {t('transport.setupLink')}
        </Anchor>
      </Group>
      <WaitingOrders onBook={setBooking} />
      <Shipments />
      <BookDrawer order={booking} onClose={() => setBooking(null)} />
    </Stack>
  );
}
