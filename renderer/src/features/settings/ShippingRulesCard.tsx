// The rules that give a shop's shipping line ("Colissimo International") a shipping method: listed
// in the order they are tried, moved up and down, added, edited and deleted, and a box to try a
// line against them. The form's schema is the one main re-checks.
import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, type FieldPath, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ShippingRule } from '../../../../shared/api/contracts/shipping';
import { SHIPPING_MATCHES, matchShippingLine } from '../../../../shared/domain/shipping';
import { type ShippingRuleInput, type ShippingRuleValues, shippingRuleSchema } from '../../../../shared/schemas/shipping';
import type { AppError } from '../../api/errors';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { packMessage, translatePacked } from '../../i18n/messages';
import { shippingMethodOptions } from '../../i18n/options';

const EMPTY: ShippingRuleInput = { match: 'contains', pattern: '', method: 'postal', position: 1 };
const FIELDS: FieldPath<ShippingRuleInput>[] = ['match', 'pattern', 'method', 'position'];

function RuleTester({ rules }: { rules: ShippingRule[] }) {
  const { t } = useTranslation();
  const [line, setLine] = useState('');
  const rule = line.trim() === '' ? undefined : matchShippingLine(rules, line);
  return (
    <Stack gap={4}>
      <TextInput
        label={t('shipping.rules.tryLabel')}
        placeholder={t('shipping.rules.tryPlaceholder')}
        value={line}
        onChange={(e) => setLine(e.currentTarget.value)}
        maxLength={200}
      />
      {line.trim() !== '' && (
        <Text size="sm" role="status" c={rule ? undefined : 'orange.8'}>
          {rule
            ? t('shipping.rules.tryMatch', {
                method: t(`shippingMethod.${rule.method}`),
                position: rule.position,
                match: t(`shipping.matches.${rule.match}`),
                pattern: rule.pattern,
              })
            : t('shipping.rules.tryNone')}
        </Text>
      )}
    </Stack>
  );
}

