// Filing the declarations of the orders selected in "Ready to file" with one office at one moment.
// The form checks with the schema main re-checks; orders main could not file are listed with why.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Drawer, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type FileOrdersInput, type FileOrdersResult, fileOrdersSchema } from '../../../../shared/api/contracts/filing';
import type { OrderRefusal } from '../../../../shared/api/types';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { RefusedOrders } from '../../ui/RefusedOrders';
import { LodgedFields } from './LodgedFields';
import { nowToTheMinute } from './localMoment';

interface Selected {
  id: number;
  orderNumber: string;
}

function FileOrdersForm({ orders, onDone }: { orders: Selected[]; onDone: (result: FileOrdersResult) => void }) {
  const { t } = useTranslation();
  const form = useForm<FileOrdersInput>({
    resolver: zodResolver(fileOrdersSchema),
    defaultValues: { orderIds: orders.map((o) => o.id), office: '', filedAt: nowToTheMinute() },
  });
  const file = useMutationCommand('filing.fileOrders', { onSuccess: onDone, onError: (e) => notifyError(e) });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => file.mutate(v))} data-testid="filing-batch-form">
      <Stack>
        <Text size="sm">{t('filing.batch.what', { count: orders.length, orders: orders.map((o) => o.orderNumber).join(', ') })}</Text>
        <LodgedFields control={form.control} register={form.register} />
        <Text size="xs" c="dimmed">
          {t('filing.batch.referenceLater')}
        </Text>
        <Button type="submit" loading={file.isPending}>
          {t('filing.batch.submit', { count: orders.length })}
        </Button>
      </Stack>
    </form>
  );
}

export function FileOrdersDrawer({ orders, onClose }: { orders: Selected[] | null; onClose: (filed: boolean) => void }) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<OrderRefusal[]>([]);
  const close = () => {
    const filed = refused.length === 0;
    setRefused([]);
    onClose(filed);
  };
  return (
    <Drawer opened={orders !== null} onClose={close} position="right" size="md" title={t('filing.batch.title')}>
      {refused.length > 0 ? (
        <RefusedOrders
          title={t('filing.batch.refusedTitle', { count: refused.length })}
          refused={refused}
          orderNumber={(id) => orders?.find((o) => o.id === id)?.orderNumber ?? String(id)}
        />
      ) : (
        orders && (
          <FileOrdersForm
            key={orders.map((o) => o.id).join('-')}
            orders={orders}
            onDone={(result) => {
              if (result.filed.length > 0) notifySuccess(t('filing.batch.filed', { count: result.filed.length }));
              if (result.refused.length === 0) onClose(true);
              else setRefused(result.refused);
            }}
          />
        )
      )}
    </Drawer>
  );
}
