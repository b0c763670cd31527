// A count correction in one bin: signed quantity and a reason, checked by the same schema as main.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Autocomplete, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type AdjustmentInput, adjustmentSchema } from '../../../../shared/schemas/inventory';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { translatePacked } from '../../i18n/messages';
import { useOpenCount } from '../../ui/useOpenCount';

interface Props {
  opened: boolean;
  productId: number;
  bins: string[];
  onClose: () => void;
}

export function AdjustModal({ opened, productId, bins, onClose }: Props) {
  const { t } = useTranslation();
  // Each opening starts with an empty form in the first bin and no error from last time.
  const openings = useOpenCount(opened);
  return (
    <Modal opened={opened} onClose={onClose} title={t('inventory.adjust.title')}>
      <AdjustForm key={openings} productId={productId} bins={bins} onClose={onClose} />
    </Modal>
  );
}

function AdjustForm({ productId, bins, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const form = useForm<AdjustmentInput>({
    resolver: zodResolver(adjustmentSchema),
    defaultValues: { productId, binCode: bins[0] ?? '', quantity: '', reason: '' },
  });
  const adjust = useMutationCommand('stock.adjust');
  const fieldError = (name: keyof AdjustmentInput) => translatePacked(form.formState.errors[name]?.message, t);

  const submit = form.handleSubmit(async (values) => {
    setError(undefined);
    try {
      await adjust.mutateAsync(values);
      notifySuccess(t('inventory.adjust.done'));
      onClose();
    } catch (caught) {
      // The form keeps what was typed; the reason the ledger refused is shown above the buttons.
      setError(errorText(caught));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Controller
          control={form.control}
          name="binCode"
          render={({ field }) => (
            <Autocomplete
              label={t('inventory.columns.bin')}
              data={bins}
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={fieldError('binCode')}
            />
          )}
        />
        <TextInput
          label={t('inventory.adjust.quantity')}
          description={t('inventory.adjust.quantityHint')}
          withAsterisk
          inputMode="decimal"
          {...form.register('quantity')}
          error={fieldError('quantity')}
          data-autofocus
        />
        <Textarea
          label={t('inventory.adjust.reason')}
          description={t('inventory.adjust.reasonHint')}
          withAsterisk
          maxLength={500}
          autosize
          minRows={2}
          {...form.register('reason')}
          error={fieldError('reason')}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={adjust.isPending}>
            {t('common.close')}
          </Button>
          <Button type="submit" loading={adjust.isPending}>
            {t('inventory.adjust.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
