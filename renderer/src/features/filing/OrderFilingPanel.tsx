// The order page's view of step 4: the filing in force (or that none is yet), the customs
// reference when it arrives later, every version filed for the order, printing as filed, and
// filing the declaration (or its correction) when there is a final one not filed yet.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFiling } from '../../../../shared/api/contracts/filing';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { usePrintDocument } from '../documents/usePrintDocument';
import { FileDeclarationDrawer } from './FileDeclarationDrawer';
import { FilingChain } from './FilingChain';
import { FilingFacts } from './FilingFacts';
import { ReferenceForm } from './ReferenceForm';

export function OrderFilingPanel({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const filing = useCommand('filing.ofOrder', { orderId });
  const [filingOpen, setFilingOpen] = useState(false);
  const f = filing.data;
  // Before its documents are ready an order has nothing to file, and a panel would only say so.
  if (f && f.history.length === 0 && f.orderStatus !== 'documents_ready') return null;
  // Nothing while loading: most orders never show this panel, and a spinner would flash on each.
  if (!f && !filing.isError) return null;
  const title = t('filing.panel.title');
  return (
    <Card withBorder component="section" aria-label={title} data-testid="order-filing">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {f?.fileable && (
          <Button onClick={() => setFilingOpen(true)}>{f.fileable.correction ? t('filing.panel.fileCorrection') : t('filing.panel.file')}</Button>
        )}
      </Group>
      {filing.isError && <Alert color="red">{errorText(filing.error)}</Alert>}
      {f && <PanelBody filing={f} />}
      <FileDeclarationDrawer orderId={filingOpen ? orderId : null} onClose={() => setFilingOpen(false)} />
    </Card>
  );
}

function PanelBody({ filing }: { filing: OrderFiling }) {
  const { t } = useTranslation();
  const { print, pending } = usePrintDocument();
  const live = filing.live;
  if (!live) {
    return (
      <Stack gap="xs">
        <Text c="dimmed">{filing.fileable ? t('filing.panel.notFiled') : t('filing.panel.noneInForce')}</Text>
        {/* Withdrawn filings (a customs rejection): each still prints as filed from the chain. */}
        {filing.history.length > 0 && <FilingChain chain={[...filing.history].reverse()} currentId={-1} />}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <FilingFacts filing={live} />
      {!live.reference && <ReferenceForm key={live.id} filingId={live.id} />}
      <Group>
        <Button variant="default" size="xs" loading={pending} onClick={() => void print('filing.show', { id: live.id })}>
          {t('filing.panel.print')}
        </Button>
      </Group>
      {live.chain.length > 1 && (
        <>
          <Text size="sm" fw={500}>
            {t('filing.panel.history')}
          </Text>
          <FilingChain chain={live.chain} currentId={live.id} />
        </>
      )}
    </Stack>
  );
}