export function ShippingRulesCard() {
  const { t } = useTranslation();
  const rules = useCommand('shipping.rules', {});
  const [editing, setEditing] = useState<ShippingRule | null>(null);
  const form = useForm<ShippingRuleInput, unknown, ShippingRuleValues>({ resolver: zodResolver(shippingRuleSchema), defaultValues: EMPTY });
  const list = rules.data ?? [];

  const startAdding = () => {
    setEditing(null);
    form.reset(EMPTY);
  };
  const startEditing = (rule: ShippingRule) => {
    setEditing(rule);
    form.reset({ id: rule.id, match: rule.match, pattern: rule.pattern, method: rule.method, position: rule.position });
  };

  // Main re-checks the input: its issues go back on the fields they name; what was typed stays.
  const onServerError = (error: AppError) => {
    const onFields = error.code === 'errors.validation' ? error.issues.filter((i) => FIELDS.includes(i.path as FieldPath<ShippingRuleInput>)) : [];
    for (const issue of onFields) form.setError(issue.path as FieldPath<ShippingRuleInput>, { type: 'server', message: packMessage(issue.code, issue.params) });
    if (onFields.length === 0) notifyError(error);
  };
  const decided = (n: number) => (n > 0 ? ` ${t('shipping.rules.decided', { count: n })}` : '');
  const save = useMutationCommand('shipping.saveRule', {
    onSuccess: (result) => {
      notifySuccess(t('shipping.rules.saved', { pattern: result.rule?.pattern ?? '' }) + decided(result.ordersDecided));
      startAdding();
    },
    onError: onServerError,
  });
  const move = useMutationCommand('shipping.moveRule', { onError: (e) => notifyError(e) });
  const remove = useMutationCommand('shipping.deleteRule', {
    onSuccess: () => notifySuccess(t('shipping.rules.deleted')),
    onError: (e) => notifyError(e),
  });
  const busy = move.isPending || remove.isPending;
  const err = (field: FieldPath<ShippingRuleInput>) => translatePacked(form.formState.errors[field as keyof ShippingRuleInput]?.message);
  const matchOptions = SHIPPING_MATCHES.map((m) => ({ value: m, label: t(`shipping.matches.${m}`) }));

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('shipping.rules.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('shipping.rules.hint')}
      </Text>
      <Table.ScrollContainer minWidth={560} mah={420} mb="sm">
        <Table striped stickyHeader verticalSpacing={4} aria-label={t('shipping.rules.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('shipping.rules.position')}</Table.Th>
              <Table.Th>{t('shipping.rules.match')}</Table.Th>
              <Table.Th>{t('shipping.rules.pattern')}</Table.Th>
              <Table.Th>{t('shipping.rules.method')}</Table.Th>
              <Table.Th w={150}>
                <VisuallyHidden>{t('shipping.rules.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((rule, i) => (
              <Table.Tr key={rule.id} data-editing={editing?.id === rule.id || undefined} bg={editing?.id === rule.id ? 'blue.0' : undefined}>
                <Table.Td>{rule.position}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`shipping.matches.${rule.match}`, { defaultValue: rule.match })}</Table.Td>
                <Table.Td fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {rule.pattern}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`shippingMethod.${rule.method}`, { defaultValue: rule.method })}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('shipping.rules.moveUp', { pattern: rule.pattern })}
                      disabled={i === 0 || busy}
                      onClick={() => move.mutate({ id: rule.id, position: rule.position - 1 })}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('shipping.rules.moveDown', { pattern: rule.pattern })}
                      disabled={i === list.length - 1 || busy}
                      onClick={() => move.mutate({ id: rule.id, position: rule.position + 1 })}
                    >
                      ↓
                    </ActionIcon>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t('shipping.rules.editOne', { pattern: rule.pattern })}
                      onClick={() => startEditing(rule)}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('shipping.rules.deleteOne', { pattern: rule.pattern })}
                      disabled={busy}
                      onClick={() => {
                        if (editing?.id === rule.id) startAdding();
                        remove.mutate({ id: rule.id });
                      }}
                    >
                      {t('shipping.rules.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rules.isSuccess && list.length === 0 && (
        <Text size="sm" c="orange.8" mb="sm">
          {t('shipping.rules.empty')}
        </Text>
      )}
      <form
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
        aria-label={editing ? t('shipping.rules.formEdit') : t('shipping.rules.formAdd')}
        noValidate
      >
        <Text fw={600} size="sm" mb={4}>
          {editing ? t('shipping.rules.formEditTitle', { pattern: editing.pattern }) : t('shipping.rules.formAdd')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
          <Controller
            control={form.control}
            name="match"
            render={({ field }) => (
              <Select
                label={t('shipping.rules.match')}
                data={matchOptions}
                allowDeselect={false}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={err('match')}
              />
            )}
          />
          <TextInput
            label={t('shipping.rules.pattern')}
            placeholder={t('shipping.rules.patternPlaceholder')}
            maxLength={200}
            {...form.register('pattern')}
            error={err('pattern')}
          />
          <Controller
            control={form.control}
            name="method"
            render={({ field }) => (
              <Select
                label={t('shipping.rules.method')}
                data={shippingMethodOptions(t)}
                allowDeselect={false}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={err('method')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="position"
            render={({ field }) => (
              <NumberInput
                label={t('shipping.rules.positionLabel')}
                description={t('shipping.rules.positionHint')}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
                onBlur={field.onBlur}
                error={err('position')}
              />
            )}
          />
        </SimpleGrid>
        <Group mt="xs">
          <Button type="submit" variant="light" loading={save.isPending}>
            {editing ? t('shipping.rules.saveEdit') : t('shipping.rules.add')}
          </Button>
          {editing && (
            <Button variant="default" onClick={startAdding}>
              {t('shipping.rules.cancelEdit')}
            </Button>
          )}
        </Group>
      </form>
      <Stack mt="md">
        <RuleTester rules={list} />
      </Stack>
    </Card>
  );
}
