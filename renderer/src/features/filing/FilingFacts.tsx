// What a filing says, for the order page and the filings page alike: the declaration and version,
// office, when it was filed and by whom, the customs reference, the transport document, the status.
import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingDetail } from '../../../../shared/api/contracts/filing';
import { formatMoment } from '../../i18n/format';
import { typeName } from '../customs/list/documentWords';
import { FilingStatusBadge, ReferenceText } from './FilingStatusBadge';

export function FilingFacts({ filing }: { filing: FilingDetail }) {
  const { t, i18n } = useTranslation();
  const row = (label: string, value: ReactNode) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4} data-testid="filing-facts">
      {row(t('filing.facts.declaration'), `${typeName(t, filing.documentType)} ${filing.number}`)}
      {row(t('filing.facts.version'), t('filing.facts.versionOf', { version: filing.version, documentVersion: filing.documentVersion }))}
      {row(t('filing.facts.status'), <FilingStatusBadge status={filing.status} />)}
      {row(t('filing.facts.office'), filing.office)}
      {row(t('filing.facts.filedAt'), `${formatMoment(filing.filedAt, i18n.language)} · ${filing.createdBy}`)}
      {row(
        t('filing.facts.reference'),
        <>
          <ReferenceText reference={filing.reference} />
          {filing.referenceAt && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('filing.facts.referenceAt', { at: formatMoment(filing.referenceAt, i18n.language) })}
            </Text>
          )}
        </>,
      )}
      {row(t('filing.facts.transportDocument'), filing.transportDocument || t('filing.facts.noTransportDocument'))}
      {filing.withdrawnReason && row(t('filing.facts.withdrawnReason'), filing.withdrawnReason)}
    </Stack>
  );
}
