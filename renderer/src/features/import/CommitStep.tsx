// Step 4: write the orders. Refused while orders have errors unless the user chooses to skip them;
// a failed import changes nothing (main writes in one transaction), so the user can simply retry.
import { Alert, Button, Checkbox, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/types';
import type { Progress as ProgressEvent } from '../../api/hooks';
import { formatCount } from '../../i18n/format';
import { Counts } from './PreviewStep';

interface Props {
  preview: ImportPreview;
  onlyValid: boolean;
  busy: boolean;
  progress?: ProgressEvent;
  error?: string;
  onOnlyValid: (value: boolean) => void;
  onImport: () => void;
  onBack: () => void;
}

export function CommitStep({ preview, onlyValid, busy, progress, error, onOnlyValid, onImport, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const invalid = preview.counts.invalid;
  const blocked = invalid > 0 && !onlyValid;
  // Main reports (0 of 1) for a phase whose size it does not know yet: show that as "busy".
  const measured = progress !== undefined && progress.total > 1;
  const percent = measured ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <Stack>
      <Counts preview={preview} />
      {preview.counts.new === 0 && <Alert color="gray">{t('importWizard.nothingToImport')}</Alert>}
      {invalid > 0 && (
        <Stack gap="xs">
          <Text c="orange.8">{t('importWizard.mustChooseOnlyValid')}</Text>
          <Checkbox
            label={t('importWizard.onlyValid', { count: preview.counts.new })}
            checked={onlyValid}
            onChange={(e) => onOnlyValid(e.currentTarget.checked)}
            disabled={busy}
          />
        </Stack>
      )}
      {busy && (
        <Stack gap={4}>
          <Text size="sm">
            {progress && !measured
              ? t(`importWizard.phase.${progress.phase}`)
              : progress
              ? t('importWizard.progress', {
                  phase: t(`importWizard.phase.${progress.phase}`),
                  done: formatCount(progress.done, i18n.language),
                  total: formatCount(progress.total, i18n.language),
                })
              : t('importWizard.importing')}
          </Text>
          <Progress value={percent ?? 100} animated={percent === undefined} striped={percent === undefined} aria-label={t('importWizard.importing')} />
        </Stack>
      )}
      {error && (
        <Alert color="red" title={t('importWizard.failed')} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('common.back')}
        </Button>
        <Button onClick={onImport} disabled={blocked} loading={busy}>
          {t('importWizard.import')}
        </Button>
      </Group>
    </Stack>
  );
}
