// The order page's view of step 7: the shipment, its manifest, dispatch and delivery, and the
// order's waybill and invoice to print.
import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { formatMoment } from '../../i18n/format';
import { usePrintDocument } from '../documents/usePrintDocument';

export function OrderDeliveryPanel({ orderId }: { orderId: number }) {
  const { t, i18n } = useTranslation();
  const { data } = useCommand('delivery.order', { orderId });
  const { print, pending } = usePrintDocument();
  // Before a carrier is booked step 7 has nothing to say: the shipment panel above says what to do.
  if (!data?.shipment) return null;
  const s = data.shipment;
  return (
    <Card withBorder>
      <Title order={4}>{t('delivery.panel.title')}</Title>
      <Text>
        {t('delivery.panel.status')}: {s.carrierName} · {s.waybill} · {t(`delivery.shipmentStatus.${s.status}`, { defaultValue: s.status })}
      </Text>
      {data.manifest && (
        <Text>
          {t('delivery.panel.manifest')}: {data.manifest.number} ({t(`delivery.manifest.statusLabel.${data.manifest.status}`)})
        </Text>
      )}
      {s.dispatchedAt && (
        <Text>
          {t('delivery.panel.dispatched')}: {formatMoment(s.dispatchedAt, i18n.language)}
        </Text>
      )}
      {s.deliveredAt && (
        <Text>
          {t('delivery.panel.delivered')}: {formatMoment(s.deliveredAt, i18n.language)} · {s.receiver}
        </Text>
      )}
      <Group mt="sm">
        <Button size="xs" variant="default" loading={pending} onClick={() => void print('transport.showWaybill', { orderId })}>
          {t('delivery.panel.printWaybill')}
        </Button>
        {data.invoiceId && (
          <Button size="xs" variant="default" loading={pending} onClick={() => void print('customs.show', { id: data.invoiceId! })}>
            {t('delivery.panel.printInvoice')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
