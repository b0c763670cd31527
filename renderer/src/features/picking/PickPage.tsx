// The pick screen: the current line big enough to read from a trolley, the scan input, the
// answer to every scan, progress, and the whole list in walking order below.
import { Alert, Anchor, Button, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { normaliseCode } from '../../../../shared/domain/scan';
import { useCommand } from '../../api/hooks';
import { errorText, notifySuccess } from '../../app/notify';
import { defaultPaper } from '../documents/paper';
import { usePrintDocument } from '../documents/usePrintDocument';
import { CancelPickListModal } from './CancelPickListModal';
import { CurrentLine } from './CurrentLine';
import { PickLinesTable } from './PickLinesTable';
import { type Feedback, ScanPanel } from './ScanPanel';
import { ShortPickModal } from './ShortPickModal';

export function PickPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const query = useCommand('picking.get', { id }, { enabled: valid });
  const list = query.data;
  const [feedback, setFeedback] = useState<Feedback>();
  const [shortOpen, setShortOpen] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const { print, pending: printing } = usePrintDocument();

  const current = list?.lines.find((l) => l.status === 'open');
  // Codes that appear anywhere on the list: a scan of anything else is an unknown code.
  const known = useMemo(() => {
    const codes = new Set<string>();
    for (const l of list?.lines ?? []) for (const c of [l.binCode, l.sku, l.gtin, l.container]) if (c) codes.add(normaliseCode(c));
    return (code: string) => codes.has(code);
  }, [list]);

  if (valid && query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.error || !list) {
    return (
      <Alert color="red" role="alert" title={t('picking.pick.notFound')}>
        {query.error ? errorText(query.error) : null}{' '}
        <Anchor component={Link} to="/picking">
          {t('picking.pick.back')}
        </Anchor>
      </Alert>
    );
  }

  const onPicked = (out: { orderPicked: boolean; listDone: boolean }) => {
    const line = current!;
    if (out.orderPicked) notifySuccess(t('picking.pick.orderPicked', { orderNumber: line.orderNumber }));
    if (out.listDone) notifySuccess(t('picking.pick.listDone', { number: list.number }));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Anchor component={Link} to="/picking" size="sm">
            ← {t('picking.pick.back')}
          </Anchor>
          <Title order={2}>
            {list.number} · {t(`picking.kind.${list.kind}`)}
          </Title>
        </div>
        <Group>
          <Button variant="default" loading={printing} onClick={() => void print('documents.pickList', { pickListId: list.id, paper: defaultPaper() })}>
            {t('picking.pick.print')}
          </Button>
          {list.status === 'open' && (
            <Button color="red" variant="subtle" onClick={() => setCancelOpen(true)}>
              {t('picking.cancel.open')}
            </Button>
          )}
        </Group>
      </Group>
      <div>
        <Progress
          value={list.lineCount ? (100 * list.linesDone) / list.lineCount : 0}
          size="lg"
          aria-label={t('picking.progress', { done: list.linesDone, total: list.lineCount })}
        />
        <Text size="sm" mt={4}>
          {t('picking.progress', { done: list.linesDone, total: list.lineCount })}
        </Text>
      </div>
      {feedback && (
        // role=alert is read out at once; the colour and the beep carry the same news.
        <Alert
          color={feedback.ok ? 'green' : 'red'}
          variant="filled"
          role={feedback.ok ? 'status' : 'alert'}
          styles={{ message: { fontSize: feedback.ok ? undefined : '1.4rem', fontWeight: 700 } }}
        >
          {feedback.text}
        </Alert>
      )}
      {current ? (
        <>
          <CurrentLine line={current} total={list.lineCount} />
          <ScanPanel
            key={`${current.id}:${current.remaining}`}
            line={current}
            known={known}
            paused={shortOpen || cancelOpen}
            onFeedback={setFeedback}
            onPicked={onPicked}
          />
          <Group>
            <Button
              color="orange"
              variant="light"
              onClick={() => {
                setFeedback(undefined);
                setShortOpen(true);
              }}
            >
              {t('picking.pick.shortPick')}
            </Button>
          </Group>
        </>
      ) : list.status === 'cancelled' ? (
        <Alert color="gray">{t('picking.pick.cancelled')}</Alert>
      ) : (
        <Alert color="green">{t('picking.pick.allDone')}</Alert>
      )}
      <PickLinesTable lines={list.lines} currentId={current?.id} />
      <ShortPickModal line={shortOpen ? current : undefined} onClose={() => setShortOpen(false)} />
      <CancelPickListModal list={list} opened={cancelOpen} onClose={() => setCancelOpen(false)} />
    </Stack>
  );
}
