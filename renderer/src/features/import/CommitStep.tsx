// Step 4: write the orders. Refused while orders have errors unless the user chooses to skip them;
// a failed import changes nothing (main writes in one transaction), so the user can simply retry.
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/types';
import type { Progress as ProgressEvent } from '../../api/hooks';
import { JobProgress } from './JobProgress';
import { Counts } from './PreviewStep';

interface Props {
  preview: ImportPreview;
  /** How many unknown shipping lines have a method chosen in the preview. */
  chosenLines: number;
  onlyValid: boolean;
  busy: boolean;
  progress?: ProgressEvent;
  error?: string;
  onOnlyValid: (value: boolean) => void;
  onImport: () => void;
  onBack: () => void;
  onCancel: () => void;
  cancelling: boolean;
}

export function CommitStep({ preview, chosenLines, onlyValid, busy, progress, error, onOnlyValid, onImport, onBack, onCancel, cancelling }: Props) {
  const { t } = useTranslation();
  const invalid = preview.counts.invalid;
  const blocked = invalid > 0 && !onlyValid;
  return (
    <Stack>
      <Counts preview={preview} />
      {preview.counts.new === 0 && <Alert color="gray">{t('importWizard.nothingToImport')}</Alert>}
      {chosenLines > 0 && <Text size="sm">{t('shipping.import.willRemember', { count: chosenLines })}</Text>}
      {preview.unknownShippingLineCount > chosenLines && (
        <Text size="sm" c="orange.8">
          {t('shipping.import.undecided', { count: preview.unknownShippingLineCount - chosenLines })}
        </Text>
      )}
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
      {busy && <JobProgress progress={progress} onCancel={onCancel} cancelling={cancelling} />}
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
