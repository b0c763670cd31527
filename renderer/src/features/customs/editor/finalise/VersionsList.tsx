// Every version of this document, oldest first, each a link with its status and number.
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentVersion } from '../../../../../../shared/api/contracts/customs';
import { DocumentBadge } from '../DocumentBadge';

export function VersionsList({ versions, currentId }: { versions: DocumentVersion[]; currentId: number }) {
  const { t } = useTranslation();
  if (versions.length < 2) return null;
  return (
    <Group gap="md" component="nav" aria-label={t('customs.versions.title')}>
      <Text size="sm" c="dimmed">
        {t('customs.versions.title')}:
      </Text>
      {versions.map((v) => {
        const label = t('customs.versions.version', { version: v.version });
        return (
          <Group key={v.id} gap={4} wrap="nowrap">
            {v.id === currentId ? (
              <Text size="sm" fw={700} aria-current="page">
                {label}
              </Text>
            ) : (
              <Anchor component={Link} to={`/customs/documents/${v.id}`} size="sm">
                {label}
              </Anchor>
            )}
            <DocumentBadge status={v.status} />
            {v.number && (
              <Text size="xs" c="dimmed">
                {v.number}
              </Text>
            )}
          </Group>
        );
      })}
    </Group>
  );
}
