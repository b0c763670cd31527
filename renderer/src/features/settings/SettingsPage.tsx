// Language (saved in the database so it survives restarts) and facts about this installation.
import { Card, Code, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { LANGUAGES, applyLanguage, i18next, type Language } from '../../i18n';
import { translateMessage } from '../../i18n/messages';
import { ActorCard } from '../people/ActorCard';
import { BackupsCard } from './BackupsCard';
import { ClausesCard } from './ClausesCard';
import { CompanyProfileCard } from './CompanyProfileCard';
import { DestinationRulesCard } from './DestinationRulesCard';
import { ShippingRulesCard } from './ShippingRulesCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useCommand('settings.get', {});
  const info = useCommand('app.info', {});
  const update = useMutationCommand('settings.update', {
    onSuccess: async (saved) => {
      await applyLanguage(saved.language);
      // i18next.t, not the t of this render: that one still speaks the old language.
      notifications.show({ color: 'green', message: i18next.t('settings.languageSaved') });
    },
    onError: (error) => notifications.show({ color: 'red', title: t('common.error'), message: translateMessage(error.code, error.params) }),
  });

  // A document that cannot be finalised links here with the profile field it lacks.
  const [params, setParams] = useSearchParams();
  const field = params.get('field') ?? undefined;
  const linked = useCallback(
    () =>
      setParams(
        (p) => {
          p.delete('field');
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  const current = settings.data?.language ?? 'en';
  return (
    <Stack maw={720}>
      <Title order={2}>{t('settings.title')}</Title>
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600} id="language-label">
            {t('settings.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-label"
            value={(update.isPending && update.variables?.language) || current}
            onChange={(value) => update.mutate({ language: value as Language })}
            data={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
            disabled={update.isPending}
            w="fit-content"
          />
          <Text size="sm" c="dimmed">
            {t('settings.languageHint')}
          </Text>
        </Stack>
      </Card>
      <ActorCard />
      <CompanyProfileCard focus={field} onFocused={linked} />
      <ClausesCard />
      <DestinationRulesCard />
      <ShippingRulesCard />
      <BackupsCard />
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          {t('settings.about')}
        </Title>
        {info.isError && <Text c="red">{translateMessage(info.error.code, info.error.params)}</Text>}
        {info.data && (
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('settings.version')}</Table.Th>
                <Table.Td>{info.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.dataFile')}</Table.Th>
                <Table.Td>
                  <Code>{info.data.dataFile}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.mode')}</Table.Th>
                <Table.Td>{t(`settings.modes.${info.data.mode}`)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
