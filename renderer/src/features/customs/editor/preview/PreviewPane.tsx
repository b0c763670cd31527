// The document as it will print, beside the editor: main's own HTML in an iframe sandboxed with no
// permissions at all (no scripts, an opaque origin), scaled to the pane's width. It refreshes by
// itself after each save, in the document's language and on its paper.
import { Alert, Group, Loader, Paper, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Paper as PaperSize } from '../../../../../../shared/documents/html';
import type { DocumentLanguage } from '../../../../../../shared/schemas/customs';
import { useCommand } from '../../../../api/hooks';
import { errorText } from '../../../../app/notify';

/** CSS pixels of the page's width (96 per inch): the preview is drawn at this width, then scaled. */
const PAGE_WIDTH: Record<PaperSize, number> = { A4: 794, Letter: 816 };

interface Props {
  documentId: number;
  lang: DocumentLanguage;
  paper: PaperSize;
}

export function PreviewPane({ documentId, lang, paper }: Props) {
  const { t } = useTranslation();
  const { ref, width, height: boxHeight } = useElementSize();
  const preview = useCommand('customs.preview', { id: documentId, lang, paper }, { placeholderData: keepPreviousData });
  const pageWidth = PAGE_WIDTH[paper];
  const scale = width > 0 ? Math.min(1, width / pageWidth) : 1;
  return (
    <Paper
      withBorder
      role="region"
      aria-label={t('customs.preview.title')}
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, minWidth: 0 }}
    >
      <Group justify="space-between" px="sm" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} wrap="nowrap">
        <Text size="sm" fw={600} truncate>
          {t('customs.preview.title')}
        </Text>
        <Group gap={6} wrap="nowrap">
          {preview.isFetching && <Loader size={12} aria-label={t('customs.preview.refreshing')} />}
          <Text size="xs" c="dimmed">
            {t(`customs.editor.languages.${lang}`)} · {t(`customs.editor.papers.${paper}`)}
          </Text>
        </Group>
      </Group>
      <div ref={ref} style={{ flex: 1, minHeight: 0, minWidth: 0, overflow: 'hidden', background: 'var(--mantine-color-gray-1)', position: 'relative' }}>
        {preview.isError && !preview.data ? (
          <Alert color="red" m="sm">
            {errorText(preview.error)}
          </Alert>
        ) : preview.data ? (
          <iframe
            // No allow-scripts and no allow-same-origin: the page cannot run code or reach the app.
            sandbox=""
            srcDoc={preview.data.html}
            title={t('customs.preview.frameTitle', { title: preview.data.title })}
            style={{
              border: 0,
              background: 'white',
              width: pageWidth,
              height: scale > 0 ? boxHeight / scale : boxHeight,
              transform: `scale(${scale})`,
              transformOrigin: 'top left',
              display: 'block',
            }}
          />
        ) : (
          <Text size="sm" c="dimmed" p="sm">
            {t('common.loading')}
          </Text>
        )}
      </div>
    </Paper>
  );
}
