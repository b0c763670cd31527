// "Suggest" for one row's HS code: up to five codes from the row's description (with brand and
// model), each with why it is proposed. The broker chooses one; nothing is chosen for them.
import { Alert, Badge, Button, Group, Loader, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HsSuggestion } from '../../../../../../shared/api/contracts/customs';
import { useCommand } from '../../../../api/hooks';
import { errorText } from '../../../../app/notify';
import type { TableSpec } from '../layout/types';
import { focusWhenReady } from '../form/reveal';
import { useStableForm } from '../form/stableForm';

function Reasons({ suggestion }: { suggestion: HsSuggestion }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      {suggestion.reasons.map((r, i) => (
        <Text key={i} size="xs" c="dimmed">
          {r.kind === 'catalogue'
            ? t('customs.suggest.likeProduct', { sku: r.sku, name: r.name, words: r.words.join(', ') })
            : t('customs.suggest.sharedWords', { words: r.words.join(', ') })}
        </Text>
      ))}
    </Stack>
  );
}

function Suggestions({ description, onChoose }: { description: string; onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const found = useCommand('customs.hsSuggest', { description, limit: 5 }, { staleTime: 60_000 });
  if (found.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (found.isError) return <Alert color="red">{errorText(found.error)}</Alert>;
  if (found.data.length === 0) return <Text size="sm">{t('customs.suggest.none')}</Text>;
  return (
    <Stack gap="xs" role="list" aria-label={t('customs.suggest.listLabel')}>
      {found.data.map((s) => (
        <UnstyledButton
          key={s.code}
          role="listitem"
          onClick={() => onChoose(s.code)}
          aria-label={t('customs.suggest.choose', { code: s.code, description: s.description })}
          p="xs"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
        >
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge variant="light" size="lg" style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
              {s.code}
            </Badge>
            <Stack gap={2}>
              <Text size="sm">{s.description}</Text>
              <Reasons suggestion={s} />
            </Stack>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}

export function HsSuggestModal({ spec, index, onClose }: { spec: TableSpec; index: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { getValues, setValue } = useStableForm();
  // What the row says when the broker asks, not as it changes afterwards.
  const [description] = useState(() => {
    const row = (getValues(`${spec.path}.${index}`) ?? {}) as Record<string, string | undefined>;
    return [row[spec.describedBy ?? 'description'], row.brand, row.model]
      .map((v) => (v ?? '').trim())
      .filter(Boolean)
      .join(' ')
      .slice(0, 500);
  });
  const path = `${spec.path}.${index}.hsCode`;
  const choose = (code: string) => {
    setValue(path, code, { shouldDirty: true, shouldValidate: true, shouldTouch: true });
    onClose();
    focusWhenReady(path);
  };
  const rowLabel = t(spec.rowLabel, { n: index + 1 });
  return (
    <Modal opened onClose={onClose} title={t('customs.suggest.title', { row: rowLabel })} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {description ? t('customs.suggest.from', { description }) : t('customs.suggest.needDescription')}
        </Text>
        {description && <Suggestions description={description} onChoose={choose} />}
        <Text size="xs" c="dimmed">
          {t('customs.suggest.yourChoice')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
