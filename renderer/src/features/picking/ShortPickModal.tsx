// Reporting a short pick: how much could not be picked and why; main releases its reservation.
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PickLineView, SHORT_REASONS, type ShortReason } from '../../../../shared/api/contracts/picking';
import { composeShortReason } from '../../../../shared/domain/wave';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { useOpenCount } from '../../ui/useOpenCount';

interface Props {
  line: PickLineView | undefined;
  onClose: () => void;
}

export function ShortPickModal({ line, onClose }: Props) {
  const { t } = useTranslation();
  // The form starts afresh each time a line opens it (it is closed in between).
  const openings = useOpenCount(line?.id);
  return (
    <Modal opened={line !== undefined} onClose={onClose} title={line ? t('picking.short.title', { seq: line.seq }) : ''}>
      <ShortForm key={openings} line={line} onClose={onClose} />
    </Modal>
  );
}

function ShortForm({ line, onClose }: Props) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState(line?.remaining ?? '');
  const [code, setCode] = useState<ShortReason>('notFound');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const short = useMutationCommand('picking.short', {
    onSuccess: (out) => {
      notifySuccess(t('picking.short.saved', { quantity: out.line.short }));
      onClose();
    },
  });

  const quantityBad = !/^\d{1,12}(\.\d{1,3})?$/.test(quantity.trim()) || Number(quantity) <= 0;
  const noteMissing = code === 'other' && note.trim() === '';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!line || quantityBad || noteMissing) return;
        short.mutate({ lineId: line.id, quantity: quantity.trim(), reason: composeShortReason(code, note) });
      }}
    >
      <Stack>
        <Text size="sm">{t('picking.short.explain')}</Text>
        <TextInput
          label={t('picking.short.quantity')}
          value={quantity}
          onChange={(e) => setQuantity(e.currentTarget.value)}
          error={touched && quantityBad ? t('picking.validation.quantity') : undefined}
          inputMode="decimal"
          withAsterisk
          data-autofocus
        />
        <Select
          label={t('picking.short.reason')}
          data={SHORT_REASONS.map((r) => ({ value: r, label: t(`picking.short.reasons.${r}`) }))}
          value={code}
          onChange={(v) => v && setCode(v as ShortReason)}
          allowDeselect={false}
          withAsterisk
        />
        <Textarea
          label={t('picking.short.note')}
          description={t('picking.short.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={touched && noteMissing ? t('validation.required') : undefined}
          maxLength={180}
          autosize
          minRows={2}
        />
        {short.error && (
          <Alert color="red" role="alert">
            {errorText(short.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={short.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={short.isPending}>
            {t('picking.short.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
