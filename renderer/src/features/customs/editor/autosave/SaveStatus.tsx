// Where the draft stands, in the header ("Saving…", "Saved at 12:03", "Not saved: ..."), and the
// banner that stops the broker when a save was refused and says what to do.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../../../i18n/messages';
import type { DraftSaver, SaveState } from './draftSaver';

export function useSaveState(saver: DraftSaver): SaveState {
  return useSyncExternalStore(saver.subscribe, saver.getState);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "12:03" today, "3 Mar 2026, 12:03" another day, in the user's own time zone. */
function savedTime(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const today = new Date().toDateString() === at.toDateString();
  const key = `${locale}|${today}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format.format(at);
}

export function SaveStatus({ saver }: { saver: DraftSaver }) {
  const { t, i18n } = useTranslation();
  const state = useSaveState(saver);
  const [text, colour] = ((): [string, string] => {
    switch (state.kind) {
      case 'idle':
        return ['', 'dimmed'];
      case 'pending':
        return [t('customs.save.pending'), 'dimmed'];
      case 'saving':
        return [t('customs.save.saving'), 'dimmed'];
      case 'saved':
        return [t('customs.save.savedAt', { time: savedTime(state.at, i18n.language) }), 'dimmed'];
      case 'invalid':
        return [t('customs.save.invalid', { count: state.count }), 'orange.8'];
      case 'error':
        return [t('customs.save.failed'), 'red.7'];
      case 'stale':
        return [t('customs.save.stale'), 'red.7'];
      case 'notDraft':
        return [t('customs.save.notDraft'), 'red.7'];
    }
  })();
  return (
    <Text size="sm" c={colour} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </Text>
  );
}

export function SaveBanner({ saver, onReload }: { saver: DraftSaver; onReload: () => void }) {
  const { t } = useTranslation();
  const state = useSaveState(saver);
  if (state.kind === 'stale' || state.kind === 'notDraft') {
    return (
      <Alert color="red" role="alert" title={state.kind === 'stale' ? t('customs.save.staleTitle') : t('customs.save.notDraftTitle')}>
        <Text size="sm">{translateMessage(state.error.code, state.error.params)}</Text>
        <Text size="sm" mt={4}>
          {t('customs.save.keptLocally')}
        </Text>
        <Button mt="sm" size="xs" onClick={onReload}>
          {t('customs.save.reload')}
        </Button>
      </Alert>
    );
  }
  if (state.kind === 'error') {
    return (
      <Alert color="red" role="alert" title={t('customs.save.failedTitle')}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {translateMessage(state.error.code, state.error.params)} {t('customs.save.keptLocally')}
          </Text>
          <Button size="xs" variant="light" onClick={() => void saver.flush()}>
            {t('common.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return null;
}
