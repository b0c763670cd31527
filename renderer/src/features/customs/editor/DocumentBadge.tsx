// A customs document's status as a coloured badge: draft, final, replaced, void.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../../../shared/schemas/customs';

const COLOURS: Record<DocumentStatus, string> = { draft: 'gray', final: 'green', replaced: 'yellow', void: 'red' };

export function DocumentBadge({ status, size = 'sm' }: { status: DocumentStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" size={size}>
      {t(`customs.statuses.${status}`)}
    </Badge>
  );
}
