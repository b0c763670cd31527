// Cancelling a whole pick list: says what will happen to its orders and asks why; main settles each order.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { useOpenCount } from '../../ui/useOpenCount';

interface Props {
  list: { id: number; number: string };
  opened: boolean;
  onClose: () => void;
}

export function CancelPickListModal({ list, opened, onClose }: Props) {
  const { t } = useTranslation();
  // The typed reason is kept between openings; the rest of the form starts afresh each time.
  const [reason, setReason] = useState('');
  const openings = useOpenCount(opened);
  return (
    <Modal opened={opened} onClose={onClose} title={t('picking.cancel.title', { number: list.number })}>
      <CancelForm key={openings} listId={list.id} reason={reason} onReason={setReason} onClose={onClose} />
    </Modal>
  );
}

interface FormProps {
  listId: number;
  reason: string;
  onReason: (reason: string) => void;
  onClose: () => void;
}

function CancelForm({ listId, reason, onReason, onClose }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [touched, setTouched] = useState(false);
  const cancel = useMutationCommand('picking.cancel', {
    onSuccess: (out) => {
      notifySuccess(
        t(`picking.cancel.done.${out.pickList.status}`, {
          number: out.pickList.number,
          returned: out.returned.length,
          picked: out.picked.length,
          lines: out.linesCancelled,
        }),
      );
      onClose();
      void navigate('/picking');
    },
  });

  const missing = reason.trim() === '';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (missing) return;
        cancel.mutate({ id: listId, reason: reason.trim() });
      }}
    >
      <Stack>
        <Text size="sm">{t('picking.cancel.explain')}</Text>
        <Textarea
          label={t('picking.cancel.reason')}
          value={reason}
          onChange={(e) => onReason(e.currentTarget.value)}
          error={touched && missing ? t('validation.required') : undefined}
          maxLength={200}
          autosize
          minRows={2}
          withAsterisk
          data-autofocus
        />
        {cancel.error && (
          <Alert color="red" role="alert">
            {errorText(cancel.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={cancel.isPending}>
            {t('picking.cancel.keep')}
          </Button>
          <Button type="submit" color="red" loading={cancel.isPending}>
            {t('picking.cancel.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
