// Every filing of one declaration, oldest first: a correction replaces the version before it, and
// each version can still be printed exactly as it was filed.
import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FilingVersion } from '../../../../shared/api/contracts/filing';
import { formatMoment } from '../../i18n/format';
import { usePrintDocument } from '../documents/usePrintDocument';
import { FilingStatusBadge, ReferenceText } from './FilingStatusBadge';

export function FilingChain({ chain, currentId }: { chain: FilingVersion[]; currentId: number }) {
  const { t, i18n } = useTranslation();
  const { print, pending } = usePrintDocument();
  return (
    <Table striped data-testid="filing-chain">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('filing.chain.version')}</Table.Th>
          <Table.Th>{t('filing.chain.documentVersion')}</Table.Th>
          <Table.Th>{t('filing.chain.filedAt')}</Table.Th>
          <Table.Th>{t('filing.chain.reference')}</Table.Th>
          <Table.Th>{t('filing.chain.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {chain.map((v) => (
          <Table.Tr key={v.id} fw={v.id === currentId ? 600 : undefined}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{v.documentVersion}</Table.Td>
            <Table.Td>{formatMoment(v.filedAt, i18n.language)}</Table.Td>
            <Table.Td>
              <ReferenceText reference={v.reference} inTable />
            </Table.Td>
            <Table.Td>
              <FilingStatusBadge status={v.status} inTable />
            </Table.Td>
            <Table.Td>
              {/* The version in view has its own "Print as filed" button; the others print from here. */}
              {v.id !== currentId && (
                <Button size="compact-xs" variant="subtle" loading={pending} onClick={() => void print('filing.show', { id: v.id })}>
                  {t('filing.chain.print')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
