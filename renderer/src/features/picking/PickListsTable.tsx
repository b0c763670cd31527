// Pick lists with their progress; a row opens the pick screen.
import { Anchor, Badge, Progress, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PickListSummary } from '../../../../shared/api/contracts/picking';
import { formatMoment } from '../../i18n/format';

const STATUS_COLOUR = { open: 'blue', done: 'green', cancelled: 'gray' } as const;

export function PickListsTable({ lists }: { lists: PickListSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('picking.columns.number')}</Table.Th>
            <Table.Th>{t('picking.columns.kind')}</Table.Th>
            <Table.Th>{t('picking.columns.status')}</Table.Th>
            <Table.Th ta="right">{t('picking.columns.orders')}</Table.Th>
            <Table.Th ta="right">{t('picking.columns.lines')}</Table.Th>
            <Table.Th w={220}>{t('picking.columns.progress')}</Table.Th>
            <Table.Th>{t('picking.columns.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor component={Link} to={`/picking/${l.id}`} fw={600}>
                  {l.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`picking.kind.${l.kind}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOUR[l.status]}>
                  {t(`picking.listStatus.${l.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{l.orderCount}</Table.Td>
              <Table.Td ta="right">{l.lineCount}</Table.Td>
              <Table.Td>
                <Progress
                  value={l.lineCount ? (100 * l.linesDone) / l.lineCount : 0}
                  aria-label={t('picking.progress', { done: l.linesDone, total: l.lineCount })}
                />
                <span style={{ fontSize: 'var(--mantine-font-size-xs)' }}>{t('picking.progress', { done: l.linesDone, total: l.lineCount })}</span>
              </Table.Td>
              <Table.Td>{formatMoment(l.createdAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
