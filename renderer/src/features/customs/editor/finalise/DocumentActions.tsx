// What can be done with the document as it stands: finalise a draft; amend (a new draft version),
// print or void a final one; print any version, replaced ones included.
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CustomsDocument } from '../../../../../../shared/api/contracts/customs';
import type { DocumentLanguage } from '../../../../../../shared/schemas/customs';
import type { Paper } from '../../../../../../shared/documents/html';
import { useMutationCommand } from '../../../../api/hooks';
import { notifyError } from '../../../../app/notify';
import { usePrintDocument } from '../../../documents/usePrintDocument';
import { ReasonModal } from '../../../orders/ReasonModal';
import type { DraftSaver } from '../autosave/draftSaver';
import { FinaliseDialog } from './FinaliseDialog';

interface Props {
  doc: CustomsDocument;
  saver: DraftSaver;
  lang: DocumentLanguage;
  paper: Paper;
}

export function DocumentActions({ doc, saver, lang, paper }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [finalising, setFinalising] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const { print, pending: printing } = usePrintDocument();
  const amend = useMutationCommand('customs.amend');
  const voidDoc = useMutationCommand('customs.void');

  const onAmend = () =>
    amend.mutate(
      { id: doc.id },
      {
        onSuccess: ({ id }) => void navigate(`/customs/documents/${id}`),
        onError: (error) => {
          // A draft version already exists: that is where the broker wanted to go.
          const existing = Number(error.params.id);
          if (error.code === 'customsErrors.alreadyAmended' && Number.isInteger(existing) && existing > 0) {
            notifications.show({ color: 'blue', message: t('customs.actions.openingDraft') });
            void navigate(`/customs/documents/${existing}`);
          } else notifyError(error);
        },
      },
    );

  const onPrint = async () => {
    // Print what is on screen: a draft is saved first.
    if (doc.status === 'draft') await saver.flush();
    await print('customs.show', { id: doc.id, lang, paper });
  };

  return (
    <Group gap="xs">
      {doc.status === 'draft' && <Button onClick={() => setFinalising(true)}>{t('customs.actions.finalise')}</Button>}
      {doc.status === 'final' && (
        <Button onClick={onAmend} loading={amend.isPending}>
          {t('customs.actions.amend')}
        </Button>
      )}
      <Button variant="default" onClick={() => void onPrint()} loading={printing}>
        {t('customs.actions.print')}
      </Button>
      {(doc.status === 'final' || doc.status === 'draft') && (
        <Button variant="subtle" color="red" onClick={() => setVoiding(true)}>
          {t('customs.actions.void')}
        </Button>
      )}
      {finalising && <FinaliseDialog documentId={doc.id} saver={saver} onClose={() => setFinalising(false)} />}
      <ReasonModal
        opened={voiding}
        title={t('customs.actions.voidTitle')}
        submitLabel={t('customs.actions.voidSubmit')}
        warning={doc.status === 'final' ? t('customs.actions.voidWarningFinal') : t('customs.actions.voidWarningDraft')}
        busy={voidDoc.isPending}
        danger
        onClose={() => setVoiding(false)}
        onSubmit={(reason) =>
          voidDoc.mutate(
            { id: doc.id, reason },
            {
              onSuccess: () => {
                setVoiding(false);
                notifications.show({ color: 'green', message: t('customs.actions.voided') });
              },
              onError: (error) => notifyError(error),
            },
          )
        }
      />
    </Group>
  );
}
