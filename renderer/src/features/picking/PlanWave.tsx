// Planning a wave: choose confirmed orders and how containers are used; main allocates the bins.
import { Alert, Badge, Button, Checkbox, Group, Loader, Radio, ScrollArea, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTAINER_MODES, type ContainerMode, type PlanOutcome } from '../../../../shared/api/contracts/picking';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { errorText, notifyError } from '../../app/notify';
import { formatDay } from '../../i18n/format';
import { PlanResult } from './PlanResult';

export function PlanWave() {
  const { t, i18n } = useTranslation();
  const ready = useCommand('picking.confirmedOrders', {});
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [mode, setMode] = useState<ContainerMode>('perOrder');
  const [outcome, setOutcome] = useState<PlanOutcome>();
  const plan = useMutationCommand('picking.plan', {
    onSuccess: (result) => {
      setOutcome(result);
      setSelected(new Set());
    },
    onError: (error) => notifyError(error),
  });

  const rows = ready.data?.rows ?? [];
  // Orders that are no longer ready (planned elsewhere) drop out of the selection.
  const chosen = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
  const all = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="baseline">
        <Title order={3}>{t('picking.plan.title')}</Title>
        {ready.data && (
          <Text c="dimmed" size="sm">
            {t('picking.plan.ready', { count: ready.data.total })}
          </Text>
        )}
      </Group>
      {outcome && <PlanResult outcome={outcome} onClose={() => setOutcome(undefined)} />}
      {ready.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {ready.error && (
        <Alert color="red" role="alert">
          {errorText(ready.error)}
        </Alert>
      )}
      {ready.data && rows.length === 0 && <Text c="dimmed">{t('picking.plan.noOrders')}</Text>}
      {ready.data && ready.data.total > rows.length && (
        <Alert color="yellow">{t('picking.plan.truncated', { shown: rows.length, total: ready.data.total })}</Alert>
      )}
      {rows.length > 0 && (
        <>
          <Group gap="lg" align="flex-end" wrap="wrap">
            <Radio.Group label={t('picking.plan.containerMode')} value={mode} onChange={(v) => setMode(v as ContainerMode)}>
              <Group gap="md" mt={4}>
                {CONTAINER_MODES.map((m) => (
                  <Radio key={m} value={m} label={t(`picking.plan.modes.${m}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Group gap="xs" ml="auto">
              <Text size="sm">{t('picking.plan.selected', { count: chosen.length })}</Text>
              <Button disabled={chosen.length === 0} loading={plan.isPending} onClick={() => plan.mutate({ orderIds: chosen, containerMode: mode })}>
                {t('picking.plan.submit')}
              </Button>
            </Group>
          </Group>
          <ScrollArea.Autosize mah="50vh">
            <Table striped verticalSpacing={4} stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('picking.plan.selectAll')}
                      checked={all}
                      indeterminate={chosen.length > 0 && !all}
                      onChange={() => setSelected(all ? new Set() : new Set(rows.map((r) => r.id)))}
                    />
                  </Table.Th>
                  <Table.Th>{t('picking.columns.order')}</Table.Th>
                  <Table.Th>{t('picking.columns.orderDate')}</Table.Th>
                  <Table.Th>{t('picking.columns.consignee')}</Table.Th>
                  <Table.Th>{t('picking.columns.country')}</Table.Th>
                  <Table.Th ta="right">{t('picking.columns.lines')}</Table.Th>
                  <Table.Th ta="right">{t('picking.columns.reserved')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('picking.plan.selectOrder', { orderNumber: r.orderNumber })}
                        checked={selected.has(r.id)}
                        onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td fw={600}>{r.orderNumber}</Table.Td>
                    <Table.Td>{formatDay(r.orderDate, i18n.language)}</Table.Td>
                    <Table.Td>{r.consigneeName}</Table.Td>
                    <Table.Td>{r.country}</Table.Td>
                    <Table.Td ta="right">{r.lineCount}</Table.Td>
                    <Table.Td ta="right">
                      {r.short && (
                        <Tooltip label={t('picking.plan.shortHint')}>
                          <Badge color="orange" variant="light" mr="xs">
                            {t('picking.plan.short')}
                          </Badge>
                        </Tooltip>
                      )}
                      {r.reservedLines}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
    </Stack>
  );
}
