// Settings: the company profile every customs document draws the shipper from. The form's schema
// is the one main re-checks; what was typed stays when saving fails.
import { Alert, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { companyContract } from '../../../../shared/api/contracts/company';
import type { CompanyProfile, CompanyProfileInput } from '../../../../shared/schemas/customs/company';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { AddressesSection } from './company/AddressesSection';
import { PROFILE_CARD_ID, focusProfileField } from './company/focusField';
import { IdentifiersSection } from './company/IdentifiersSection';
import { LogoField } from './company/LogoField';
import { BankSection, DefaultsSection, IdentitySection } from './company/ProfileSections';
import { SeriesSection } from './company/SeriesSection';
import { applyServerIssues } from './company/serverErrors';
import { SignatoriesSection } from './company/SignatoriesSection';

/**
 * The foot of the form: its own component so that the first keystroke (the form turning dirty)
 * redraws these few lines, not the sixty inputs above.
 */
function SaveBar({ invalid, saving }: { invalid: boolean; saving: boolean }) {
  const { t } = useTranslation();
  const { control, reset } = useFormContext<CompanyProfileInput, unknown, CompanyProfile>();
  const { isDirty, errors } = useFormState({ control });
  return (
    <>
      {invalid && Object.keys(errors).length > 0 && (
        <Alert color="red" role="alert">
          {t('company.profile.fixFields')}
        </Alert>
      )}
      {/* Kept in sight while scrolling a long profile: the way out is always one click away. */}
      <Group
        justify="flex-end"
        gap="sm"
        py="xs"
        style={{
          position: 'sticky',
          bottom: 0,
          background: 'var(--mantine-color-body)',
          borderTop: '1px solid var(--mantine-color-default-border)',
          zIndex: 2,
        }}
      >
        {isDirty && (
          <Text size="sm" c="dimmed">
            {t('company.profile.unsaved')}
          </Text>
        )}
        <Button variant="default" disabled={!isDirty || saving} onClick={() => reset()}>
          {t('company.profile.undo')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('company.profile.save')}
        </Button>
      </Group>
    </>
  );
}

interface FocusProps {
  /** A field to focus on arrival ("company.bank.iban"), from a deep link. */
  focus?: string;
  /** Called once the field is focused, so the link is not followed again. */
  onFocused?: () => void;
}

function ProfileForm({ initial, focus, onFocused }: FocusProps & { initial: CompanyProfile }) {
  const { t } = useTranslation();
  // Validate on submit, then on change (as the order form does: errors appearing on blur move the Save button).
  const form = useForm<CompanyProfileInput, unknown, CompanyProfile>({
    // The command's own input schema: the profile's, plus what main insists on (a legal name).
    resolver: zodResolver(companyContract['company.update'].input),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [invalid, setInvalid] = useState(false);
  const save = useMutationCommand('company.update', {
    onSuccess: (saved) => {
      form.reset(saved);
      notifySuccess(t('company.profile.saved'));
    },
    onError: (error) => {
      // Every path of the profile is a field of this form, or a list of them.
      if (applyServerIssues(error, form.setError)) setInvalid(true);
      else notifyError(error);
    },
  });

  useEffect(() => {
    if (!focus) return;
    // After the paint, so every section is laid out and the scroll lands where it should.
    const frame = requestAnimationFrame(() => {
      focusProfileField(focus);
      onFocused?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, onFocused]);

  const onValid = (profile: CompanyProfile) => {
    setInvalid(false);
    save.mutate(profile);
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onValid, () => setInvalid(true))} noValidate aria-label={t('company.profile.title')}>
        <Stack gap="md">
          <IdentitySection />
          <Divider />
          <AddressesSection />
          <Divider />
          <IdentifiersSection />
          <Divider />
          <BankSection />
          <Divider />
          <SignatoriesSection />
          <Divider />
          <LogoField />
          <Divider />
          <DefaultsSection />
          <Divider />
          <SeriesSection />
          <SaveBar invalid={invalid} saving={save.isPending} />
        </Stack>
      </form>
    </FormProvider>
  );
}

export function CompanyProfileCard({ focus, onFocused }: FocusProps) {
  const { t } = useTranslation();
  const profile = useCommand('company.get', {});
  return (
    <Card withBorder id={PROFILE_CARD_ID}>
      <Title order={3} size="h5" mb={4}>
        {t('company.profile.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('company.profile.hint')}
      </Text>
      {profile.isError && <Text c="red">{translateMessage(profile.error.code, profile.error.params)}</Text>}
      {/* Mounted once the profile is read: the form starts from it and is not replaced under the user's hands. */}
      {profile.data && <ProfileForm initial={profile.data} focus={focus} onFocused={onFocused} />}
    </Card>
  );
}
