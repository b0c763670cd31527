// Importing a shop's CSV export: file -> columns -> check -> import. Nothing is written before
// the last step, and the last step writes everything or nothing.
import { Alert, Stack, Stepper, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportInput } from '../../../../shared/api/contracts/orders';
import type { ImportOutcome, ImportPreview } from '../../../../shared/api/types';
import { type CsvEncoding, decodeCsvBytes } from '../../../../shared/import/encoding';
import type { ColumnMapping } from '../../../../shared/import/fields';
import { shippingKey } from '../../../../shared/domain/shipping';
import { toAppError } from '../../api/errors';
import { useMutationCommand, useProgress } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { CommitStep } from './CommitStep';
import { JobProgress } from './JobProgress';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { Outcome } from './Outcome';
import { PreviewStep } from './PreviewStep';
import { type ShippingChoices, choicesFor } from './UnknownLines';
import { UPLOAD_THRESHOLD, UploadCancelled, discardUpload, uploadFile } from './uploadFile';
import { newJobId } from '../../api/jobId';

interface Loaded {
  name: string;
  /** A small file, decoded here; a big one is uploaded to main, which decodes it (see uploadFile). */
  text?: string;
  uploadId?: string;
  /** How the bytes were decoded; anything but UTF-8 is shown so the user checks accents. */
  encoding: CsvEncoding;
}

