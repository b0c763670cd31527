// One order: who it goes to, what is in it, whether it passes its checks, and what happened to it.
import { Alert, Anchor, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OrderDetail } from '../../../../shared/api/types';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { formatDay, formatMoment, money } from '../../i18n/format';
import { countryName } from '../../i18n/options';
import { HistoryTable } from '../../ui/HistoryTable';
import { OrderClearancePanel } from '../clearance/OrderClearancePanel';
import { OrderDocumentsPanel } from '../customs/list/OrderDocumentsPanel';
import { OrderDeliveryPanel } from '../delivery/OrderDeliveryPanel';
import { OrderFilingPanel } from '../filing/OrderFilingPanel';
import { OrderTimeline } from '../flow/OrderTimeline';
import { OrderShipmentPanel } from '../transport/OrderShipmentPanel';
import { LinesTable } from './LinesTable';
import { OrderActions } from './OrderActions';
import { ProblemList } from './ProblemList';
import { ShortageTable } from './ShortageTable';
import { StatusBadge } from './StatusBadge';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Consignee({ detail }: { detail: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const c = detail.order.consignee;
  const row = (label: string, value: string) =>
    value ? (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" w={150} style={{ flexShrink: 0 }}>
          {label}
        </Text>
        <Text size="sm">{value}</Text>
      </Group>
    ) : null;
  const place = [c.postalCode, c.city, c.state].filter(Boolean).join(' ');
  return (
    <Stack gap={4}>
      <Text fw={600}>{c.name}</Text>
      {c.company && <Text size="sm">{c.company}</Text>}
      {c.address1 && <Text size="sm">{c.address1}</Text>}
      {c.address2 && <Text size="sm">{c.address2}</Text>}
      {place && <Text size="sm">{place}</Text>}
      <Text size="sm">
        {countryName(c.country, i18n.language)} ({c.country})
      </Text>
      <Stack gap={2} mt="xs">
        {row(t('fields.consignee.phone'), c.phone)}
        {row(t('fields.consignee.email'), c.email)}
        {row(t('fields.consignee.taxId'), c.taxId)}
      </Stack>
    </Stack>
  );
}

function Summary({ detail }: { detail: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const o = detail.order;
  const row = (label: string, value: string) => (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" w={150}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
  return (
    <Stack gap={4}>
      {row(t('fields.orderDate'), formatDay(o.orderDate, i18n.language))}
      {row(t('fields.channel'), o.channel)}
      {row(t('fields.shippingLine'), o.shippingLine || t('common.none'))}
      {row(t('fields.shippingMethod'), t(`shippingMethod.${o.shippingMethod}`, { defaultValue: o.shippingMethod }))}
      {row(t('fields.incoterm'), `${o.incoterm} — ${t(`incoterms.${o.incoterm}`, { defaultValue: '' })}`)}
      {row(t('fields.currency'), o.currency)}
      {o.declaredTotal !== '' && row(t('fields.declaredTotal'), money(o.declaredTotal, o.currency, i18n.language))}
      <Text size="xs" c="dimmed" mt="xs">
        {t('orderPage.created', { at: formatMoment(detail.createdAt, i18n.language) })} ·{' '}
        {t('orderPage.updated', { at: formatMoment(detail.updatedAt, i18n.language) })}
      </Text>
    </Stack>
  );
}

export function OrderPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useCommand('orders.get', { id: valid ? id : 1 }, { enabled: valid });

  if (!valid) return <Alert color="red">{t('errors.notFound')}</Alert>;
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Stack>
        <Alert color="red" title={t('errors.loadFailed')}>
          {errorText(query.error)}
        </Alert>
        <Anchor component={Link} to="/orders">
          {t('orderPage.backToList')}
        </Anchor>
      </Stack>
    );
  }
  const detail = query.data;
  const o = detail.order;
  return (
    <Stack maw={1280}>
      <Anchor component={Link} to="/orders" size="sm">
        ← {t('orderPage.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={2}>{t('orderPage.title', { orderNumber: o.orderNumber })}</Title>
          <StatusBadge status={detail.status} size="lg" />
        </Group>
        <Stack gap={0} align="flex-end">
          <Text size="sm" c="dimmed">
            {t('orderPage.total')}
          </Text>
          <Text size="xl" fw={700} data-testid="order-page-total">
            {money(detail.total, o.currency, i18n.language)}
          </Text>
        </Stack>
      </Group>
      {detail.status === 'on_hold' && detail.holdReason && <Alert color="yellow">{t('orderPage.holdReason', { reason: detail.holdReason })}</Alert>}
      {detail.status === 'cancelled' && detail.cancelReason && <Alert color="red">{t('orderPage.cancelReason', { reason: detail.cancelReason })}</Alert>}
      <OrderActions detail={detail} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('orderPage.consignee')}>
          <Consignee detail={detail} />
        </Section>
        <Section title={t('orderForm.order')}>
          <Summary detail={detail} />
        </Section>
      </SimpleGrid>
      <Section title={t('orderPage.checks')}>
        {detail.problems.length === 0 ? <Text c="green.8">{t('orderPage.allPassed')}</Text> : <ProblemList problems={detail.problems} />}
      </Section>
      <OrderTimeline orderId={id} />
      <OrderDocumentsPanel orderId={id} status={detail.status} />
      <OrderFilingPanel orderId={id} />
      <OrderShipmentPanel orderId={id} />
      <OrderClearancePanel orderId={id} />
      <OrderDeliveryPanel orderId={id} />
      {detail.shortage.length > 0 && (
        <Section title={t('shortage.title')}>
          <ShortageTable shortage={detail.shortage} />
        </Section>
      )}
      <Section title={t('orderPage.lines')}>
        <LinesTable detail={detail} />
      </Section>
      <Section title={t('orderPage.history')}>
        <HistoryTable history={detail.history} />
      </Section>
    </Stack>
  );
}
