// The actions for the orders chosen: the language of new documents, one type from a menu, or all
// the required ones still missing.
import { Alert, Button, Group, Menu, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDocuments } from '../../../../../shared/api/contracts/customs';
import { DOCUMENT_TYPES } from '../../../../../shared/schemas/customs';
import { DocumentLanguageSelect, useDocumentLanguage } from './DocumentLanguageSelect';
import { typeName } from './documentWords';
import { currentTypes, typesToCreate, useCreateDocuments } from './useCreateDocuments';

interface Props {
  orderIds: number[];
  /** What each chosen order has and lacks; undefined while still loading. */
  documents: (OrderDocuments | undefined)[];
  /** What sits at the left of the bar (the selection). */
  children?: ReactNode;
  /** A warning about the choice, shown under the bar. */
  warning?: string;
}

export function CreateDocumentsBar({ orderIds, documents, children, warning }: Props) {
  const { t } = useTranslation();
  const [lang, setLang] = useDocumentLanguage();
  const creating = useCreateDocuments();
  const none = orderIds.length === 0;
  const loading = documents.some((d) => d === undefined);
  const needed = typesToCreate(documents);
  const missing = new Set(documents.flatMap((d) => d?.missing ?? []));
  const existing = currentTypes(documents);

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        {children}
        <Group gap="xs" align="flex-end">
          <DocumentLanguageSelect value={lang} onChange={setLang} />
          <Menu position="bottom-end" disabled={none}>
            <Menu.Target>
              <Button variant="default" disabled={none || creating.pending}>
                {t('customsDocs.create.menu')} ▾
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {DOCUMENT_TYPES.map((type) => (
                <Menu.Item
                  key={type}
                  disabled={loading || existing.has(type)}
                  onClick={() => creating.create({ types: [type], orderIds, lang })}
                  fw={missing.has(type) ? 600 : undefined}
                >
                  {typeName(t, type)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button
            disabled={none || loading || needed.length === 0}
            loading={creating.pending}
            onClick={() => creating.create({ types: needed, orderIds, lang })}
            title={t('customsDocs.create.allNeededHint')}
          >
            {t('customsDocs.create.allNeeded')}
          </Button>
        </Group>
      </Group>
      {warning && (
        <Text size="sm" c="orange.8" ta="right">
          {warning}
        </Text>
      )}
      {(none || (!loading && needed.length === 0)) && (
        <Text size="sm" c="dimmed" ta="right">
          {none ? t('customsDocs.create.selectFirst') : t('customsDocs.create.nothingNeeded')}
        </Text>
      )}
      {creating.refusal && (
        <Alert color="red" role="alert" title={t('customsDocs.create.refused')} withCloseButton onClose={creating.dismiss} closeButtonLabel={t('common.close')}>
          <Text size="sm">{creating.refusal}</Text>
        </Alert>
      )}
    </Stack>
  );
}
