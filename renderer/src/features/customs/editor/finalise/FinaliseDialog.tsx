// Finalising a draft: it is saved first, then checked. Errors block it (each links to its field);
// each open mismatch needs a written reason to be accepted (kept in the audit log); on success the
// document gets its number from its series and stops changing.
import { Alert, Button, Group, List, Loader, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomsDocument } from '../../../../../../shared/api/contracts/customs';
import { useCommand, useMutationCommand } from '../../../../api/hooks';
import { errorText } from '../../../../app/notify';
import type { DraftSaver } from '../autosave/draftSaver';
import { ProblemItem } from '../problems/ProblemItem';
import { groupProblems } from '../problems/problemLink';

interface Props {
  documentId: number;
  saver: DraftSaver;
  onClose: () => void;
}

type Step = { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'ready' } | { kind: 'done'; doc: CustomsDocument };

function Checked({ documentId, saver, onClose, onDone }: Props & { onDone: (doc: CustomsDocument) => void }) {
  const { t } = useTranslation();
  const check = useCommand('customs.check', { id: documentId }, { staleTime: 0, refetchOnMount: 'always' });
  const finalise = useMutationCommand('customs.finalise');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  if (check.isError) return <Alert color="red">{errorText(check.error)}</Alert>;
  if (!check.data || check.isFetching) return <Loader size="sm" aria-label={t('customs.problemsPanel.checking')} />;
  const { errors, mismatches, warnings } = groupProblems(check.data.problems);
  const missingReason = mismatches.some((p) => !(reasons[p.key] ?? '').trim());
  const submit = () => {
    setTried(true);
    if (errors.length > 0 || missingReason) return;
    finalise.mutate(
      { id: documentId, revision: saver.revision, overrides: mismatches.map((p) => ({ key: p.key, reason: (reasons[p.key] ?? '').trim() })) },
      { onSuccess: onDone },
    );
  };
  return (
    <Stack>
      {errors.length > 0 && (
        <Alert color="red" title={t('customs.finalise.blockedTitle', { count: errors.length })} role="alert">
          <Text size="sm" mb="xs">
            {t('customs.finalise.blocked')}
          </Text>
          <List size="sm" spacing={4}>
            {errors.map((p) => (
              <List.Item key={`${p.key}|${p.path}`}>
                <ProblemItem problem={p} documentId={documentId} onFollow={onClose} />
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {mismatches.length > 0 && (
        <Stack gap="xs">
          <Title order={4} size="h6">
            {t('customs.finalise.mismatchesTitle', { count: mismatches.length })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('customs.finalise.mismatchesHint')}
          </Text>
          {mismatches.map((p, i) => {
            const empty = !(reasons[p.key] ?? '').trim();
            return (
              <Stack key={`${p.key}|${p.path}`} gap={4}>
                <ProblemItem problem={p} documentId={documentId} onFollow={onClose} />
                <Textarea
                  label={t('customs.finalise.reason', { n: i + 1 })}
                  value={reasons[p.key] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setReasons((r) => ({ ...r, [p.key]: value }));
                  }}
                  error={tried && empty ? t('customs.finalise.reasonNeeded') : undefined}
                  maxLength={500}
                  autosize
                  minRows={1}
                  withAsterisk
                />
              </Stack>
            );
          })}
        </Stack>
      )}
      {warnings.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('customs.finalise.warningsTitle', { count: warnings.length })}
          </Title>
          <List size="sm" spacing={4}>
            {warnings.map((p) => (
              <List.Item key={`${p.key}|${p.path}`}>
                <ProblemItem problem={p} documentId={documentId} onFollow={onClose} />
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {errors.length === 0 && mismatches.length === 0 && (
        <Text size="sm">{warnings.length === 0 ? t('customs.finalise.allClear') : t('customs.finalise.onlyWarnings')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('customs.finalise.consequence')}
      </Text>
      {finalise.isError && (
        <Alert color="red" role="alert">
          {errorText(finalise.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={finalise.isPending}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={finalise.isPending} disabled={errors.length > 0}>
          {mismatches.length > 0 ? t('customs.finalise.submitWithOverrides', { count: mismatches.length }) : t('customs.finalise.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function FinaliseDialog({ documentId, saver, onClose }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'saving' });
  // What is on screen is what gets finalised: save it first (a change still waiting for autosave too).
  useEffect(() => {
    let live = true;
    void saver.flush().then((saved) => {
      if (live) setStep(saved ? { kind: 'ready' } : { kind: 'unsaved' });
    });
    return () => {
      live = false;
    };
  }, [saver]);
  return (
    <Modal opened onClose={onClose} title={t('customs.finalise.title')} size="lg">
      {step.kind === 'saving' && <Loader size="sm" aria-label={t('customs.save.saving')} />}
      {step.kind === 'unsaved' && (
        <Stack>
          <Alert color="red" role="alert">
            {t('customs.finalise.unsaved')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
      {step.kind === 'ready' && <Checked documentId={documentId} saver={saver} onClose={onClose} onDone={(doc) => setStep({ kind: 'done', doc })} />}
      {step.kind === 'done' && (
        <Stack>
          <Alert color="green" title={t('customs.finalise.doneTitle')} role="status">
            <Text size="sm">{t('customs.finalise.done', { number: step.doc.number })}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
