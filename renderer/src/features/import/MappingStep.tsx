// Step 2: which column of the file feeds which field. Guessed by main from the headers; the user
// corrects it here, and the preview is run again with their choice.
import { Alert, Badge, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/types';
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type ImportField } from '../../../../shared/import/fields';
import { delimiterName } from './delimiter';

interface Props {
  preview: ImportPreview;
  mapping: ColumnMapping;
  busy: boolean;
  error?: string;
  onChange: (mapping: ColumnMapping) => void;
  onRecheck: () => void;
  onBack: () => void;
  onNext: () => void;
}

export function MappingStep({ preview, mapping, busy, error, onChange, onRecheck, onBack, onNext }: Props) {
  const { t } = useTranslation();
  // Duplicate header names cannot be told apart by name, so each is offered once.
  const headers = [...new Set(preview.headers.filter((h) => h !== ''))];
  const missing = REQUIRED_FIELDS.filter((f) => !mapping[f]);
  const set = (field: ImportField, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <Stack>
      <Group gap="sm">
        <Badge variant="light" size="lg">
          {t('importWizard.delimiter', { delimiter: delimiterName(preview.delimiter, t) })}
        </Badge>
        <Badge variant="light" size="lg" color="gray">
          {t('importWizard.rowCount', { count: preview.rowCount })}
        </Badge>
      </Group>
      <Text>{t('importWizard.mappingIntro')}</Text>
      {missing.length > 0 && (
        <Alert color="orange" role="alert">
          {t('importWizard.missingFields', { fields: missing.map((f) => t(`importFields.${f}`)).join(', ') })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {IMPORT_FIELDS.map((field) => {
          const required = REQUIRED_FIELDS.includes(field);
          const isMissing = required && (!mapping[field] || (preview.missingFields.includes(field) && mapping[field] === preview.mapping[field]));
          return (
            <Select
              key={field}
              label={t(`importFields.${field}`)}
              withAsterisk={required}
              placeholder={t('importWizard.notMapped')}
              data={headers}
              value={mapping[field] ?? null}
              onChange={(v) => set(field, v)}
              clearable
              searchable
              error={isMissing ? t('importWizard.missingField') : undefined}
            />
          );
        })}
      </SimpleGrid>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('common.back')}
        </Button>
        <Group>
          <Button variant="light" onClick={onRecheck} loading={busy}>
            {t('importWizard.recheck')}
          </Button>
          <Button onClick={onNext} disabled={missing.length > 0} loading={busy}>
            {t('common.next')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
