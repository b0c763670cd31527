// Filing a final declaration with customs: the office it was lodged with, when, and the customs
// reference if it is already known. The form checks with the schema main re-checks; the moment is
// typed in local time and sent as an ISO moment with its zone.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type FileDeclarationInput, type OrderFiling, fileDeclarationSchema } from '../../../../shared/api/contracts/filing';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { useFieldError } from '../../ui/useFieldError';
import { typeName } from '../customs/list/documentWords';
import { LodgedFields } from './LodgedFields';
import { nowToTheMinute } from './localMoment';

type Fileable = NonNullable<OrderFiling['fileable']>;

export function FileDeclarationForm({ fileable, onFiled }: { fileable: Fileable; onFiled: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FileDeclarationInput>({
    resolver: zodResolver(fileDeclarationSchema),
    defaultValues: { declarationId: fileable.id, office: '', filedAt: nowToTheMinute(), reference: '' },
  });
  const fieldError = useFieldError(form.control);
  const file = useMutationCommand('filing.file', {
    onSuccess: () => {
      notifySuccess(t('filing.form.filed', { number: fileable.number, version: fileable.version }));
      onFiled();
    },
    onError: (e) => setError(errorText(e)),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((v) => {
        setError(null);
        // An empty reference is left out: customs gives it later ("awaiting reference").
        file.mutate(v.reference ? v : { declarationId: v.declarationId, office: v.office, filedAt: v.filedAt });
      })}
      data-testid="filing-form"
    >
      <Stack>
        <Text size="sm">
          {t(fileable.correction ? 'filing.form.whatCorrection' : 'filing.form.what', {
            type: typeName(t, fileable.type),
            number: fileable.number,
            version: fileable.version,
          })}
        </Text>
        <LodgedFields control={form.control} register={form.register} />
        <TextInput
          label={t('filing.form.reference')}
          description={t('filing.form.referenceHint')}
          {...form.register('reference')}
          error={fieldError('reference')}
        />
        {error && (
          <Alert color="red" data-testid="filing-error">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={file.isPending}>
          {t('filing.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
