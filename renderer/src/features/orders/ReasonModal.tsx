// Hold and cancel need a reason: it goes into the audit log for whoever looks at the order next.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenCount } from '../../ui/useOpenCount';

interface Props {
  opened: boolean;
  title: string;
  submitLabel: string;
  warning?: string;
  busy: boolean;
  danger?: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

export function ReasonModal({ opened, title, submitLabel, warning, busy, danger, onSubmit, onClose }: Props) {
  // Each opening starts with an empty reason.
  const openings = useOpenCount(opened);
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <ReasonForm key={openings} submitLabel={submitLabel} warning={warning} busy={busy} danger={danger} onSubmit={onSubmit} onClose={onClose} />
    </Modal>
  );
}

function ReasonForm({ submitLabel, warning, busy, danger, onSubmit, onClose }: Omit<Props, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const empty = reason.trim() === '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!empty) onSubmit(reason.trim());
      }}
      noValidate
    >
      <Stack>
        {warning && <Text c="red.8">{warning}</Text>}
        <Textarea
          label={t('orderPage.reason')}
          description={t('orderPage.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
          error={touched && empty ? t('validation.required') : undefined}
          maxLength={500}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
