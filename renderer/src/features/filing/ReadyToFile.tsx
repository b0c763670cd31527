// Orders whose documents are all final and whose declaration waits to be filed with customs, each
// with the same filing form as the order page.
import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommand } from '../../api/hooks';
import { formatDay } from '../../i18n/format';
import { countryName } from '../../i18n/options';
import { FileDeclarationDrawer } from './FileDeclarationDrawer';

export function ReadyToFile() {
  const { t, i18n } = useTranslation();
  const ready = useCommand('orders.list', { status: 'documents_ready', sort: 'orderDate', dir: 'asc', offset: 0, limit: 200 });
  const [filing, setFiling] = useState<{ id: number; orderNumber: string } | null>(null);
  const rows = ready.data?.rows ?? [];
  return (
    <Stack gap="xs">
      <Title order={3}>{t('filing.ready.title')}</Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('filing.ready.empty')}</Text>
      ) : (
        <Table striped data-testid="filing-ready">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('filing.ready.order')}</Table.Th>
              <Table.Th>{t('filing.ready.date')}</Table.Th>
              <Table.Th>{t('filing.ready.consignee')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((o) => (
              <Table.Tr key={o.id}>
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
          </Table.Tbody>
        </Table>
      )}
      {ready.data && ready.data.total > rows.length && (
        <Text size="sm" c="dimmed">
          {t('filing.ready.more', { count: ready.data.total - rows.length })}
        </Text>
      )}
      <FileDeclarationDrawer orderId={filing?.id ?? null} orderNumber={filing?.orderNumber} onClose={() => setFiling(null)} />
    </Stack>
  );
}
