// Step 1: pick the shop's export (button or drag and drop) and, optionally, a channel name.
import { Alert, Button, Group, Input, Paper, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../i18n/format';
import classes from './FileStep.module.css';

const ACCEPTED = /\.(csv|txt)$/i;

interface Props {
  file: File | null;
  /** The order import asks for a channel; an import without one leaves these out. */
  channel?: string;
  busy: boolean;
  error?: string;
  onFile: (file: File | null) => void;
  onChannel?: (channel: string) => void;
  onRead: () => void;
  /** While a big file is being sent to main: how much (0-100), and a way to stop. */
  upload?: { percent: number; onCancel: () => void };
}

export function FileStep({ file, channel, busy, error, onFile, onChannel, onRead, upload }: Props) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [typeError, setTypeError] = useState(false);

  const take = (candidate: File | undefined | null) => {
    if (!candidate) return;
    const ok = ACCEPTED.test(candidate.name);
    setTypeError(!ok);
    onFile(ok ? candidate : null);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files[0]);
  };

  return (
    <Stack maw={720}>
      <Paper
        withBorder
        p="lg"
        className={classes.drop}
        data-dragging={dragging || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack gap="sm">
          <Text>{t('importWizard.dropHere')}</Text>
          <Input.Wrapper label={t('importWizard.fileInput')} labelElement="label" id={inputId}>
            {/* A real file input, so keyboard users, screen readers and test drivers can all use it. */}
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              className={classes.fileInput}
              onChange={(e) => take(e.currentTarget.files?.[0])}
            />
          </Input.Wrapper>
          <Text size="sm" c={file ? undefined : 'dimmed'}>
            {file ? t('importWizard.fileChosen', { name: file.name, size: formatBytes(file.size, i18n.language) }) : t('importWizard.noFile')}
          </Text>
          {typeError && (
            <Text c="red" size="sm" role="alert">
              {t('importWizard.wrongType')}
            </Text>
          )}
        </Stack>
      </Paper>
      {onChannel && (
        <TextInput
          label={t('importWizard.channel')}
          description={t('importWizard.channelHint')}
          value={channel ?? ''}
          maxLength={60}
          onChange={(e) => onChannel(e.currentTarget.value)}
          w={360}
        />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {upload && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm">{t('importWizard.uploading', { percent: upload.percent })}</Text>
            <Button size="xs" variant="default" color="red" onClick={upload.onCancel}>
              {t('importWizard.cancelUpload')}
            </Button>
          </Group>
          <Progress value={upload.percent} aria-label={t('importWizard.uploading', { percent: upload.percent })} />
        </Stack>
      )}
      <Group>
        <Button onClick={onRead} disabled={!file} loading={busy}>
          {t('importWizard.readFile')}
        </Button>
      </Group>
    </Stack>
  );
}
