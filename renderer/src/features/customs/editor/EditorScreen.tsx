// One customs document open for editing: the form (react-hook-form over the type's own schema),
// autosaved as the broker types, with its problems and its preview beside it. A final, replaced
// or void document shows the same screen read-only.
import { Alert, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CustomsDocument } from '../../../../../shared/api/contracts/customs';
import { DATA_SCHEMAS, type DocumentLanguage } from '../../../../../shared/schemas/customs';
import type { Paper } from '../../../../../shared/documents/html';
import { contract } from '../../../../../shared/api/contract';
import { callCommand } from '../../../api/client';
import { invalidateTables } from '../../../api/hooks';
import { DraftSaver } from './autosave/draftSaver';
import { clearLocalCopy, readLocalCopy, type LocalCopy } from './autosave/localCopy';
import { RestoreOffer } from './autosave/RestoreOffer';
import { SaveBanner } from './autosave/SaveStatus';
import { EditorHeader, documentTitle } from './EditorHeader';
import { documentResolver } from './form/documentResolver';
import { RevealProvider, useOpenState } from './form/reveal';
import { SectionList } from './form/SectionList';
import { StableFormProvider, type StableForm } from './form/stableForm';
import { LAYOUTS } from './layout';
import { PreviewPane } from './preview/PreviewPane';
import { SplitView } from './preview/SplitView';
import { ProblemsPanel } from './problems/ProblemsPanel';
import classes from './editor.module.css';

/** ?field=items.2.hsCode in the address (a link from another document's problem): go there once. */
function FieldFromAddress() {
  const [params, setParams] = useSearchParams();
  const { reveal } = useOpenState();
  const field = params.get('field');
  useEffect(() => {
    if (!field) return;
    reveal(field);
    setParams(
      (p) => {
        p.delete('field');
        return p;
      },
      { replace: true },
    );
  }, [field, reveal, setParams]);
  return null;
}

function ReplacedNotice({ doc }: { doc: CustomsDocument }) {
  const { t } = useTranslation();
  if (doc.status === 'replaced') {
    const by = doc.versions.find((v) => v.id === doc.replacedById);
    return (
      <Alert color="yellow" role="note">
        {by ? <Link to={`/customs/documents/${by.id}`}>{t('customs.versions.replacedBy', { version: by.version })}</Link> : t('customs.versions.replaced')}
      </Alert>
    );
  }
  if (doc.status === 'void') return <Alert color="red">{t('customs.versions.voided')}</Alert>;
  if (doc.status === 'final')
    return (
      <Alert color="green" role="note">
        <Text size="sm">{t('customs.versions.final', { number: doc.number })}</Text>
      </Alert>
    );
  return null;
}

export function EditorScreen({ doc, onReload }: { doc: CustomsDocument; onReload: () => void }) {
  const { t } = useTranslation();
  const layout = LAYOUTS[doc.type];
  const schema = DATA_SCHEMAS[doc.type];
  const readOnly = doc.status !== 'draft';
  const form = useForm<FieldValues>({
    resolver: documentResolver(schema),
    mode: 'onChange',
    defaultValues: doc.data as FieldValues,
  });
  const [settings, setSettings] = useState<{ lang: DocumentLanguage; paper: Paper }>({ lang: doc.lang, paper: doc.paper });
  const client = useQueryClient();
  const [saver] = useState(
    () =>
      new DraftSaver({
        id: doc.id,
        type: doc.type,
        revision: doc.revision,
        schema,
        saved: { data: doc.data as Record<string, unknown>, lang: doc.lang, paper: doc.paper },
        savedAt: doc.updatedAt,
        read: () => form.getValues(),
        save: async (input) => {
          const saved = await callCommand('customs.saveDraft', input);
          // The check and the preview read the document: they refresh now, not when main's event comes.
          void invalidateTables(client, contract['customs.saveDraft'].writes);
          return saved;
        },
      }),
  );

  // A copy typed here earlier that never reached the database (checked once, on opening).
  const [offer, setOffer] = useState<LocalCopy | null>(() => {
    if (readOnly) return null;
    const copy = readLocalCopy(doc.id);
    if (!copy) return null;
    if (saver.differs({ data: copy.data, lang: copy.lang, paper: copy.paper })) return copy;
    clearLocalCopy(doc.id);
    return null;
  });

  useEffect(() => {
    if (readOnly) {
      saver.stop();
      return undefined;
    }
    // `type` is set when an input's own event changed a value (typing, a choice in a select).
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: (state) => saver.changed('type' in state && Boolean(state.type)) });
    const keep = () => saver.keepLocally();
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
      saver.close();
    };
  }, [form, saver, readOnly]);

  const changeSettings = (patch: Partial<{ lang: DocumentLanguage; paper: Paper }>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    saver.setSettings(next);
  };

  const restore = (copy: LocalCopy) => {
    form.reset(copy.data, { keepDefaultValues: true });
    changeSettings({ lang: copy.lang, paper: copy.paper });
    setOffer(null);
    // Checked against the schema as if typed, so what is wrong shows beside its field.
    void form.trigger();
    void saver.flush();
  };
  const discard = () => {
    clearLocalCopy(doc.id);
    setOffer(null);
  };

  const stable = useMemo<StableForm>(
    () => ({ control: form.control, register: form.register, setValue: form.setValue, getValues: form.getValues, readOnly }),
    [form, readOnly],
  );

  return (
    <RevealProvider layout={layout}>
      <StableFormProvider value={stable}>
        <FormProvider {...form}>
          <FieldFromAddress />
          <Stack gap="sm">
            <EditorHeader
              doc={doc}
              saver={saver}
              lang={settings.lang}
              paper={settings.paper}
              onLang={(lang) => changeSettings({ lang })}
              onPaper={(paper) => changeSettings({ paper })}
            />
            <SaveBanner saver={saver} onReload={onReload} />
            {offer && <RestoreOffer copy={offer} overtaken={offer.baseRevision < doc.revision} onRestore={() => restore(offer)} onDiscard={discard} />}
            <ReplacedNotice doc={doc} />
            <SplitView
              problems={<ProblemsPanel documentId={doc.id} maxHeight="30vh" />}
              preview={<PreviewPane documentId={doc.id} lang={settings.lang} paper={settings.paper} />}
              editor={
                // noValidate and no submit: the schema checks each field as it changes; autosave does the rest.
                <form noValidate onSubmit={(e) => e.preventDefault()} aria-label={documentTitle(doc, t)}>
                  <fieldset disabled={readOnly} className={readOnly ? classes.readOnly : classes.editable}>
                    <SectionList layout={layout} />
                  </fieldset>
                </form>
              }
            />
          </Stack>
        </FormProvider>
      </StableFormProvider>
    </RevealProvider>
  );
}
