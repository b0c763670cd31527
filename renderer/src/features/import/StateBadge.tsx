import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportOrderState } from '../../../../shared/api/types';

const COLOURS: Record<ImportOrderState, string> = { new: 'green', existing: 'gray', conflict: 'orange', invalid: 'red' };

export function StateBadge({ state }: { state: ImportOrderState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[state]} variant="light">
      {t(`importWizard.state.${state}`)}
    </Badge>
  );
}
