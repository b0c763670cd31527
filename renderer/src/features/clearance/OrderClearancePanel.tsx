// The order page's view of step 6: customs' outcomes on the order's declaration, newest first, each
// with who recorded it, when, and the document versions customs had.
import { Badge, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeEntry } from '../../../../shared/api/contracts/clearance';
import { useCommand } from '../../api/hooks';
import { formatDay, formatMoment } from '../../i18n/format';
import { STATE_COLOR } from './clearanceWords';

function Outcome({ o }: { o: OutcomeEntry }) {
  const { t, i18n } = useTranslation();
  const when = (v: string) => (v.length === 10 ? formatDay(v, i18n.language) : formatMoment(v, i18n.language));
  return (
    <Stack gap={2}>
      <Text fw={500}>
        <Badge color={STATE_COLOR[o.outcome]} variant="light">
          {t(`clearance.state.${o.outcome}`)}
        </Badge>{' '}
        {when(o.decidedAt)}
        {o.source === 'import' && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('clearance.panel.imported')})
          </Text>
        )}
      </Text>
      {o.requested && (
        <Text size="sm">
          {t('clearance.panel.requested')}: {o.requested}
        </Text>
      )}
      {o.dueDate && (
        <Text size="sm">
          {t('clearance.panel.due')}: {formatDay(o.dueDate, i18n.language)}
        </Text>
      )}
      {o.presented && (
        <Text size="sm">
          {t('clearance.panel.presented')}: {o.presented}
          {o.presentedAt ? ` (${when(o.presentedAt)})` : ''}
        </Text>
      )}
      {o.reason && (
        <Text size="sm">
          {t('clearance.panel.reason')}: {o.reason}
        </Text>
      )}
      {o.note && (
        <Text size="sm">
          {t('clearance.panel.note')}: {o.note}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('clearance.panel.documents')}: {o.documents.map((d) => `${d.number} v${d.version}`).join(', ')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('clearance.panel.by', { who: o.recordedBy, when: formatMoment(o.recordedAt, i18n.language) })}
      </Text>
    </Stack>
  );
}

export function OrderClearancePanel({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const data = useCommand('clearance.ofOrder', { orderId });
  if (!data.data || (data.data.filingId === null && data.data.outcomes.length === 0)) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('clearance.panel.title')}</Title>
        {data.data.outcomes.length === 0 ? <Text c="dimmed">{t('clearance.panel.none')}</Text> : data.data.outcomes.map((o) => <Outcome key={o.id} o={o} />)}
      </Stack>
    </Card>
  );
}