export function ImportWizard() {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded>();
  const [channel, setChannel] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [checkedMapping, setCheckedMapping] = useState<ColumnMapping>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [onlyValid, setOnlyValid] = useState(false);
  // Methods chosen for shipping lines no rule knows; kept across a re-check with other columns.
  const [choices, setChoices] = useState<ShippingChoices>(new Map());
  const [jobId, setJobId] = useState<string>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [error, setError] = useState<string>();
  const [reading, setReading] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number>();
  const uploadAbort = useRef<AbortController | undefined>(undefined);
  const uploadId = useRef<string | undefined>(undefined);
  // An upload left behind when the screen closes is discarded (main also removes day-old ones).
  useEffect(
    () => () => {
      uploadAbort.current?.abort();
      if (uploadId.current) discardUpload(uploadId.current);
    },
    [],
  );

  const previewCmd = useMutationCommand('orders.importPreview');
  const commitCmd = useMutationCommand('orders.importCommit');
  const cancelCmd = useMutationCommand('orders.importCancel');
  const cancel = () => jobId && cancelCmd.mutate({ jobId });
  const progress = useProgress(jobId);

  const input = (source: Loaded, map?: ColumnMapping): ImportInput => ({
    fileName: source.name,
    ...(source.uploadId ? { uploadId: source.uploadId } : { text: source.text ?? '' }),
    channel: channel.trim(),
    ...(map ? { mapping: map } : {}),
  });

  const runPreview = async (source: Loaded, map?: ColumnMapping): Promise<ImportPreview | undefined> => {
    setError(undefined);
    try {
      const id = newJobId();
      setJobId(id);
      const result = await previewCmd.mutateAsync({ ...input(source, map), jobId: id });
      setPreview(result);
      setMapping(result.mapping);
      setCheckedMapping(result.mapping);
      return result;
    } catch (caught) {
      setError(errorText(caught));
      return undefined;
    }
  };

  const sendFile = async (big: File) => {
    const abort = new AbortController();
    uploadAbort.current = abort;
    setUploadPercent(0);
    try {
      const id = await uploadFile(big, (sent, total) => setUploadPercent(Math.floor((sent / total) * 100)), abort.signal);
      uploadId.current = id;
      setUploadPercent(undefined);
      const result = await runPreview({ name: big.name, uploadId: id, encoding: 'utf-8' });
      if (!result) return;
      // Main decoded the file: the same refusal and notice as for a file decoded here.
      if ((result.lostCharacters ?? 0) > 0) {
        setError(t('import.badEncoding'));
        return;
      }
      setLoaded({ name: big.name, uploadId: id, encoding: result.encoding ?? 'utf-8' });
      setActive(1);
    } catch (caught) {
      if (!(caught instanceof UploadCancelled)) setError(errorText(caught));
    } finally {
      setUploadPercent(undefined);
      uploadAbort.current = undefined;
    }
  };

  const readFile = async () => {
    if (!file) return;
    setError(undefined);
    if (uploadId.current) {
      discardUpload(uploadId.current);
      uploadId.current = undefined;
    }
    if (file.size > UPLOAD_THRESHOLD) return sendFile(file);
    setReading(true);
    let decoded: ReturnType<typeof decodeCsvBytes>;
    try {
      // Not file.text(): that reads everything as UTF-8 and turns a Windows-1252 "ü" into U+FFFD.
      decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    } catch {
      setReading(false);
      setError(t('importWizard.readFailed'));
      return;
    }
    setReading(false);
    if (decoded.replacementCharacters > 0) {
      setError(t('import.badEncoding'));
      return;
    }
    const source = { name: file.name, text: decoded.text, encoding: decoded.encoding };
    setLoaded(source);
    if (await runPreview(source)) setActive(1);
  };

  const sameMapping = JSON.stringify(mapping) === JSON.stringify(checkedMapping);
  const toPreview = async () => {
    if (!loaded) return;
    const result = sameMapping ? preview : await runPreview(loaded, mapping);
    if (result && result.missingFields.length === 0) setActive(2);
  };

  const commit = async () => {
    if (!loaded || !preview) return;
    setError(undefined);
    const id = newJobId();
    setJobId(id);
    try {
      const shippingChoices = choicesFor(preview, choices);
      const result = await commitCmd.mutateAsync({
        ...input(loaded, checkedMapping),
        onlyValid,
        jobId: id,
        ...(shippingChoices.length > 0 ? { shippingChoices } : {}),
      });
      // The outcome panel says it; a toast on top would only repeat it.
      setOutcome(result);
      setActive(4);
    } catch (caught) {
      setError(errorText(toAppError(caught)));
    }
  };

  const restart = () => {
    if (uploadId.current) discardUpload(uploadId.current);
    uploadId.current = undefined;
    setActive(0);
    setFile(null);
    setLoaded(undefined);
    setPreview(undefined);
    setMapping({});
    setCheckedMapping(undefined);
    setOnlyValid(false);
    setChoices(new Map());
    setOutcome(undefined);
    setJobId(undefined);
    setError(undefined);
  };

  const go = (step: number) => {
    setError(undefined);
    setActive(step);
  };

  return (
    <Stack maw={1280}>
      <Title order={2}>{t('importWizard.title')}</Title>
      {loaded && loaded.encoding !== 'utf-8' && active > 0 && active < 4 && (
        <Alert color={loaded.encoding === 'windows-1252' ? 'yellow' : 'blue'}>
          {loaded.encoding === 'windows-1252' ? t('import.legacyEncoding') : t('importWizard.encoding', { encoding: loaded.encoding.toUpperCase() })}
        </Alert>
      )}
      {previewCmd.isPending && <JobProgress progress={progress} onCancel={cancel} cancelling={cancelCmd.isPending} />}
      <Stepper active={active} onStepClick={(step) => step < active && active < 4 && go(step)} allowNextStepsSelect={false}>
        <Stepper.Step label={t('importWizard.steps.file')} description={t('importWizard.steps.fileDescription')}>
          <FileStep
            file={file}
            channel={channel}
            busy={reading || uploadPercent !== undefined || previewCmd.isPending}
            upload={uploadPercent === undefined ? undefined : { percent: uploadPercent, onCancel: () => uploadAbort.current?.abort() }}
            error={active === 0 ? error : undefined}
            onFile={(f) => {
              setFile(f);
              setError(undefined);
            }}
            onChannel={setChannel}
            onRead={() => void readFile()}
          />
        </Stepper.Step>
        <Stepper.Step label={t('importWizard.steps.mapping')} description={t('importWizard.steps.mappingDescription')}>
          {preview && loaded && (
            <MappingStep
              preview={preview}
              mapping={mapping}
              busy={previewCmd.isPending}
              error={active === 1 ? error : undefined}
              onChange={setMapping}
              onRecheck={() => void runPreview(loaded, mapping)}
              onBack={() => go(0)}
              onNext={() => void toPreview()}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('importWizard.steps.preview')} description={t('importWizard.steps.previewDescription')}>
          {preview && (
            <PreviewStep
              preview={preview}
              choices={choices}
              onChoose={(line, method) =>
                setChoices((old) => {
                  const next = new Map(old);
                  if (method) next.set(shippingKey(line), method);
                  else next.delete(shippingKey(line));
                  return next;
                })
              }
              onBack={() => go(1)}
              onNext={() => go(3)}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('importWizard.steps.commit')} description={t('importWizard.steps.commitDescription')}>
          {preview && (
            <CommitStep
              preview={preview}
              chosenLines={choicesFor(preview, choices).length}
              onlyValid={onlyValid}
              busy={commitCmd.isPending}
              progress={progress}
              error={active === 3 ? error : undefined}
              onOnlyValid={setOnlyValid}
              onImport={() => void commit()}
              onBack={() => go(2)}
              onCancel={cancel}
              cancelling={cancelCmd.isPending}
            />
          )}
        </Stepper.Step>
        <Stepper.Completed>{outcome && <Outcome outcome={outcome} onAgain={restart} />}</Stepper.Completed>
      </Stepper>
    </Stack>
  );
}
