// A filing's status as a broker reads it: in force (filed), replaced by a correction, or withdrawn.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FilingStatus } from '../../../../shared/api/contracts/filing';

const COLOUR: Record<FilingStatus, string> = { filed: 'green', replaced: 'gray', withdrawn: 'red' };

export function FilingStatusBadge({ status }: { status: FilingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOUR[status]}>
      {t(`filing.status.${status}`)}
    </Badge>
  );
}

/** The customs reference, or that customs has not given it yet. */
export function ReferenceText({ reference }: { reference: string }) {
  const { t } = useTranslation();
  return reference ? (
    <span style={{ fontFamily: 'monospace' }}>{reference}</span>
  ) : (
    <Badge variant="light" color="orange">
      {t('filing.awaiting')}
    </Badge>
  );
}
