// Setup tab: the S10 number ranges the post assigned, with what is left of each.
import { Badge, Button, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RangeView } from '../../../../../shared/api/contracts/transport';
import { ListTable } from '../../../ui/ListTable';

const serial = (n: number) => String(n).padStart(8, '0');

export function RangesTab({ ranges, onEdit }: { ranges: RangeView[]; onEdit: (range: RangeView | null) => void }) {
  const { t } = useTranslation();
  const headings = ['carrier', 'indicator', 'firstSerial', 'lastSerial', 'nextNumber', 'remaining'].map((k) => t(`transport.setup.${k}`));
  return (
    <Stack>
      <Button w={160} onClick={() => onEdit(null)}>
        {t('transport.setup.add')}
      </Button>
      <ListTable headings={[...headings, '']} count={ranges.length} empty={t('transport.setup.noRanges')} testId="transport-ranges">
        {ranges.map((r) => (
          <Table.Tr key={r.id} opacity={r.active ? 1 : 0.5}>
            <Table.Td>{r.carrierName}</Table.Td>
            <Table.Td>
              {r.indicator} · {r.country}
            </Table.Td>
            <Table.Td>{serial(r.firstSerial)}</Table.Td>
            <Table.Td>{serial(r.lastSerial)}</Table.Td>
            <Table.Td ff="monospace">{r.nextNumber ?? t('transport.setup.usedUp')}</Table.Td>
            <Table.Td>
              <Badge color={r.remaining === 0 ? 'red' : r.remaining <= r.warnRemaining ? 'orange' : 'green'} variant="light">
                {r.remaining}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" onClick={() => onEdit(r)}>
                {t('transport.setup.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}
