import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../../shared/domain/orderStatus';

// Colours group the journey: waiting (gray), blocked (yellow/red), moving (blue), done (green).
const COLOURS: Record<OrderStatus, string> = {
  received: 'gray',
  confirmed: 'indigo',
  on_hold: 'yellow',
  cancelled: 'red',
  picking: 'blue',
  picked: 'blue',
  packed: 'cyan',
  documents_ready: 'cyan',
  declared: 'violet',
  booked: 'violet',
  customs_held: 'orange',
  cleared: 'teal',
  rejected: 'red',
  in_transit: 'grape',
  delivered: 'green',
  returning: 'orange',
  returned: 'gray',
};

export function StatusBadge({ status, size = 'sm' }: { status: OrderStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status] ?? 'gray'} variant="light" size={size}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
