// The buttons main allows for this order's status, and what happened when one was pressed.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConfirmOutcome, OrderDetail } from '../../../../shared/api/types';
import type { OrderAction } from '../../../../shared/domain/orderStatus';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { refusedText } from '../../i18n/messages';
import { ProblemList } from './ProblemList';
import { ReasonModal } from './ReasonModal';
import { ShortageTable } from './ShortageTable';

// Later steps (picking onwards) get their buttons on their own screens.
const SHOWN: OrderAction[] = ['confirm', 'edit', 'release', 'hold', 'cancel'];

export function OrderActions({ detail }: { detail: OrderDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = detail.id;
  const orderNumber = detail.order.orderNumber;
  const [asking, setAsking] = useState<'hold' | 'cancel'>();
  const [result, setResult] = useState<ConfirmOutcome>();

  const confirm = useMutationCommand('orders.confirm', {
    onSuccess: (outcomes) => setResult(outcomes[0]),
    onError: (e) => notifyError(e),
  });
  const hold = useMutationCommand('orders.hold', {
    onSuccess: () => {
      setAsking(undefined);
      notifySuccess(t('orderPage.held'));
    },
    onError: (e) => notifyError(e),
  });
  const cancel = useMutationCommand('orders.cancel', {
    onSuccess: () => {
      setAsking(undefined);
      notifySuccess(t('orderPage.cancelled'));
    },
    onError: (e) => notifyError(e),
  });
  const release = useMutationCommand('orders.release', {
    onSuccess: () => notifySuccess(t('orderPage.released')),
    onError: (e) => notifyError(e),
  });

  const run = (action: OrderAction) => {
    setResult(undefined);
    if (action === 'confirm') confirm.mutate({ ids: [id], allowShort: false });
    else if (action === 'release') release.mutate({ id });
    // The router shows its own errors (the route's error page); there is nothing to wait for.
    else if (action === 'edit') void navigate(`/orders/${id}/edit`);
    else if (action === 'hold' || action === 'cancel') setAsking(action);
  };

  const pending: Partial<Record<OrderAction, boolean>> = { confirm: confirm.isPending, release: release.isPending };
  const actions = SHOWN.filter((a) => detail.allowedActions.includes(a));

  return (
    <Stack gap="sm">
      <Group gap="xs">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'confirm' ? 'filled' : action === 'cancel' ? 'light' : 'default'}
            color={action === 'cancel' ? 'red' : undefined}
            loading={pending[action]}
            onClick={() => run(action)}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      </Group>
      {result && result.confirmed && (
        <Alert color={result.shortage ? 'yellow' : 'green'} withCloseButton onClose={() => setResult(undefined)}>
          {t(result.shortage ? 'shortage.confirmedShort' : 'orderPage.confirmed', { orderNumber })}
        </Alert>
      )}
      {result && !result.confirmed && (
        <Alert color="orange" withCloseButton onClose={() => setResult(undefined)} role="alert">
          <Text size="sm" mb="xs">
            {result.refused ? refusedText(result.refused) : t('orderPage.notConfirmed', { orderNumber })}
          </Text>
          {result.problems.length > 0 && <ProblemList problems={result.problems} />}
          {result.shortage && (
            <Stack gap="xs">
              <Text size="sm">{t('shortage.notConfirmed', { orderNumber })}</Text>
              <ShortageTable shortage={result.shortage} />
              {/* Partial confirmation is never automatic: the user asks for it here. */}
              <Group>
                <Button color="orange" loading={confirm.isPending} onClick={() => confirm.mutate({ ids: [id], allowShort: true })}>
                  {t('shortage.confirmShort')}
                </Button>
              </Group>
            </Stack>
          )}
        </Alert>
      )}
      <ReasonModal
        opened={asking === 'hold'}
        title={t('orderPage.holdTitle', { orderNumber })}
        submitLabel={t('actions.hold')}
        busy={hold.isPending}
        onSubmit={(reason) => hold.mutate({ id, reason })}
        onClose={() => setAsking(undefined)}
      />
      <ReasonModal
        opened={asking === 'cancel'}
        title={t('orderPage.cancelTitle', { orderNumber })}
        submitLabel={t('actions.cancel')}
        warning={t('orderPage.cancelWarning')}
        danger
        busy={cancel.isPending}
        onSubmit={(reason) => cancel.mutate({ id, reason })}
        onClose={() => setAsking(undefined)}
      />
    </Stack>
  );
}
