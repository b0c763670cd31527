// The ledger rows behind a product's figures, latest first, a page at a time.
import { Pagination, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductStock } from '../../../../shared/api/contracts/inventory';
import { formatMoment } from '../../i18n/format';
import { formatDelta } from './format';

interface Props {
  movements: ProductStock['movements'];
  perPage: number;
  page: number;
  onPage: (page: number) => void;
}

export function MovementsTable({ movements, perPage, page, onPage }: Props) {
  const { t, i18n } = useTranslation();
  if (movements.total === 0) return <Text c="dimmed">{t('inventory.product.noMovements')}</Text>;
  const pages = Math.max(1, Math.ceil(movements.total / perPage));
  const where = (m: ProductStock['movements']['rows'][number]) =>
    m.place === 'bin'
      ? (m.binCode ?? '')
      : m.place === 'container'
        ? t('inventory.movements.inContainer', { container: m.container })
        : m.place === 'parcel'
          ? t('inventory.movements.inParcel', { parcel: m.parcelId ?? '' })
          : '';
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing={6} aria-label={t('inventory.product.movements')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inventory.movements.at')}</Table.Th>
              <Table.Th>{t('inventory.movements.kind')}</Table.Th>
              <Table.Th ta="right">{t('inventory.movements.quantity')}</Table.Th>
              <Table.Th ta="right">{t('inventory.movements.reserved')}</Table.Th>
              <Table.Th>{t('inventory.movements.where')}</Table.Th>
              <Table.Th>{t('inventory.movements.order')}</Table.Th>
              <Table.Th>{t('inventory.movements.reason')}</Table.Th>
              <Table.Th>{t('inventory.movements.reference')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {movements.rows.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(m.at, i18n.language)}</Table.Td>
                <Table.Td>{t(`inventory.movements.kinds.${m.kind}`, { defaultValue: m.kind })}</Table.Td>
                <Table.Td ta="right">{m.quantity === '0' ? '' : formatDelta(m.quantity, i18n.language)}</Table.Td>
                <Table.Td ta="right">{m.reserved === '0' ? '' : formatDelta(m.reserved, i18n.language)}</Table.Td>
                <Table.Td>{where(m)}</Table.Td>
                <Table.Td>{m.orderNumber ?? ''}</Table.Td>
                <Table.Td>{m.reason}</Table.Td>
                <Table.Td>{m.reference}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} size="sm" aria-label={t('inventory.movements.pages')} />}
    </Stack>
  );
}
