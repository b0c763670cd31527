// /orders/new and /orders/:id/edit: loads the order to edit, or starts from an empty one.
import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { emptyOrder } from '../../../../shared/schemas/order';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { localToday } from '../../i18n/format';
import { OrderForm } from './OrderForm';

function EditOrder({ id }: { id: number }) {
  const { t } = useTranslation();
  // Always fresh: editing from a stale copy would overwrite someone else's change.
  const detail = useCommand('orders.get', { id }, { staleTime: 0, refetchOnMount: 'always' });
  if (detail.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (detail.isError) {
    return (
      <Alert color="red" title={t('errors.loadFailed')}>
        {errorText(detail.error)}
      </Alert>
    );
  }
  const data = detail.data;
  if (!data.allowedActions.includes('edit')) {
    return (
      <Stack>
        <Alert color="yellow">{t('orderForm.notEditable', { status: t(`status.${data.status}`) })}</Alert>
        <Anchor component={Link} to={`/orders/${id}`}>
          {t('orderForm.backToOrder')}
        </Anchor>
      </Stack>
    );
  }
  // Keyed by id only: a refresh of the order while the user types must not reset the form.
  return (
    <OrderForm
      key={id}
      id={id}
      initial={data.order}
      title={t('orderForm.editTitle', { orderNumber: data.order.orderNumber })}
      notice={data.status === 'confirmed' ? t('orderForm.editResetsConfirmation') : undefined}
    />
  );
}

export function OrderFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const initial = useMemo(() => emptyOrder(localToday()), []);
  if (id === undefined) return <OrderForm initial={initial} title={t('orderForm.newTitle')} />;
  const numeric = Number(id);
  if (!Number.isInteger(numeric) || numeric <= 0) {
    return <Alert color="red">{t('errors.notFound')}</Alert>;
  }
  return <EditOrder id={numeric} />;
}
