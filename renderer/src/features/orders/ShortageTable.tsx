// The lines an order is short of: ordered, reserved and missing, and why when picking found less.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShortLine } from '../../../../shared/api/types';
import { quantity } from '../../i18n/format';

/** Picking stores "damaged: box crushed" (a reason code and the picker's note); show the code in words. */
function reasonText(reason: string | undefined, t: (key: string) => string, exists: (key: string) => boolean): string {
  if (!reason) return '';
  const [code, ...note] = reason.split(': ');
  const key = `picking.short.reasons.${code}`;
  return [exists(key) ? t(key) : code, note.join(': ')].filter(Boolean).join(': ');
}

export function ShortageTable({ shortage }: { shortage: ShortLine[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table withTableBorder striped aria-label={t('shortage.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('shortage.line')}</Table.Th>
          <Table.Th>{t('shortage.sku')}</Table.Th>
          <Table.Th ta="right">{t('shortage.ordered')}</Table.Th>
          <Table.Th ta="right">{t('shortage.reserved')}</Table.Th>
          <Table.Th ta="right">{t('shortage.missing')}</Table.Th>
          <Table.Th>{t('shortage.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shortage.map((s) => (
          <Table.Tr key={`${s.lineNo}-${s.pickList ?? ''}-${s.reason ?? ''}`}>
            <Table.Td>{s.lineNo}</Table.Td>
            <Table.Td>{s.sku}</Table.Td>
            <Table.Td ta="right">{s.ordered ? quantity(s.ordered, i18n.language) : ''}</Table.Td>
            <Table.Td ta="right">{s.reserved ? quantity(s.reserved, i18n.language) : ''}</Table.Td>
            <Table.Td ta="right" c="red.8" fw={600}>
              {quantity(s.missing, i18n.language)}
            </Table.Td>
            <Table.Td>{[reasonText(s.reason, t, i18n.exists), s.pickList].filter(Boolean).join(' · ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
