// Orders whose documents are all final and whose declaration waits to be filed with customs: one
// filed with the same form as the order page, or a selection filed at once with one office and moment.
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommand } from '../../api/hooks';
import { formatDay } from '../../i18n/format';
import { countryName } from '../../i18n/options';
import { ListTable } from '../../ui/ListTable';
import { useSelection } from '../../ui/useSelection';
import { FileDeclarationDrawer } from './FileDeclarationDrawer';
import { FileOrdersDrawer } from './FileOrdersDrawer';

export function ReadyToFile() {
  const { t, i18n } = useTranslation();
  const ready = useCommand('orders.list', { status: 'documents_ready', sort: 'orderDate', dir: 'asc', offset: 0, limit: 200 });
  const [filing, setFiling] = useState<{ id: number; orderNumber: string } | null>(null);
  const [batch, setBatch] = useState<{ id: number; orderNumber: string }[] | null>(null);
  const rows = ready.data?.rows ?? [];
  const selection = useSelection(rows, (o) => o.id);
  const chosen = selection.chosen;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('filing.ready.title')}</Title>
        <Button disabled={chosen.length === 0} onClick={() => setBatch(chosen.map((o) => ({ id: o.id, orderNumber: o.orderNumber })))}>
          {t('filing.batch.open', { count: chosen.length })}
        </Button>
      </Group>
      <ListTable
        headings={[selection.allBox(t('filing.batch.selectAll')), t('filing.ready.order'), t('filing.ready.date'), t('filing.ready.consignee'), '']}
        count={rows.length}
        empty={t('filing.ready.empty')}
        testId="filing-ready"
      >
        {rows.map((o) => (
          <Table.Tr key={o.id}>
            <Table.Td>{selection.rowBox(o, t('filing.batch.select', { order: o.orderNumber }))}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/orders/${o.id}`}>
                {o.orderNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>{formatDay(o.orderDate, i18n.language)}</Table.Td>
            <Table.Td>
              {o.consigneeName} · {countryName(o.country, i18n.language)}
            </Table.Td>
            <Table.Td>
              <Button size="xs" onClick={() => setFiling({ id: o.id, orderNumber: o.orderNumber })}>
                {t('filing.panel.file')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      {ready.data && ready.data.total > rows.length && (
        <Text size="sm" c="dimmed">
          {t('filing.ready.more', { count: ready.data.total - rows.length })}
        </Text>
      )}
      <FileDeclarationDrawer orderId={filing?.id ?? null} orderNumber={filing?.orderNumber} onClose={() => setFiling(null)} />
      <FileOrdersDrawer
        orders={batch}
        onClose={() => {
          setBatch(null);
          selection.clear();
        }}
      />
    </Stack>
  );
}
