// One product's stock: its figures, what each bin holds, and the movements behind the figures.
import { Alert, Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { AdjustModal } from './AdjustModal';
import { formatQuantity } from './format';
import { MovementsTable } from './MovementsTable';

const PER_PAGE = 50;
const FIGURES = ['onHand', 'reserved', 'available', 'staged'] as const;

export function ProductStockPage() {
  const { t, i18n } = useTranslation();
  const productId = Number(useParams().productId);
  const [page, setPage] = useState(1);
  const [adjusting, setAdjusting] = useState(false);
  const valid = Number.isSafeInteger(productId) && productId > 0;
  const query = useCommand('stock.product', { productId, offset: (page - 1) * PER_PAGE, limit: PER_PAGE }, { enabled: valid, placeholderData: (prev) => prev });
  if (!valid) return <Alert color="red">{t('inventory.product.badId')}</Alert>;
  if (query.error) return <Alert color="red">{errorText(query.error)}</Alert>;
  const data = query.data;
  if (!data) return <Loader />;
  const { product } = data;
  return (
    <Stack maw={1280}>
      <Anchor component={Link} to="/stock" size="sm">
        {t('inventory.product.back')}
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2}>{product.sku}</Title>
          <Text c="dimmed">{[product.name, product.brand, product.model].filter(Boolean).join(' · ')}</Text>
        </div>
        <Button onClick={() => setAdjusting(true)}>{t('inventory.adjust.open')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {FIGURES.map((f) => (
          <Card withBorder padding="sm" key={f} role="group" aria-label={t(`inventory.figures.${f}`)}>
            <Text size="sm" fw={600}>
              {t(`inventory.figures.${f}`)}
            </Text>
            <Text size="xl" fw={700} data-testid={`figure-${f}`}>
              {formatQuantity(data.totals[f], i18n.language)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`inventory.figures.${f}Hint`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Title order={3} size="h4">
        {t('inventory.product.bins')}
      </Title>
      {data.bins.length === 0 ? (
        <Text c="dimmed">{t('inventory.product.noBins')}</Text>
      ) : (
        <Table striped maw={720} aria-label={t('inventory.product.bins')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inventory.columns.bin')}</Table.Th>
              <Table.Th>{t('inventory.columns.zone')}</Table.Th>
              <Table.Th>{t('inventory.columns.warehouse')}</Table.Th>
              <Table.Th ta="right">{t('inventory.columns.walkOrder')}</Table.Th>
              <Table.Th ta="right">{t('inventory.figures.onHand')}</Table.Th>
              <Table.Th ta="right">{t('inventory.figures.reservedForPicking')}</Table.Th>
              <Table.Th ta="right">{t('inventory.figures.available')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.bins.map((b) => (
              <Table.Tr key={b.locationId}>
                <Table.Td fw={600}>{b.binCode}</Table.Td>
                <Table.Td>{b.zone}</Table.Td>
                <Table.Td>{b.warehouse}</Table.Td>
                <Table.Td ta="right">{b.walkOrder}</Table.Td>
                <Table.Td ta="right">{formatQuantity(b.onHand, i18n.language)}</Table.Td>
                <Table.Td ta="right">{formatQuantity(b.reservedForPicking, i18n.language)}</Table.Td>
                <Table.Td ta="right">{formatQuantity(b.available, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h4">
        {t('inventory.product.movements')}
      </Title>
      <MovementsTable movements={data.movements} perPage={PER_PAGE} page={page} onPage={setPage} />
      <AdjustModal opened={adjusting} productId={product.id} bins={data.bins.map((b) => b.binCode)} onClose={() => setAdjusting(false)} />
    </Stack>
  );
}
