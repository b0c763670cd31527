// When the page opens with typed values that never reached the database (a crash, a refused save),
// they are offered back; nothing is restored or thrown away without the broker saying so.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../../i18n/format';
import type { LocalCopy } from './localCopy';

interface Props {
  copy: LocalCopy;
  /** The document was saved again (another window) after these edits were typed. */
  overtaken: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}

export function RestoreOffer({ copy, overtaken, onRestore, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="yellow" title={t('customs.restore.title')} role="alert">
      <Text size="sm">{t('customs.restore.body', { time: formatMoment(copy.editedAt, i18n.language) })}</Text>
      {overtaken && (
        <Text size="sm" mt={4} fw={600}>
          {t('customs.restore.overtaken')}
        </Text>
      )}
      <Group mt="sm" gap="xs">
        <Button size="xs" onClick={onRestore}>
          {t('customs.restore.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('customs.restore.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
