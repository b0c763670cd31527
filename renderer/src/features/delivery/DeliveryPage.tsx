// Step 7: Loading (manifests, the scan bench) and In transit (delivery confirmation, status file).
import { Badge, Button, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { formatMoment } from '../../i18n/format';
import { InTransitTab } from './InTransitTab';
import { ManifestBench } from './ManifestBench';
import { ManifestForm } from './ManifestForm';

function LoadingTab() {
  const { t, i18n } = useTranslation();
  const { data } = useCommand('delivery.manifests', {});
  const [openId, setOpenId] = useState<number>();
  if (openId) return <ManifestBench id={openId} onBack={() => setOpenId(undefined)} />;
  if (!data) return null;
  const all = [...data.open, ...data.departed];
  return (
    <Stack>
      <Title order={4}>{t('delivery.manifest.new')}</Title>
      {data.carriers.length > 0 && <ManifestForm carriers={data.carriers} onCreated={setOpenId} />}
      <Table highlightOnHover>
        {all.length > 0 && (
          <Table.Thead>
            <Table.Tr>
              {(['number', 'carrier', 'plate', 'driver', 'plannedDeparture', 'count', 'state'] as const).map((c) => (
                <Table.Th key={c}>{t(`delivery.manifest.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {all.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Button variant="subtle" onClick={() => setOpenId(m.id)}>
                  {m.number}
                </Button>
              </Table.Td>
              <Table.Td>{m.carrierName}</Table.Td>
              <Table.Td>{m.vehiclePlate}</Table.Td>
              <Table.Td>{m.driver}</Table.Td>
              <Table.Td>{formatMoment(m.plannedDeparture, i18n.language)}</Table.Td>
              <Table.Td>{t('delivery.manifest.parcels', { count: m.parcelCount })}</Table.Td>
              <Table.Td>
                <Badge color={m.status === 'open' ? 'blue' : 'gray'}>{t(`delivery.manifest.statusLabel.${m.status}`)}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {all.length === 0 && <Text c="dimmed">{t('delivery.manifest.none')}</Text>}
    </Stack>
  );
}

export function DeliveryPage() {
  const { t } = useTranslation();
  return (
    <Stack p="md">
      <Title order={2}>{t('delivery.title')}</Title>
      <Tabs defaultValue="loading" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="loading">{t('delivery.tabs.loading')}</Tabs.Tab>
          <Tabs.Tab value="transit">{t('delivery.tabs.inTransit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="loading" pt="md">
          <LoadingTab />
        </Tabs.Panel>
        <Tabs.Panel value="transit" pt="md">
          <InTransitTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
