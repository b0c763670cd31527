// The packing bench for one order: picked lines, the parcels being filled, the scan field, finish.
import { Alert, Anchor, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { StatusBadge } from '../orders/StatusBadge';
import { FinishPacking } from './FinishPacking';
import { LinesTable } from './LinesTable';
import { NewParcel } from './NewParcel';
import { ParcelCard } from './ParcelCard';
import { ScanField } from './ScanField';

export function StationPage() {
  const { t } = useTranslation();
  const orderId = Number(useParams().orderId);
  const valid = Number.isSafeInteger(orderId) && orderId > 0;
  const station = useCommand('packing.station', { orderId }, { enabled: valid });
  const presets = useCommand('packing.presets', {});
  // The parcel scans go into: the one the clerk clicked, else the newest open one.
  const [target, setTarget] = useState<number>();

  if (station.isError)
    return (
      <Alert color="red" role="alert">
        {errorText(station.error)}
      </Alert>
    );
  if (!station.data) return <Loader />;
  const { order, lines, parcels, tolerancePercent } = station.data;
  const editable = order.status === 'picked';
  const openParcels = parcels.filter((p) => p.status === 'open');
  const active = openParcels.find((p) => p.id === target) ?? openParcels.at(-1);
  const allPacked = lines.length > 0 && lines.every((l) => l.left === '0');

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>
            {t('packing.title')} ·{' '}
            <Anchor component={Link} to={`/orders/${order.id}`} inherit>
              {order.orderNumber}
            </Anchor>
          </Title>
          <StatusBadge status={order.status} size="lg" />
        </Group>
        <Button component={Link} to="/packing" variant="default">
          {t('packing.station.otherOrder')}
        </Button>
      </Group>
      <Text>
        {order.consigneeName}
        {order.consigneeCompany && ` · ${order.consigneeCompany}`} · {order.country} · {t('packing.station.tolerance', { tolerance: tolerancePercent })}
      </Text>
      {!editable && <Alert color="gray">{t('packing.station.notPicked', { status: t(`status.${order.status}`) })}</Alert>}
      <Title order={3} size="h5">
        {t('packing.station.lines')}
      </Title>
      <LinesTable lines={lines} />
      {allPacked && <Text c="green">{t('packing.station.allPacked')}</Text>}
      {editable && active && <ScanField parcel={active} />}
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        {parcels.map((p) => (
          <ParcelCard
            key={p.id}
            parcel={p}
            presets={presets.data ?? []}
            editable={editable}
            selected={p.id === active?.id}
            onSelect={() => p.status === 'open' && setTarget(p.id)}
          />
        ))}
      </SimpleGrid>
      {editable && <NewParcel orderId={order.id} presets={presets.data ?? []} onOpened={(p) => setTarget(p.id)} />}
      {editable && <FinishPacking orderId={order.id} orderNumber={order.orderNumber} />}
    </Stack>
  );
}
