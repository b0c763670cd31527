// The order page's view of step 5: the order's shipment (carrier, service, waybill, each parcel's
// tracking number with its tracking link) and its waybill to print; a link to book when declared.
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommand } from '../../api/hooks';
import { formatMoment, money } from '../../i18n/format';
import { usePrintDocument } from '../documents/usePrintDocument';

export function OrderShipmentPanel({ orderId }: { orderId: number }) {
  const { t, i18n } = useTranslation();
  const shipment = useCommand('transport.ofOrder', { orderId });
  const order = useCommand('orders.get', { id: orderId });
  const { print, pending } = usePrintDocument();
  const s = shipment.data;
  if (!s && order.data?.status !== 'declared') return null;
  return (
    <Card withBorder data-testid="order-shipment">
      <Stack gap="xs">
        <Title order={4}>{t('transport.panel.title')}</Title>
        {!s ? (
          <Group>
            <Text c="dimmed">{t('transport.panel.none')}</Text>
            <Anchor component={Link} to="/transport">
              {t('transport.panel.book')}
            </Anchor>
          </Group>
        ) : (
          <>
            <Text>
              {s.carrierName} · {s.serviceName} · {t('transport.panel.waybill')} <b>{s.waybill}</b>
              {s.cost && s.currency ? ` · ${t('transport.panel.cost')} ${money(s.cost, s.currency, i18n.language)}` : ''}
            </Text>
            {s.parcels.map((p) => (
              <Text key={p.parcelId} size="sm" ff="monospace">
                {t('transport.panel.parcel', { seq: p.seq, number: p.trackingNumber })}{' '}
                {s.trackingUrl && (
                  <Anchor href={s.trackingUrl.replace('{number}', encodeURIComponent(p.trackingNumber))} target="_blank" rel="noopener noreferrer" size="xs">
                    {t('transport.panel.track')}
                  </Anchor>
                )}
              </Text>
            ))}
            <Text size="xs" c="dimmed">
              {formatMoment(s.createdAt, i18n.language)} · {s.createdBy} · {t(`transport.shipments.chosenBy.${s.chosenBy}`)}
            </Text>
            <Group>
              <Button size="xs" variant="default" loading={pending} onClick={() => void print('transport.showWaybill', { orderId })}>
                {t('transport.panel.print')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
