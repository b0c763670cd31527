// The customs reference when it arrives after the filing: set once, checked by the schema main re-checks.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { setReferenceSchema } from '../../../../shared/api/contracts/filing';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { useFieldError } from '../../ui/useFieldError';

type SetReferenceInput = z.infer<typeof setReferenceSchema>;

export function ReferenceForm({ filingId }: { filingId: number }) {
  const { t } = useTranslation();
  const form = useForm<SetReferenceInput>({ resolver: zodResolver(setReferenceSchema), defaultValues: { filingId, reference: '' } });
  const fieldError = useFieldError(form.control);
  const save = useMutationCommand('filing.setReference', {
    onSuccess: (f) => notifySuccess(t('filing.reference.saved', { reference: f.reference })),
    onError: (e) => notifyError(e),
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => save.mutate(v))} data-testid="filing-reference-form">
      <Group align="flex-start">
        <TextInput label={t('filing.reference.label')} {...form.register('reference')} error={fieldError('reference')} w={280} />
        <Button type="submit" mt={25} loading={save.isPending}>
          {t('filing.reference.save')}
        </Button>
      </Group>
    </form>
  );
}
