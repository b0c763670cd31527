// The scan field for a keyboard-wedge scanner: code + Enter packs one item into the target parcel.
// It keeps the focus so the next scan lands here, and answers loudly: red and a beep on a refusal.
import { Alert, Group, TextInput } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationParcel } from '../../../../shared/api/contracts/packing';
import { useMutationCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { beep } from '../../ui/beep';
import { ScanInput } from '../../ui/ScanInput';

type Feedback = { ok: boolean; text: string };

export function ScanField({ parcel }: { parcel: StationParcel }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [qty, setQty] = useState('1');
  const [feedback, setFeedback] = useState<Feedback>();
  const refocus = () => input.current?.focus();
  useEffect(refocus, [parcel.id]);

  const scan = useMutationCommand('packing.scanItem', {
    onSuccess: (r) => {
      beep('accept');
      setFeedback({ ok: true, text: t('packing.parcel.accepted', { quantity: r.quantity, sku: r.sku, name: r.name, seq: parcel.seq }) });
    },
    onError: (e) => {
      beep('reject');
      setFeedback({ ok: false, text: errorText(e) });
    },
    onSettled: () => {
      setCode('');
      setQty('1');
      refocus();
    },
  });

  const submit = () => {
    const value = code.trim();
    if (!value || scan.isPending) return;
    scan.mutate({ parcelId: parcel.id, code: value, quantity: qty.trim() || '1' });
  };

  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    submit();
  };

  return (
    <div>
      {/* Enter is handled on each field, not by form submission: with two fields and no submit
          button the browser does not submit on Enter, and a scanner's Enter must always count. */}
      <Group align="end" gap="xs">
        <ScanInput
          ref={input}
          label={t('packing.parcel.scan', { seq: parcel.seq })}
          placeholder={t('packing.parcel.scanPlaceholder')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          onEnter={submit}
          maxLength={60}
          w={340}
          size="md"
        />
        <TextInput
          label={t('packing.parcel.quantity')}
          value={qty}
          onChange={(e) => setQty(e.currentTarget.value)}
          onKeyDown={onEnter}
          inputMode="decimal"
          w={100}
          size="md"
        />
      </Group>
      {feedback && (
        <Alert
          mt="xs"
          color={feedback.ok ? 'green' : 'red'}
          variant="filled"
          role={feedback.ok ? 'status' : 'alert'}
          withCloseButton
          onClose={() => setFeedback(undefined)}
        >
          {feedback.text}
        </Alert>
      )}
    </div>
  );
}
