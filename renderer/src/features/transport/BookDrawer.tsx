// Booking one order: the proposed service and the rule that chose it, any other service to pick
// (one that does not fit says why and cannot be booked), one tracking number per parcel for
// carriers whose numbers are not issued from an S10 range (typed or scanned), then Book.
import { Alert, Badge, Button, Drawer, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingOrder } from '../../../../shared/api/contracts/transport';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { reasonsText } from './fitWords';

export function BookDrawer({ order, onClose }: { order: WaitingOrder | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={order !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={order ? t('transport.book.title', { orderNumber: order.orderNumber }) : ''}
    >
      {order && <BookForm key={order.orderId} order={order} onClose={onClose} />}
    </Drawer>
  );
}

function BookForm({ order, onClose }: { order: WaitingOrder; onClose: () => void }) {
  const { t } = useTranslation();
  const proposal = useCommand('transport.propose', { orderId: order.orderId });
  const [picked, setServiceId] = useState<number | null>(null);
  const [numbers, setNumbers] = useState<string[]>([]);
  const [cost, setCost] = useState('');
  const [error, setError] = useState<string | null>(null);
  const data = proposal.data;
  // Until the clerk picks another, the service the rules propose.
  const serviceId = picked ?? data?.proposed?.serviceId ?? null;
  const book = useMutationCommand('transport.book', {
    onSuccess: (r) => {
      notifySuccess(t('transport.book.booked', { waybill: r.waybill }));
      if (r.warning) notifySuccess(t(r.warning.key, r.warning.params));
      onClose();
    },
    onError: (e) => setError(errorText(e)),
  });
  const chosen = data?.services.find((s) => s.serviceId === serviceId);
  const s10 = chosen ? chosen.s10Indicator !== '' : false;
  const parcels = data?.parcels ?? [];
  return (
    <>
      {data && (
        <Stack>
          <Select
            label={t('transport.book.service')}
            data={data.services.map((s) => ({
              value: String(s.serviceId),
              label: `${s.carrierName} · ${s.serviceName}${s.serviceId === data.proposed?.serviceId ? ` (${t('transport.book.proposed')})` : ''}${s.fits ? '' : ` — ${t('transport.book.notFit')}`}`,
            }))}
            value={serviceId ? String(serviceId) : null}
            onChange={(v) => {
              setServiceId(v ? Number(v) : null);
              setError(null);
            }}
            data-testid="book-service"
          />
          {chosen && !chosen.fits && (
            <Alert color="red" data-testid="book-unfit">
              {reasonsText(t, chosen.reasons)}
            </Alert>
          )}
          {chosen && (
            <Badge variant="light" color={chosen.departure === 'today' ? 'green' : 'orange'}>
              {t(`transport.departure.${chosen.departure}`)}
            </Badge>
          )}
          {data.proposed ? (
            <Text size="sm">{t('transport.waiting.rule', { note: data.proposed.ruleNote })}</Text>
          ) : (
            data.why && <Text c="dimmed">{t(`transport.why.${data.why}`)}</Text>
          )}
          {data.looked.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                {t('transport.book.rulesLooked')}
              </Text>
              <List size="xs">
                {data.looked.map((l) => (
                  <List.Item key={l.ruleId}>
                    {l.position} · {l.note || l.serviceName} — {l.skipped ? t(`transport.skipped.${l.skipped}`) : t('transport.book.proposed')}
                    {l.reasons ? `: ${reasonsText(t, l.reasons)}` : ''}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {chosen && s10 && <Text size="sm">{t('transport.book.s10Issued')}</Text>}
          {chosen &&
            !s10 &&
            parcels.map((p, i) => (
              <TextInput
                key={p.id}
                label={t('transport.book.numberOf', { seq: p.seq, kg: p.grossKg })}
                placeholder={t('transport.book.numberHint')}
                value={numbers[i] ?? ''}
                onChange={(e) => {
                  const next = [...numbers];
                  next[i] = e.currentTarget.value;
                  setNumbers(next);
                }}
                data-testid={`book-number-${p.seq}`}
              />
            ))}
          <TextInput label={t('transport.book.cost')} value={cost} onChange={(e) => setCost(e.currentTarget.value)} w={160} />
          {error && (
            <Alert color="red" data-testid="book-error">
              {error}
            </Alert>
          )}
          <Button
            disabled={!chosen || !chosen.fits}
            loading={book.isPending}
            onClick={() =>
              chosen &&
              book.mutate({
                orderId: order.orderId,
                serviceId: chosen.serviceId,
                ...(s10 ? {} : { numbers: parcels.map((_, i) => numbers[i] ?? '') }),
                ...(cost.trim() ? { cost: cost.trim() } : {}),
              })
            }
          >
            {t('transport.book.submit')}
          </Button>
        </Stack>
      )}
    </>
  );
}
