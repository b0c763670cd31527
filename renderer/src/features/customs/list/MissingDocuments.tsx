// What one packed order still lacks, as badges: a required type with a draft under way says so.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDocuments } from '../../../../../shared/api/contracts/customs';
import { typeName } from './documentWords';

export function MissingDocuments({ documents }: { documents: OrderDocuments }) {
  const { t } = useTranslation();
  if (documents.missing.length === 0) {
    return (
      <Text size="sm" c="green.8">
        {t('customsDocs.waiting.nothingMissing')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {documents.missing.map((type) => {
        const drafting = documents.documents.some((d) => d.type === type && d.status === 'draft');
        return (
          <Badge key={type} color={drafting ? 'blue' : 'orange'} variant="light" tt="none">
            {drafting ? t('customsDocs.waiting.inDraft', { type: typeName(t, type) }) : typeName(t, type)}
          </Badge>
        );
      })}
    </Group>
  );
}
