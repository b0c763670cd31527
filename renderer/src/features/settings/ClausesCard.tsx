// Settings: the texts a new sales contract starts from, one per clause, in English and Spanish.
// Each language is its own form (saving one never sends the other's unsaved edits).
import { Button, Card, Group, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type ClauseTemplates, clausesUpdateSchema } from '../../../../shared/api/contracts/company';
import { CONTRACT_CLAUSES, DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../../shared/schemas/customs';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { useFieldError } from '../../ui/useFieldError';
import { applyServerIssues } from './company/serverErrors';

type ClausesInput = z.input<typeof clausesUpdateSchema>;
type ClausesValues = z.output<typeof clausesUpdateSchema>;

function ClausesForm({ lang, initial }: { lang: DocumentLanguage; initial: ClauseTemplates[DocumentLanguage] }) {
  const { t } = useTranslation();
  const form = useForm<ClausesInput, unknown, ClausesValues>({ resolver: zodResolver(clausesUpdateSchema), defaultValues: { lang, clauses: initial } });
  const error = useFieldError(form.control);
  const langName = t(`company.clauses.languages.${lang}`);
  const save = useMutationCommand('company.updateClauses', {
    onSuccess: (saved) => {
      form.reset({ lang, clauses: saved[lang] });
      notifySuccess(t('company.clauses.saved', { language: langName }));
    },
    onError: (e) => {
      if (!applyServerIssues(e, form.setError)) notifyError(e);
    },
  });
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate aria-label={t('company.clauses.formLabel', { language: langName })}>
      <Stack gap="sm" pt="sm">
        {CONTRACT_CLAUSES.map((c) => (
          <Textarea
            key={c}
            id={`clauses.${lang}.${c}`}
            label={t(`company.clauses.titles.${c}`)}
            // Fixed rows, drawn once: sixteen auto-growing boxes measured the page on every render.
            rows={3}
            resize="vertical"
            maxLength={4000}
            lang={lang}
            {...form.register(`clauses.${c}`)}
            error={error(`clauses.${c}`)}
          />
        ))}
        <Group justify="flex-end">
          {form.formState.isDirty && (
            <Text size="sm" c="dimmed">
              {t('company.profile.unsaved')}
            </Text>
          )}
          <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
            {t('company.clauses.save', { language: langName })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ClausesCard() {
  const { t } = useTranslation();
  const clauses = useCommand('company.clauses', {});
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        {t('company.clauses.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('company.clauses.hint')}
      </Text>
      {clauses.isError && <Text c="red">{translateMessage(clauses.error.code, clauses.error.params)}</Text>}
      {clauses.data && (
        <Tabs defaultValue="en" keepMounted>
          <Tabs.List>
            {DOCUMENT_LANGUAGES.map((lang) => (
              <Tabs.Tab key={lang} value={lang} lang={lang}>
                {t(`company.clauses.tabs.${lang}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {DOCUMENT_LANGUAGES.map((lang) => (
            <Tabs.Panel key={lang} value={lang}>
              <ClausesForm lang={lang} initial={clauses.data[lang]} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Card>
  );
}
