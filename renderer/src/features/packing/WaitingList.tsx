// Orders picked and waiting for the bench, with the containers to fetch.
import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';

export function WaitingList() {
  const { t } = useTranslation();
  const waiting = useCommand('packing.waiting', {});
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('packing.waiting.title')}
      </Title>
      {waiting.isError && <Text c="red">{errorText(waiting.error)}</Text>}
      {waiting.data?.length === 0 && <Text c="dimmed">{t('packing.waiting.empty')}</Text>}
      {waiting.data && waiting.data.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('packing.waiting.order')}</Table.Th>
              <Table.Th>{t('packing.waiting.consignee')}</Table.Th>
              <Table.Th>{t('packing.waiting.country')}</Table.Th>
              <Table.Th>{t('packing.waiting.containers')}</Table.Th>
              <Table.Th ta="right">{t('packing.waiting.parcels')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {waiting.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/packing/${o.id}`}>
                    {o.orderNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{o.consigneeName}</Table.Td>
                <Table.Td>{o.country}</Table.Td>
                <Table.Td>{o.containers.join(', ')}</Table.Td>
                <Table.Td ta="right">{o.parcels}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
