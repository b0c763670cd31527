// The route /customs/documents/:id: loads the document and opens it in the editor. A reload after
// a refused save (another window saved first) opens it afresh from the database.
import { Alert, Button, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCommand } from '../../../api/hooks';
import { errorText } from '../../../app/notify';
import { EditorScreen } from './EditorScreen';

function DocumentLoader({ id }: { id: number }) {
  const { t } = useTranslation();
  const doc = useCommand('customs.get', { id });
  const [generation, setGeneration] = useState(0);
  if (doc.isPending) return <Loader aria-label={t('common.loading')} />;
  if (doc.isError)
    return (
      <Stack maw={640}>
        <Alert color="red" title={t('customs.editor.loadFailed')} role="alert">
          {errorText(doc.error)}
        </Alert>
        <Button variant="default" onClick={() => void doc.refetch()} w="fit-content">
          {t('common.retry')}
        </Button>
      </Stack>
    );
  return (
    <EditorScreen
      key={generation}
      doc={doc.data}
      onReload={() => {
        void doc.refetch().then(() => setGeneration((g) => g + 1));
      }}
    />
  );
}

export function DocumentEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="red">{t('customs.editor.badId')}</Alert>;
  // A new id is a new document: nothing of the previous one's form may carry over.
  return <DocumentLoader key={id} id={id} />;
}
