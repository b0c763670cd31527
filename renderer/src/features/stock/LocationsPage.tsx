// The warehouse's bins in walking order; click one to edit it, or add a new one below.
import { Alert, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationView } from '../../../../shared/api/contracts/inventory';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { LocationForm } from './LocationForm';
import { StockTabs } from './StockTabs';

export function LocationsPage() {
  const { t } = useTranslation();
  const query = useCommand('locations.list', {});
  const [editing, setEditing] = useState<LocationView>();
  return (
    <Stack maw={1280}>
      <StockTabs title={t('inventory.locations.title')} />
      {/* A new form for each bin chosen (and for a new bin): nothing typed for one bin carries over to another. */}
      <LocationForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(undefined)} />
      {query.error && <Alert color="red">{errorText(query.error)}</Alert>}
      {!query.data ? (
        <Loader />
      ) : query.data.length === 0 ? (
        <Text c="dimmed">{t('inventory.locations.empty')}</Text>
      ) : (
        <Table striped highlightOnHover maw={720} aria-label={t('inventory.locations.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">{t('inventory.columns.walkOrder')}</Table.Th>
              <Table.Th>{t('inventory.columns.bin')}</Table.Th>
              <Table.Th>{t('inventory.columns.zone')}</Table.Th>
              <Table.Th>{t('inventory.columns.warehouse')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.map((l) => (
              <Table.Tr
                key={l.id}
                onClick={() => setEditing(l)}
                style={{ cursor: 'pointer' }}
                bg={editing?.id === l.id ? 'var(--mantine-color-blue-light)' : undefined}
                tabIndex={0}
                onKeyDown={(e) => e.key === 'Enter' && setEditing(l)}
                aria-label={t('inventory.locations.editRow', { bin: l.binCode })}
              >
                <Table.Td ta="right">{l.walkOrder}</Table.Td>
                <Table.Td fw={600}>{l.binCode}</Table.Td>
                <Table.Td>{l.zone}</Table.Td>
                <Table.Td>{l.warehouse}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
