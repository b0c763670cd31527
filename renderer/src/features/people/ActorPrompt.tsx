// First start: ask once who is using Despacho (the operating-system user's name is offered), so
// every audit entry and stock movement names a person. Settings changes it later.
import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { ActorForm } from './ActorForm';

export function ActorPrompt() {
  const { t } = useTranslation();
  const settings = useCommand('settings.get', {});
  const open = !!settings.data && !settings.data.actorConfirmed;
  return (
    <Modal
      opened={open}
      onClose={() => undefined}
      title={t('actor.welcomeTitle')}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      centered
      size="lg"
    >
      <Text mb="md">{t('actor.welcomeBody')}</Text>
      {settings.data && <ActorForm initial={settings.data.actor} submitLabel={t('actor.continue')} hint={t('actor.hint')} />}
    </Modal>
  );
}

/** True once the person has named themselves: the other first-start offers wait until then. */
export function useActorConfirmed(): boolean {
  return useCommand('settings.get', {}).data?.actorConfirmed ?? false;
}
