// The two ways to close a return: restock into a bin (code typed or scanned) or write off with a
// reason. Each form's schema is the one main re-checks.
import { Button, Group, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type RestockInput, type WriteOffInput, restockInput, writeOffInput } from '../../../../shared/api/contracts/returns';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translatePacked } from '../../i18n/messages';

export function ResolveForms({ returnId }: { returnId: number }) {
  const { t } = useTranslation();
  const restockForm = useForm<RestockInput>({ resolver: zodResolver(restockInput), defaultValues: { returnId, binCode: '' } });
  const writeOffForm = useForm<WriteOffInput>({ resolver: zodResolver(writeOffInput), defaultValues: { returnId, reason: '' } });
  const restock = useMutationCommand('returns.restock', {
    onSuccess: (r) => notifySuccess(t('returns.restocked', { bin: r.binCode })),
    onError: (e) => notifyError(e),
  });
  const writeOff = useMutationCommand('returns.writeOff', {
    onSuccess: () => notifySuccess(t('returns.writtenOffDone')),
    onError: (e) => notifyError(e),
  });
  return (
    <Group align="flex-start" gap="xl">
      <form onSubmit={restockForm.handleSubmit((v) => restock.mutate(v))} aria-label={t('returns.restock')}>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('returns.binCode')}
            maxLength={60}
            {...restockForm.register('binCode')}
            error={translatePacked(restockForm.formState.errors.binCode?.message)}
          />
          <Button type="submit" variant="light" loading={restock.isPending}>
            {t('returns.restock')}
          </Button>
        </Group>
      </form>
      <form onSubmit={writeOffForm.handleSubmit((v) => writeOff.mutate(v))} aria-label={t('returns.writeOff')}>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('returns.reason')}
            maxLength={500}
            {...writeOffForm.register('reason')}
            error={translatePacked(writeOffForm.formState.errors.reason?.message)}
          />
          <Button type="submit" variant="light" color="red" loading={writeOff.isPending}>
            {t('returns.writeOff')}
          </Button>
        </Group>
      </form>
    </Group>
  );
}
