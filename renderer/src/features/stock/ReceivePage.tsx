// Receiving goods: scan lines in, correct them in the table, then post the receipt. Main posts it
// whole or refuses it whole, naming each bad line; the lines stay as typed so they can be fixed.
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ReceiptInput, receiptSchema } from '../../../../shared/schemas/inventory';
import { toAppError } from '../../api/errors';
import { useMutationCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { packMessage, translatePacked } from '../../i18n/messages';
import { ScanEntry } from './ScanEntry';
import { StockTabs } from './StockTabs';
import { useFieldError } from '../../ui/useFieldError';

export function ReceivePage() {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const form = useForm<ReceiptInput>({ resolver: zodResolver(receiptSchema), defaultValues: { reference: '', lines: [] } });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const fieldError = useFieldError(form.control);
  const receive = useMutationCommand('stock.receive');

  const post = form.handleSubmit(async (receipt) => {
    setError(undefined);
    try {
      const out = await receive.mutateAsync(receipt);
      notifySuccess(t('inventory.receive.posted', { count: out.lines }));
      form.reset({ reference: '', lines: [] });
    } catch (caught) {
      const e = toAppError(caught);
      for (const i of e.issues)
        if (/^lines\.\d+\.\w+$/.test(i.path) || i.path === 'reference')
          form.setError(i.path as 'reference', { type: 'server', message: packMessage(i.code, i.params) });
      setError(errorText(e));
    }
  });

  return (
    <Stack maw={1280}>
      <StockTabs title={t('inventory.receive.title')} />
      <TextInput
        label={t('inventory.receive.reference')}
        description={t('inventory.receive.referenceHint')}
        maxLength={100}
        w={360}
        {...form.register('reference')}
        error={fieldError('reference')}
      />
      {/* The scanner goes on typing into the scan line: adding a line must not move the focus to it. */}
      <ScanEntry onAdd={(line) => lines.append(line, { shouldFocus: false })} />
      <form onSubmit={post} noValidate>
        <Stack>
          {lines.fields.length === 0 ? (
            <Text c="dimmed">{t('inventory.receive.noLines')}</Text>
          ) : (
            <Table aria-label={t('inventory.receive.lines')} maw={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>#</Table.Th>
                  <Table.Th>{t('inventory.receive.code')}</Table.Th>
                  <Table.Th>{t('inventory.columns.bin')}</Table.Th>
                  <Table.Th>{t('inventory.receive.quantity')}</Table.Th>
                  <Table.Th w={60} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.fields.map((f, i) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('inventory.receive.code')} {...form.register(`lines.${i}.code`)} error={fieldError(`lines.${i}.code`)} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={t('inventory.columns.bin')} {...form.register(`lines.${i}.binCode`)} error={fieldError(`lines.${i}.binCode`)} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('inventory.receive.quantity')}
                        inputMode="decimal"
                        {...form.register(`lines.${i}.quantity`)}
                        error={fieldError(`lines.${i}.quantity`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" onClick={() => lines.remove(i)} aria-label={t('inventory.receive.removeLine', { line: i + 1 })}>
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {form.formState.errors.lines?.root?.message || form.formState.errors.lines?.message ? (
            <Text c="red.8">{translatePacked(form.formState.errors.lines.root?.message ?? form.formState.errors.lines.message, t)}</Text>
          ) : null}
          {error && (
            <Alert color="red" role="alert" title={t('inventory.receive.refusedTitle')}>
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={receive.isPending} disabled={lines.fields.length === 0}>
              {t('inventory.receive.post')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
