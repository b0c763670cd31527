// What was picked for the order, what is already packed and what is still in the container.
import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StationLine } from '../../../../shared/api/contracts/packing';
import { quantity } from '../../i18n/format';

export function LinesTable({ lines }: { lines: StationLine[] }) {
  const { t, i18n } = useTranslation();
  const q = (v: string) => quantity(v, i18n.language);
  return (
    <Table striped aria-label={t('packing.station.lines')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>{t('packing.station.lineNo')}</Table.Th>
          <Table.Th>{t('packing.station.sku')}</Table.Th>
          <Table.Th>{t('packing.station.name')}</Table.Th>
          <Table.Th ta="right">{t('packing.station.picked')}</Table.Th>
          <Table.Th ta="right">{t('packing.station.packed')}</Table.Th>
          <Table.Th ta="right">{t('packing.station.left')}</Table.Th>
          <Table.Th>{t('packing.station.container')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.orderLineId}>
            <Table.Td>{l.lineNo}</Table.Td>
            <Table.Td>{l.sku}</Table.Td>
            <Table.Td>{l.name}</Table.Td>
            <Table.Td ta="right">{q(l.picked)}</Table.Td>
            <Table.Td ta="right">{q(l.packed)}</Table.Td>
            <Table.Td ta="right">
              {/* What is left is what the clerk must still find: make it stand out until it is 0. */}
              <Badge color={l.left === '0' ? 'green' : 'orange'} variant="light">
                {q(l.left)}
              </Badge>
            </Table.Td>
            <Table.Td>{l.containers.join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
