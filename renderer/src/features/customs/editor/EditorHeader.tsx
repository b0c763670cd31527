// The document's header: what it is (type, number, version, status), the orders it covers, its
// own language and paper (not the screen's), where the autosave stands, and what can be done.
import { Anchor, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomsDocument } from '../../../../../shared/api/contracts/customs';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../../../shared/schemas/customs';
import { PAPERS, type Paper } from '../../../../../shared/documents/html';
import type { DraftSaver } from './autosave/draftSaver';
import { SaveStatus } from './autosave/SaveStatus';
import { DocumentBadge } from './DocumentBadge';
import { DocumentActions } from './finalise/DocumentActions';
import { VersionsList } from './finalise/VersionsList';

interface Props {
  doc: CustomsDocument;
  saver: DraftSaver;
  lang: DocumentLanguage;
  paper: Paper;
  onLang: (lang: DocumentLanguage) => void;
  onPaper: (paper: Paper) => void;
}

export function documentTitle(doc: CustomsDocument, t: (key: string, params?: Record<string, unknown>) => string): string {
  const type = t(`customs.types.${doc.type}`);
  return doc.number ? `${type} ${doc.number}` : t('customs.editor.untitled', { type });
}

export function EditorHeader({ doc, saver, lang, paper, onLang, onPaper }: Props) {
  const { t } = useTranslation();
  const draft = doc.status === 'draft';
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2}>{documentTitle(doc, t)}</Title>
            <DocumentBadge status={doc.status} size="lg" />
          </Group>
          <Group gap="md">
            <Text size="sm" c="dimmed">
              {t('customs.versions.version', { version: doc.version })}
            </Text>
            {doc.orderIds.length > 0 && (
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {t('customs.editor.orders', { count: doc.orderIds.length })}
                </Text>
                {doc.orderIds.map((orderId, i) => (
                  <Anchor key={orderId} component={Link} to={`/orders/${orderId}`} size="sm">
                    {doc.orderNumbers[i] ?? orderId}
                  </Anchor>
                ))}
              </Group>
            )}
            {draft && <SaveStatus saver={saver} />}
          </Group>
        </Stack>
        <DocumentActions doc={doc} saver={saver} lang={lang} paper={paper} />
      </Group>
      <Group gap="lg" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" id="document-language-label">
            {t('customs.editor.documentLanguage')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="document-language-label"
            value={lang}
            onChange={(v) => onLang(v as DocumentLanguage)}
            data={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`customs.editor.languages.${l}`) }))}
            disabled={!draft}
          />
        </Group>
        <Group gap="xs">
          <Text size="sm" id="document-paper-label">
            {t('customs.editor.paper')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="document-paper-label"
            value={paper}
            onChange={(v) => onPaper(v as Paper)}
            data={PAPERS.map((p) => ({ value: p, label: t(`customs.editor.papers.${p}`) }))}
            disabled={!draft}
          />
        </Group>
        <VersionsList versions={doc.versions} currentId={doc.id} />
      </Group>
    </Stack>
  );
}
