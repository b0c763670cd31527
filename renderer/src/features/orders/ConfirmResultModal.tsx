// After a bulk confirm: how many passed, and for each order that did not, what to fix.
import { Alert, Anchor, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConfirmOutcome } from '../../../../shared/api/types';
import { refusedText } from '../../i18n/messages';
import { ProblemList } from './ProblemList';

export function ConfirmResultModal({ outcomes, onClose }: { outcomes: ConfirmOutcome[] | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const confirmed = outcomes?.filter((o) => o.confirmed).length ?? 0;
  const failed = outcomes?.filter((o) => !o.confirmed) ?? [];
  return (
    <Modal opened={outcomes !== undefined} onClose={onClose} title={t('orders.confirmResult.title')} size="lg">
      <Stack>
        <Text>{t('orders.confirmResult.confirmed', { count: confirmed })}</Text>
        {failed.length === 0 ? (
          <Alert color="green">{t('orders.confirmResult.allConfirmed')}</Alert>
        ) : (
          <>
            <Text c="orange.8" fw={600}>
              {t('orders.confirmResult.failed', { count: failed.length })}
            </Text>
            <ScrollArea.Autosize mah="50vh">
              <Stack gap="sm">
                {failed.map((o) => (
                  <div key={o.id}>
                    <Anchor
                      component={Link}
                      to={`/orders/${o.id}`}
                      fw={600}
                      onClick={onClose}
                      aria-label={t('orders.confirmResult.open', { orderNumber: o.orderNumber })}
                    >
                      {o.orderNumber}
                    </Anchor>
                    {o.refused && <Text size="sm">{t('orders.confirmResult.refused', { reason: refusedText(o.refused) })}</Text>}
                    {o.problems.length > 0 && <ProblemList problems={o.problems} />}
                    {o.shortage && (
                      <Text size="sm">
                        {t('shortage.listLine', { lines: o.shortage.map((s) => `${s.sku} (${t('shortage.missing')} ${s.missing})`).join(', ') })}
                      </Text>
                    )}
                  </div>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
