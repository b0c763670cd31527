// The backups of the data file: when each was made and why, "Back up now", and restoring one
// after a confirmation that says the current data is backed up first, then replaced.
import { Alert, Button, Card, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/types';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { formatBytes } from '../../i18n/format';
import { translateMessage } from '../../i18n/messages';

/** To the second: two backups made in one minute must not look the same. */
function moment(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

export function BackupsCard() {
  const { t, i18n } = useTranslation();
  const list = useCommand('backups.list', {});
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const when = (b: BackupInfo) => moment(b.createdAt, i18n.language);

  const create = useMutationCommand('backups.create', {
    onSuccess: (made) => notifications.show({ color: 'green', message: t('backups.created', { date: when(made) }) }),
    onError: (error) => notifications.show({ color: 'red', title: t('common.error'), message: translateMessage(error.code, error.params) }),
  });
  const restore = useMutationCommand('backups.restore', {
    onSuccess: (outcome) => {
      setChosen(null);
      notifications.show({ color: 'green', autoClose: false, message: t('backups.restored', { date: when(outcome.restored) }) });
    },
  });

  const close = () => {
    if (restore.isPending) return; // the file is being swapped: the answer must be seen
    restore.reset();
    setChosen(null);
  };
  const backups = list.data?.backups ?? [];

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('backups.title')}
          </Title>
          <Button onClick={() => create.mutate({})} loading={create.isPending}>
            {t('backups.backUpNow')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('backups.hint')}
        </Text>
        {list.isError && <Text c="red">{translateMessage(list.error.code, list.error.params)}</Text>}
        {list.data && backups.length === 0 && <Text>{t('backups.none')}</Text>}
        {backups.length > 0 && (
          <Table striped aria-label={t('backups.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.date')}</Table.Th>
                <Table.Th>{t('backups.reason')}</Table.Th>
                <Table.Th ta="right">{t('backups.size')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.name} data-backup={b.name}>
                  <Table.Td>{when(b)}</Table.Td>
                  <Table.Td>{t(`backups.reasons.${b.reason}`)}</Table.Td>
                  <Table.Td ta="right">{formatBytes(b.size, i18n.language)}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="default" onClick={() => setChosen(b)} aria-label={t('backups.restoreOne', { date: when(b) })}>
                      {t('backups.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {list.data && (
          <Text size="xs" c="dimmed">
            {t('backups.folder')} <Code>{list.data.folder}</Code>
          </Text>
        )}
      </Stack>

      <Modal opened={chosen !== null} onClose={close} title={chosen ? t('backups.confirmTitle', { date: when(chosen) }) : ''}>
        {chosen && (
          <Stack>
            <Text>{t('backups.confirmBody', { date: when(chosen) })}</Text>
            <Text size="sm" c="dimmed">
              {t('backups.confirmLater', { date: when(chosen) })}
            </Text>
            {restore.isError && (
              <Alert color="red" title={t('backups.restoreFailed')}>
                {translateMessage(restore.error.code, restore.error.params)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={restore.isPending}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={restore.isPending} onClick={() => restore.mutate({ name: chosen.name })}>
                {t('backups.restoreConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
