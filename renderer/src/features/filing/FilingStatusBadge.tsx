// A filing's status as a broker reads it: in force (filed), replaced by a correction, or withdrawn.
// In tables the words are coloured text, not badges: a badge cuts its words short in a narrow column.
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FilingStatus } from '../../../../shared/api/contracts/filing';

const COLOUR: Record<FilingStatus, string> = { filed: 'green', replaced: 'gray', withdrawn: 'red' };

export function FilingStatusBadge({ status, inTable = false }: { status: FilingStatus; inTable?: boolean }) {
  const { t } = useTranslation();
  const words = t(`filing.status.${status}`);
  return inTable ? (
    <Text span size="sm" fw={600} c={COLOUR[status]}>
      {words}
    </Text>
  ) : (
    <Badge variant="light" color={COLOUR[status]}>
      {words}
    </Badge>
  );
}

/** The customs reference, or that customs has not given it yet. */
export function ReferenceText({ reference, inTable = false }: { reference: string; inTable?: boolean }) {
  const { t } = useTranslation();
  if (reference) return <span style={{ fontFamily: 'monospace' }}>{reference}</span>;
  return inTable ? (
    <Text span size="sm" fw={600} c="orange">
      {t('filing.awaiting')}
    </Text>
  ) : (
    <Badge variant="light" color="orange">
      {t('filing.awaiting')}
    </Badge>
  );
}
