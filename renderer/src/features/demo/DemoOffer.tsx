// First start with an empty database: offer the demo orders once; the answer is remembered.
import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { translateMessage } from '../../i18n/messages';
import { useActorConfirmed } from '../people/ActorPrompt';

export function DemoOffer() {
  const { t } = useTranslation();
  const status = useCommand('demo.status', {});
  const showError = (error: { code: string; params: Record<string, string | number> }) =>
    notifications.show({ color: 'red', title: t('common.error'), message: translateMessage(error.code, error.params) });
  const load = useMutationCommand('demo.load', {
    onSuccess: (outcome) => notifications.show({ color: 'green', message: t('demo.loaded', { count: outcome.created }) }),
    onError: showError,
  });
  const dismiss = useMutationCommand('demo.dismiss', { onError: showError });

  // After the person has named themselves: one first-start question at a time.
  const named = useActorConfirmed();
  const open = named && !!status.data && !status.data.hasOrders && !status.data.answered && !load.isSuccess && !dismiss.isSuccess;
  const busy = load.isPending || dismiss.isPending;
  return (
    <Modal opened={open} onClose={() => dismiss.mutate({})} title={t('demo.title')} closeOnClickOutside={false} withCloseButton={false} centered>
      <Text mb="xs">{t('demo.body')}</Text>
      <Text size="sm" c="dimmed" mb="lg">
        {t('demo.detail')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => dismiss.mutate({})} disabled={busy} loading={dismiss.isPending}>
          {t('demo.dismiss')}
        </Button>
        <Button onClick={() => load.mutate({})} disabled={busy} loading={load.isPending}>
          {t('demo.load')}
        </Button>
      </Group>
    </Modal>
  );
}
