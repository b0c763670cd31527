// What a plan did: the list it made (with a way to open it) and each refused order with its reason.
import { Alert, Anchor, Button, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanOutcome } from '../../../../shared/api/contracts/picking';
import { translateMessage } from '../../i18n/messages';

export function PlanResult({ outcome, onClose }: { outcome: PlanOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const list = outcome.pickList;
  return (
    <Stack gap="xs">
      {list ? (
        <Alert color="green" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')}>
          <Text>{t('picking.plan.planned', { number: list.number, orders: list.orderCount, lines: list.lineCount })}</Text>
          <Button component={Link} to={`/picking/${list.id}`} size="xs" mt="xs">
            {t('picking.plan.openPlanned', { number: list.number })}
          </Button>
        </Alert>
      ) : (
        <Alert color="orange" role="alert" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')}>
          {t('picking.plan.nonePlanned')}
        </Alert>
      )}
      {outcome.refused.length > 0 && (
        <Alert color="orange" title={t('picking.plan.refusedTitle', { count: outcome.refused.length })}>
          <ScrollArea.Autosize mah={240}>
            <List size="sm" spacing={2}>
              {outcome.refused.map((r) => (
                <List.Item key={r.orderId}>
                  {r.orderNumber ? (
                    <Anchor component={Link} to={`/orders/${r.orderId}`} fw={600}>
                      {r.orderNumber}
                    </Anchor>
                  ) : (
                    <b>#{r.orderId}</b>
                  )}
                  {': '}
                  {translateMessage(`picking.refused.${r.reason}`, r.params)}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Alert>
      )}
    </Stack>
  );
}
