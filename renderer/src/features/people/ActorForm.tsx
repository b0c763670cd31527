// The name written on every change the person makes. One form for the first-start question and
// for Settings; what was typed stays in the field when saving fails.
import { Button, Group, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ActorInput, actorSchema } from '../../../../shared/schemas/settings';
import { toAppError } from '../../api/errors';
import { useMutationCommand } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { packMessage } from '../../i18n/messages';
import { useFieldError } from '../../ui/useFieldError';

export function ActorForm({ initial, submitLabel, hint, onSaved }: { initial: string; submitLabel: string; hint?: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ActorInput>({ resolver: zodResolver(actorSchema), defaultValues: { actor: initial } });
  const error = useFieldError(form.control);
  const save = useMutationCommand('settings.update');

  const onValid = async ({ actor }: ActorInput) => {
    try {
      const saved = await save.mutateAsync({ actor });
      notifySuccess(t('actor.saved', { name: saved.actor }));
      onSaved?.();
    } catch (err) {
      const e = toAppError(err);
      const issue = e.issues.find((i) => i.path === 'actor');
      form.setError('actor', { type: 'server', message: packMessage(issue?.code ?? e.code, issue?.params ?? e.params) });
    }
  };

  return (
    <form onSubmit={form.handleSubmit(onValid)} noValidate>
      <Group align="flex-end">
        <TextInput label={t('actor.label')} description={hint} {...form.register('actor')} error={error('actor')} maxLength={80} w={320} data-autofocus />
        <Button type="submit" loading={save.isPending}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
