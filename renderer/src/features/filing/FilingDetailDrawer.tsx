// One filing opened from the filings page: what was filed, the chain of its versions, the
// documents frozen with it (each printable as filed), and the reference if it is still awaited.
import { Alert, Anchor, Button, Drawer, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FilingDetail } from '../../../../shared/api/contracts/filing';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { formatMoment } from '../../i18n/format';
import { typeName } from '../customs/list/documentWords';
import { usePrintDocument } from '../documents/usePrintDocument';
import { FilingChain } from './FilingChain';
import { FilingFacts } from './FilingFacts';
import { ReferenceForm } from './ReferenceForm';

export function FilingDetailDrawer({ filingId, onClose }: { filingId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const filing = useCommand('filing.get', { id: filingId ?? 0 }, { enabled: filingId !== null });
  return (
    <Drawer
      opened={filingId !== null}
      onClose={onClose}
      position="right"
      size={960}
      title={filing.data ? t('filing.detail.title', { number: filing.data.number, version: filing.data.version }) : t('filing.detail.loading')}
    >
      {filingId !== null && filing.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {filing.isError && <Alert color="red">{errorText(filing.error)}</Alert>}
      {filing.data && filing.data.id === filingId && <DetailBody filing={filing.data} />}
    </Drawer>
  );
}

function DetailBody({ filing }: { filing: FilingDetail }) {
  const { t, i18n } = useTranslation();
  const { print, pending } = usePrintDocument();
  return (
    <Stack>
      <FilingFacts filing={filing} />
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('filing.detail.orders')}
        </Text>
        {filing.orderIds.map((id, i) => (
          <Anchor key={id} component={Link} to={`/orders/${id}`} size="sm">
            {filing.orderNumbers[i]}
          </Anchor>
        ))}
      </Group>
      {filing.status === 'filed' && !filing.reference && <ReferenceForm key={filing.id} filingId={filing.id} />}
      <Group>
        <Button variant="default" loading={pending} onClick={() => void print('filing.show', { id: filing.id })}>
          {t('filing.panel.print')}
        </Button>
      </Group>
      <Title order={4}>{t('filing.detail.documents')}</Title>
      <Table striped data-testid="filing-documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('filing.detail.docType')}</Table.Th>
            <Table.Th>{t('filing.detail.docNumber')}</Table.Th>
            <Table.Th>{t('filing.detail.docVersion')}</Table.Th>
            <Table.Th>{t('filing.detail.finalised')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {filing.documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{typeName(t, d.type)}</Table.Td>
              <Table.Td>{d.number}</Table.Td>
              <Table.Td>{d.version}</Table.Td>
              <Table.Td>{d.finalisedAt ? `${formatMoment(d.finalisedAt, i18n.language)} · ${d.finalisedBy ?? ''}` : ''}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" loading={pending} onClick={() => void print('filing.show', { id: filing.id, documentId: d.id })}>
                  {t('filing.detail.printDocument')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('filing.detail.chain')}</Title>
      <FilingChain chain={filing.chain} currentId={filing.id} />
    </Stack>
  );
}
