// The actions for the orders chosen: the language of new documents, one type from a menu, or all
// the required ones still missing.
import { Alert, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDocuments } from '../../../../../shared/api/contracts/customs';
import { DOCUMENT_TYPES } from '../../../../../shared/schemas/customs';
import { DocumentLanguageSelect, useDocumentLanguage } from './DocumentLanguageSelect';
import { typeName } from './documentWords';
import { typesToCreate, useCreateDocuments } from './useCreateDocuments';

interface Props {
  orderIds: number[];
  /** What each chosen order has and lacks; undefined while still loading. */
  documents: (OrderDocuments | undefined)[];
}

export function CreateDocumentsBar({ orderIds, documents }: Props) {
  const { t } = useTranslation();
  const [lang, setLang] = useDocumentLanguage();
  const creating = useCreateDocuments();
  const none = orderIds.length === 0;
  const loading = documents.some((d) => d === undefined);
  const needed = typesToCreate(documents);
  const missing = new Set(documents.flatMap((d) => d?.missing ?? []));

  return (
    <>
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
              <Menu.Item key={type} onClick={() => creating.create({ types: [type], orderIds, lang })} fw={missing.has(type) ? 600 : undefined}>
                {typeName(t, type)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Tooltip
          label={
            none
              ? t('customsDocs.create.selectFirst')
              : needed.length === 0 && !loading
                ? t('customsDocs.create.nothingNeeded')
                : t('customsDocs.create.allNeededHint')
          }
          multiline
          w={300}
        >
          <Button
            disabled={none || loading || needed.length === 0}
            loading={creating.pending}
            onClick={() => creating.create({ types: needed, orderIds, lang })}
          >
            {t('customsDocs.create.allNeeded')}
          </Button>
        </Tooltip>
      </Group>
      {creating.refusal && (
        <Alert color="red" role="alert" title={t('customsDocs.create.refused')} withCloseButton onClose={creating.dismiss} closeButtonLabel={t('common.close')}>
          <Text size="sm">{creating.refusal}</Text>
        </Alert>
      )}
    </>
  );
}
