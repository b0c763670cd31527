// Setup tab: the rules that choose a service for an order, tried from the top.
import { Button, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleView } from '../../../../../shared/api/contracts/transport';
import { useMutationCommand } from '../../../api/hooks';
import { notifyError } from '../../../app/notify';
import { ListTable } from '../../../ui/ListTable';

export function RulesTab({ rules, onEdit }: { rules: RuleView[]; onEdit: (rule: RuleView | null) => void }) {
  const { t } = useTranslation();
  const del = useMutationCommand('transport.deleteRule', { onError: (e) => notifyError(e) });
  const headings = ['position', 'pattern', 'method', 'countries', 'service', 'note'].map((k) => t(`transport.setup.${k}`));
  return (
    <Stack>
      <Button w={160} onClick={() => onEdit(null)}>
        {t('transport.setup.add')}
      </Button>
      <ListTable headings={[...headings, '']} count={rules.length} empty={t('transport.setup.noRules')} testId="transport-rules">
        {rules.map((r) => (
          <Table.Tr key={r.id} opacity={r.active ? 1 : 0.5}>
            <Table.Td>{r.position}</Table.Td>
            <Table.Td>{r.pattern ? `${t(`transport.setup.matches.${r.match}`)} “${r.pattern}”` : '—'}</Table.Td>
            <Table.Td>{r.method || t('transport.setup.anyMethod')}</Table.Td>
            <Table.Td>{r.countries.join(', ')}</Table.Td>
            <Table.Td>
              {r.carrierName} · {r.serviceName}
            </Table.Td>
            <Table.Td>{r.note}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Button size="xs" variant="subtle" onClick={() => onEdit(r)}>
                  {t('transport.setup.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => del.mutate({ id: r.id })}>
                  {t('transport.setup.delete')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}
