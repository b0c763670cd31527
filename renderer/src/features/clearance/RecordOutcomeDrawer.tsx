// The broker records customs' word on one declaration: released, held (what was requested, what
// was presented and when, a due date) or rejected (the reason). The form's schema is the one main
// re-checks.
import { Alert, Button, Drawer, Group, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ClearanceRow } from '../../../../shared/api/contracts/clearance';
import { CLEARANCE_OUTCOMES, type RecordOutcomeInput, recordOutcomeSchema } from '../../../../shared/schemas/clearance';
import { useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { localToday } from '../../i18n/format';
import { translatePacked } from '../../i18n/messages';

function OutcomeForm({ row, onDone }: { row: ClearanceRow; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<RecordOutcomeInput>({
    resolver: zodResolver(recordOutcomeSchema),
    defaultValues: {
      filingId: row.filingId,
      outcome: 'released',
      decidedAt: localToday(),
      requested: '',
      presented: '',
      presentedAt: '',
      dueDate: '',
      reason: '',
      note: '',
    },
  });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const record = useMutationCommand('clearance.record', {
    onSuccess: () => {
      notifySuccess(t('clearance.form.saved'));
      onDone();
    },
    onError: (e) => notifyError(e),
  });
  const err = (name: keyof RecordOutcomeInput) => translatePacked(form.formState.errors[name]?.message);
  return (
    <form onSubmit={form.handleSubmit((v) => record.mutate(v))} aria-label={t('clearance.form.title', { number: row.number })}>
      <Stack>
        <Controller
          control={form.control}
          name="outcome"
          render={({ field }) => (
            <SegmentedControl
              aria-label={t('clearance.form.outcome')}
              value={field.value}
              onChange={field.onChange}
              data={CLEARANCE_OUTCOMES.map((o) => ({ value: o, label: t(`clearance.state.${o}`) }))}
            />
          )}
        />
        <TextInput type="date" label={t('clearance.form.decidedAt')} {...form.register('decidedAt')} error={err('decidedAt')} />
        {outcome === 'held' && (
          <>
            <Textarea label={t('clearance.form.requested')} maxLength={500} autosize minRows={2} {...form.register('requested')} error={err('requested')} />
            <TextInput type="date" label={t('clearance.form.dueDate')} {...form.register('dueDate')} error={err('dueDate')} />
          </>
        )}
        {outcome !== 'rejected' && (
          <Group grow align="flex-start">
            <TextInput label={t('clearance.form.presented')} maxLength={500} {...form.register('presented')} error={err('presented')} />
            <TextInput type="date" label={t('clearance.form.presentedAt')} {...form.register('presentedAt')} error={err('presentedAt')} />
          </Group>
        )}
        {outcome === 'rejected' && (
          <>
            <Alert color="red" variant="light">
              {t('clearance.form.rejectWarning')}
            </Alert>
            <Textarea label={t('clearance.form.reason')} maxLength={500} autosize minRows={2} {...form.register('reason')} error={err('reason')} />
          </>
        )}
        <Textarea label={t('clearance.form.note')} maxLength={1000} autosize minRows={1} {...form.register('note')} error={err('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('clearance.form.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} color={outcome === 'rejected' ? 'red' : undefined}>
            {t('clearance.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RecordOutcomeDrawer({ row, onClose }: { row: ClearanceRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer opened={row !== null} onClose={onClose} position="right" size="md" title={row ? t('clearance.form.title', { number: row.number }) : ''}>
      {row && <OutcomeForm key={row.filingId} row={row} onDone={onClose} />}
    </Drawer>
  );
}
