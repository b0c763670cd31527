// Every line of the list in walking order, so the picker sees what is done and what is ahead.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PickLineView } from '../../../../shared/api/contracts/picking';
import { splitShortReason } from '../../../../shared/domain/wave';
import { quantity } from '../../i18n/format';

const COLOUR = { open: 'gray', picked: 'green', short: 'orange', cancelled: 'red' } as const;

export function PickLinesTable({ lines, currentId }: { lines: PickLineView[]; currentId: number | undefined }) {
  const { t, i18n } = useTranslation();
  const q = (v: string) => quantity(v, i18n.language);
  const reasonText = (reason: string) => {
    const { code, note } = splitShortReason(reason);
    return [code ? t(`picking.short.reasons.${code}`) : '', note].filter(Boolean).join(': ');
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={4} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('picking.columns.seq')}</Table.Th>
            <Table.Th>{t('picking.columns.bin')}</Table.Th>
            <Table.Th>{t('picking.columns.zone')}</Table.Th>
            <Table.Th>{t('picking.columns.product')}</Table.Th>
            <Table.Th ta="right">{t('picking.columns.quantity')}</Table.Th>
            <Table.Th ta="right">{t('picking.columns.picked')}</Table.Th>
            <Table.Th ta="right">{t('picking.columns.short')}</Table.Th>
            <Table.Th>{t('picking.columns.container')}</Table.Th>
            <Table.Th>{t('picking.columns.order')}</Table.Th>
            <Table.Th>{t('picking.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id} bg={l.id === currentId ? 'var(--mantine-color-blue-light)' : undefined} aria-current={l.id === currentId ? 'step' : undefined}>
              <Table.Td>{l.seq}</Table.Td>
              <Table.Td fw={600}>{l.binCode}</Table.Td>
              <Table.Td>{l.zone}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {l.sku}
                </Text>
                <Text size="xs" c="dimmed">
                  {l.name}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{q(l.quantity)}</Table.Td>
              <Table.Td ta="right">{q(l.picked)}</Table.Td>
              <Table.Td ta="right" title={l.shortReason ? reasonText(l.shortReason) : undefined}>
                {l.short === '0' ? '' : q(l.short)}
              </Table.Td>
              <Table.Td>{l.container}</Table.Td>
              <Table.Td>{l.orderNumber}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={COLOUR[l.status]}>
                  {t(`picking.lineStatus.${l.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
