// The order's lines as saved, with main's exact line totals.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/api/types';
import { formatQuantity, isDecimalString } from '../../../../shared/domain/money';
import { money } from '../../i18n/format';

export function LinesTable({ detail }: { detail: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const currency = detail.order.currency;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('fields.line.sku')}</Table.Th>
            <Table.Th>{t('fields.line.description')}</Table.Th>
            <Table.Th>{t('fields.line.brand')}</Table.Th>
            <Table.Th>{t('fields.line.model')}</Table.Th>
            <Table.Th ta="right">{t('fields.line.quantity')}</Table.Th>
            <Table.Th ta="right">{t('fields.line.unitPrice')}</Table.Th>
            <Table.Th>{t('fields.line.hsCode')}</Table.Th>
            <Table.Th>{t('fields.line.originCountry')}</Table.Th>
            <Table.Th ta="right">{t('orderPage.lineTotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.order.lines.map((line, i) => (
            <Table.Tr key={i}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{line.sku}</Table.Td>
              <Table.Td>{line.description}</Table.Td>
              <Table.Td>{line.brand}</Table.Td>
              <Table.Td>{line.model}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {isDecimalString(line.quantity) ? formatQuantity(line.quantity, lang) : line.quantity} {line.unit}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(line.unitPrice, currency, lang)}
              </Table.Td>
              <Table.Td>{line.hsCode}</Table.Td>
              <Table.Td>{line.originCountry}</Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {detail.lineTotals[i] !== undefined ? money(detail.lineTotals[i], currency, lang) : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
