// New or edited order. What the user typed is never thrown away: on any failure the form stays
// as it is and the errors are shown beside the fields.
import { Alert, Button, Group, List, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Order, OrderInput } from '../../../../shared/schemas/order';
import { toAppError } from '../../api/errors';
import { useMutationCommand } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { ConsigneeSection } from './ConsigneeSection';
import { LinesSection } from './LinesSection';
import { OrderSection } from './OrderSection';
import { orderResolver } from './orderResolver';
import { applyServerError } from './serverErrors';

interface Props {
  id?: number;
  initial: OrderInput;
  title: string;
  /** Shown above the form, e.g. that saving will undo a confirmation. */
  notice?: string;
}

interface Banner {
  message: string;
  details: string[];
}

export function OrderForm({ id, initial, title, notice }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Validate on submit, then on change: validating on blur grows error text under a field as the
  // pointer goes down on "Save", shifting the button away before the click completes.
  const form = useForm<OrderInput, unknown, Order>({ resolver: orderResolver, defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onChange' });
  const [banner, setBanner] = useState<Banner>();
  const create = useMutationCommand('orders.create');
  const update = useMutationCommand('orders.update');
  const saving = create.isPending || update.isPending || form.formState.isSubmitting;

  const onValid = async (order: Order) => {
    setBanner(undefined);
    try {
      const saved = id === undefined ? await create.mutateAsync({ order }) : await update.mutateAsync({ id, order });
      notifySuccess(t('orderForm.saved', { orderNumber: order.orderNumber }));
      // The router shows its own errors (the route's error page); there is nothing to wait for.
      void navigate(`/orders/${saved.id}`);
    } catch (caught) {
      const error = toAppError(caught);
      const details = applyServerError(error, form.setError);
      setBanner({ message: translateMessage(error.code, error.params), details });
    }
  };
  const onInvalid = () => setBanner({ message: t('orderForm.fixFields'), details: [] });

  const cancel = () => navigate(id === undefined ? '/orders' : `/orders/${id}`);

  return (
    <FormProvider {...form}>
      {/* noValidate: the shared schema checks the fields and explains problems in the UI language. */}
      <form onSubmit={form.handleSubmit(onValid, onInvalid)} noValidate aria-label={title}>
        <Stack maw={1280}>
          <Title order={2}>{title}</Title>
          {notice && <Alert color="yellow">{notice}</Alert>}
          {banner && (
            <Alert color="red" title={t('orderForm.saveFailed')} role="alert">
              {banner.message}
              {banner.details.length > 0 && (
                <List size="sm" mt="xs">
                  {banner.details.map((d, i) => (
                    <List.Item key={i}>{d}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <OrderSection />
          <ConsigneeSection />
          <LinesSection />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('orderForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
