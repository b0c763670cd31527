// How far a long import step has come (from main's progress events), with a way to stop it.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Progress as ProgressEvent } from '../../api/hooks';
import { formatCount } from '../../i18n/format';

interface Props {
  progress?: ProgressEvent;
  onCancel: () => void;
  cancelling: boolean;
}

export function JobProgress({ progress, onCancel, cancelling }: Props) {
  const { t, i18n } = useTranslation();
  // Main reports (0 of 1) for a phase whose size it does not know yet: show that as "busy".
  const measured = progress !== undefined && progress.total > 1;
  const percent = measured ? Math.round((progress.done / progress.total) * 100) : undefined;
  const label = !progress
    ? t('importWizard.importing')
    : !measured
      ? t(`importWizard.phase.${progress.phase}`)
      : t('importWizard.progress', {
          phase: t(`importWizard.phase.${progress.phase}`),
          done: formatCount(progress.done, i18n.language),
          total: formatCount(progress.total, i18n.language),
        });
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Button size="xs" variant="default" color="red" onClick={onCancel} loading={cancelling}>
          {t('importWizard.cancel')}
        </Button>
      </Group>
      <Progress value={percent ?? 100} animated={percent === undefined} striped={percent === undefined} aria-label={label} />
    </Stack>
  );
}
