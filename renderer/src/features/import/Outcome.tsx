// What the import did.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportOutcome } from '../../../../shared/api/types';
import { formatCount } from '../../i18n/format';

export function Outcome({ outcome, onAgain }: { outcome: ImportOutcome; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const figures: [string, number, string][] = [
    ['created', outcome.created, 'green.8'],
    ['existing', outcome.existing, 'gray.7'],
    ['conflicts', outcome.conflicts.length, 'orange.8'],
    ['rejected', outcome.rejected, 'red.8'],
  ];
  return (
    <Stack>
      <Alert color="green" title={t('importWizard.doneTitle')}>
        {outcome.created === 0 ? t('importWizard.nothingCreated') : t('importWizard.createdSentence', { count: outcome.created })}
      </Alert>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {figures.map(([key, value, colour]) => (
          <Card withBorder padding="sm" key={key} role="group" aria-label={t(`importWizard.outcome.${key}`)}>
            <Text size="sm" fw={600}>
              {t(`importWizard.outcome.${key}`)}
            </Text>
            <Text size="xl" fw={700} c={colour} data-testid={`outcome-${key}`}>
              {formatCount(value, i18n.language)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {(outcome.shippingRulesAdded ?? 0) > 0 && <Text size="sm">{t('shipping.import.remembered', { count: outcome.shippingRulesAdded })}</Text>}
      {outcome.conflicts.length > 0 && (
        <Text size="sm">
          {t('importWizard.conflictList', { list: outcome.conflicts.slice(0, 50).join(', ') + (outcome.conflicts.length > 50 ? ', …' : '') })}
        </Text>
      )}
      <Group>
        <Button component={Link} to="/orders">
          {t('importWizard.toOrders')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('importWizard.again')}
        </Button>
      </Group>
    </Stack>
  );
}
