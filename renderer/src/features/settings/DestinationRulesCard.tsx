// Settings: what each destination asks of the documents, as rules the broker can read, check and
// change. Every rule shows where it comes from and when: a rule nobody can trace is not trusted.
import { Alert, Badge, Button, Card, Group, Modal, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationRule, RuleKind } from '../../../../shared/schemas/customs/rules';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { errorText, notifyError, notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { RuleFormModal } from './company/RuleFormModal';
import { countriesText, documentList, methodsText, ruleAsks, sourceDateText } from './company/ruleSummary';

function SourceCell({ rule }: { rule: DestinationRule }) {
  const { t, i18n } = useTranslation();
  if (!rule.source) {
    return (
      <Text size="sm" c="orange.8">
        {t('company.rules.noSource')}
      </Text>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {rule.source}
      </Text>
      <Badge variant="light" color={rule.sourceDate ? 'indigo' : 'orange'} size="sm" radius="sm" tt="none">
        {rule.sourceDate ? t('company.rules.asOf', { date: sourceDateText(rule, i18n.language) }) : t('company.rules.noDate')}
      </Badge>
    </Stack>
  );
}

function DeleteModal({ rule, onClose }: { rule: DestinationRule | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const remove = useMutationCommand('company.deleteRule', {
    onSuccess: () => {
      notifySuccess(t('company.rules.deleted'));
      onClose();
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={rule !== null} onClose={close} title={t('company.rules.deleteTitle')}>
      {rule && (
        <Stack>
          <Text>
            {t('company.rules.deleteBody', { asks: ruleAsks(rule.params, t, i18n.language), countries: countriesText(rule.countries, t, i18n.language) })}
          </Text>
          {rule.source && (
            <Text size="sm" c="dimmed">
              {t('company.rules.deleteSource', { source: rule.source })}
            </Text>
          )}
          {rule.active && (
            <Text size="sm" c="dimmed">
              {t('company.rules.deleteInstead')}
            </Text>
          )}
          {remove.isError && (
            <Alert color="red" role="alert">
              {errorText(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: rule.id })}>
              {t('company.rules.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

export function DestinationRulesCard() {
  const { t, i18n } = useTranslation();
  const rules = useCommand('company.rules', {});
  const [editing, setEditing] = useState<DestinationRule | { kind: RuleKind } | null>(null);
  const [deleting, setDeleting] = useState<DestinationRule | null>(null);
  const toggle = useMutationCommand('company.saveRule', {
    onSuccess: (rule) => notifySuccess(rule.active ? t('company.rules.switchedOn') : t('company.rules.switchedOff')),
    onError: (e) => notifyError(e),
  });
  const list = rules.data ?? [];
  const lang = i18n.language;

  return (
    <Card withBorder>
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5">
          {t('company.rules.title')}
        </Title>
        <Button size="xs" onClick={() => setEditing({ kind: 'consigneeTaxId' })}>
          {t('company.rules.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('company.rules.hint')}
      </Text>
      {rules.isError && <Text c="red">{translateMessage(rules.error.code, rules.error.params)}</Text>}
      {rules.isSuccess && list.length === 0 && (
        <Text size="sm" c="orange.8">
          {t('company.rules.empty')}
        </Text>
      )}
      {list.length > 0 && (
        <Table.ScrollContainer minWidth={640} mah={640}>
          <Table striped stickyHeader verticalSpacing="xs" aria-label={t('company.rules.title')} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="46%">{t('company.rules.rule')}</Table.Th>
                <Table.Th>{t('company.rules.source')}</Table.Th>
                <Table.Th w={64}>{t('company.rules.active')}</Table.Th>
                <Table.Th w={84}>
                  <VisuallyHidden>{t('company.rules.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((rule) => {
                const asks = ruleAsks(rule.params, t, lang);
                const countries = countriesText(rule.countries, t, lang);
                return (
                  <Table.Tr key={rule.id} data-rule={rule.id} style={{ verticalAlign: 'top' }}>
                    <Table.Td style={{ opacity: rule.active ? 1 : 0.55 }}>
                      <Text size="sm" title={rule.params.kind === 'consigneeTaxId' && rule.params.pattern ? rule.params.pattern : undefined}>
                        <Text span fw={700} inherit>
                          {countries}:
                        </Text>{' '}
                        {asks}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {methodsText(rule.methods, t)} · {t('company.rules.onDocuments', { documents: documentList(rule.documents, t) })}
                      </Text>
                      {rule.note && (
                        <Text size="xs" c="dimmed" fs="italic" mt={2}>
                          {rule.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SourceCell rule={rule} />
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        checked={rule.active}
                        disabled={toggle.isPending}
                        aria-label={t('company.rules.activeOne', { asks, countries })}
                        onChange={(e) => toggle.mutate({ ...rule, active: e.currentTarget.checked })}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2} align="flex-end">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setEditing(rule)}
                          aria-label={t('company.rules.editOne', { asks, countries })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(rule)}
                          aria-label={t('company.rules.deleteOne', { asks, countries })}
                        >
                          {t('company.rules.delete')}
                        </Button>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RuleFormModal editing={editing} onClose={() => setEditing(null)} />
      <DeleteModal rule={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}
