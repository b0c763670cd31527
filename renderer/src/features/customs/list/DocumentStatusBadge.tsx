import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../../../shared/schemas/customs';
import { STATUS_COLOUR } from './documentWords';

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOUR[status]} variant="light">
      {t(`customsDocs.status.${status}`)}
    </Badge>
  );
}
