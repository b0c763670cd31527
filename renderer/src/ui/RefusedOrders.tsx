// The orders a command over a selection left as they were, each with why, in the user's words.
import { Alert, List } from '@mantine/core';
import type { OrderRefusal } from '../../../shared/api/types';
import { translateMessage } from '../i18n/messages';

export function RefusedOrders({
  title,
  refused,
  orderNumber,
  onClose,
}: {
  title: string;
  refused: OrderRefusal[];
  orderNumber: (id: number) => string;
  onClose?: () => void;
}) {
  if (refused.length === 0) return null;
  return (
    <Alert color="orange" title={title} withCloseButton={onClose !== undefined} onClose={onClose}>
      <List size="sm">
        {refused.map((r) => (
          <List.Item key={r.orderId}>
            <b>{orderNumber(r.orderId)}</b>: {translateMessage(r.code, r.params)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
