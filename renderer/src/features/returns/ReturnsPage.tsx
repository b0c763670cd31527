// The return path: goods refused at customs, undeliverable, or of an order cancelled after picking.
// Open returns first, each with its goods and where they are; resolved ones below with the outcome.
import { Anchor, Badge, Card, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReturnStatus, ReturnSummary } from '../../../../shared/api/contracts/returns';
import { useCommand } from '../../api/hooks';
import { formatMoment, quantity } from '../../i18n/format';
import { ResolveForms } from './ResolveForms';

function Goods({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const detail = useCommand('returns.get', { id });
  return (
    <Table withRowBorders={false} fz="sm" aria-label={t('returns.goods.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('returns.goods.sku')}</Table.Th>
          <Table.Th>{t('returns.goods.name')}</Table.Th>
          <Table.Th ta="right">{t('returns.goods.quantity')}</Table.Th>
          <Table.Th>{t('returns.goods.where')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {detail.data?.goods.map((g, i) => (
          <Table.Tr key={i}>
            <Table.Td>{g.sku}</Table.Td>
            <Table.Td>{g.name}</Table.Td>
            <Table.Td ta="right">{quantity(g.quantity, i18n.language)}</Table.Td>
            <Table.Td>{t(`returns.place.${g.place}`, { container: g.container, parcel: g.parcelSeq, bin: g.binCode })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ReturnCard({ r }: { r: ReturnSummary }) {
  const { t, i18n } = useTranslation();
  const at = r.resolvedAt ? formatMoment(r.resolvedAt, i18n.language) : '';
  return (
    <Card withBorder data-testid={`return-${r.orderNumber}`}>
      <Stack gap="xs">
        <Text fw={600}>
          {t('returns.heading', { id: r.id })} ·{' '}
          <Anchor component={Link} to={`/orders/${r.orderId}`}>
            {r.orderNumber}
          </Anchor>{' '}
          · {r.consigneeName} <Badge variant="light">{t(`returns.cause.${r.cause}`)}</Badge>{' '}
          <Badge color={r.status === 'open' ? 'orange' : 'gray'}>{t(`returns.status.${r.status}`)}</Badge>
        </Text>
        {r.note && <Text size="sm">{r.note}</Text>}
        <Goods id={r.id} />
        {r.status === 'open' ? (
          <ResolveForms returnId={r.id} />
        ) : (
          <Text size="sm" c="dimmed">
            {r.status === 'restocked'
              ? t('returns.restockedInto', { bin: r.binCode, by: r.resolvedBy, at })
              : t('returns.writtenOffWith', { reason: r.writeOffReason, by: r.resolvedBy, at })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function ReturnsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReturnStatus | 'all'>('open');
  const list = useCommand('returns.list', { status });
  return (
    <Stack>
      <Title order={2}>{t('returns.title')}</Title>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(v) => setStatus(v as ReturnStatus | 'all')}
        data={(['open', 'restocked', 'writtenOff', 'all'] as const).map((s) => ({ value: s, label: t(`returns.filter.${s}`) }))}
      />
      {list.data?.length === 0 && <Text c="dimmed">{t('returns.none')}</Text>}
      {list.data?.map((r) => (
        <ReturnCard key={r.id} r={r} />
      ))}
    </Stack>
  );
}
