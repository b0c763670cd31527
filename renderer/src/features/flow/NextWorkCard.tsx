// The next work of each kind of user: broker, warehouse clerk, office; each count one click away.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkItem, WorkRole } from '../../../../shared/api/contracts/flow';

const ROLES: WorkRole[] = ['broker', 'clerk', 'office'];

export function NextWorkCard({ work }: { work: Record<WorkRole, WorkItem[]> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t('flow.work.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {ROLES.map((role) => (
          <Stack key={role} gap={4} data-testid={`work-${role}`}>
            <Text fw={600} size="sm">
              {t(`flow.work.roles.${role}`)}
            </Text>
            {work[role].map((item) => (
              <Group key={item.kind} gap="xs" justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={item.link} size="sm" c={item.count === 0 ? 'dimmed' : undefined}>
                  {t(`flow.work.kinds.${item.kind}`)}
                </Anchor>
                <Badge variant={item.count > 0 ? 'filled' : 'light'} color={item.count > 0 ? 'blue' : 'gray'} size="sm" style={{ flexShrink: 0 }}>
                  {item.count}
                </Badge>
              </Group>
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
