// The scan input at the current line: a keyboard-wedge scanner types a code and Enter. Every scan
// is checked here at once (shared/domain/scan) and answered with a colour and a sound; when the
// container is scanned the pick goes to main, which checks it all again.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickLineView } from '../../../../shared/api/contracts/picking';
import { fromMilli, toMilli } from '../../../../shared/domain/quantity';
import { type KnownCode, type ScanLine, type ScanResult, START, scan, typeQuantity } from '../../../../shared/domain/scan';
import { useMutationCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { beep } from '../../ui/beep';
import { ScanInput } from '../../ui/ScanInput';

export type Feedback = { ok: boolean; text: string } | undefined;

interface Props {
  line: PickLineView;
  known: KnownCode;
  paused: boolean;
  onFeedback: (feedback: Feedback) => void;
  onPicked: (out: { orderPicked: boolean; listDone: boolean }) => void;
}

export function ScanPanel({ line, known, paused, onFeedback, onPicked }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [typed, setTyped] = useState('');
  const [state, setState] = useState(START);
  // What was actually scanned, sent to main so it checks the picker's codes, not the screen's.
  const scanned = useRef({ bin: '', product: '' });
  const scanLine: ScanLine = { binCode: line.binCode, productCodes: [line.sku, line.gtin], container: line.container, remainingMilli: toMilli(line.remaining) };
  const expected = { bin: line.binCode, product: line.sku, container: line.container, done: line.container };
  const say = (ok: boolean, text: string) => {
    beep(ok ? 'accept' : 'reject');
    onFeedback({ ok, text });
  };

  const pick = useMutationCommand('picking.pick', {
    onSuccess: (out) => {
      say(true, t('picking.pick.accepted.saved', { quantity: out.line.picked, sku: line.sku, container: line.container }));
      onPicked(out);
    },
    onError: (error) => {
      say(false, errorText(error));
      setState(START);
    },
  });

  const apply = (result: ScanResult, code: string, kind: 'scan' | 'typed') => {
    if (!result.accepted) {
      say(false, t(`picking.scanErrors.${result.reason}`, { expected: expected[state.expecting], scanned: code, remaining: line.remaining }));
      return;
    }
    const next = result.state;
    setState(next);
    const counted = fromMilli(next.countedMilli);
    if (state.expecting === 'bin') scanned.current = { bin: code, product: '' };
    else if (next.expecting !== 'done' && kind === 'scan') scanned.current.product = code;
    if (next.expecting === 'done') {
      onFeedback({ ok: true, text: t('picking.pick.accepted.container', { code }) });
      // Typed without a product scan: the picker vouches for the product, as with a hand count.
      pick.mutate({ lineId: line.id, quantity: counted, container: code, binCode: scanned.current.bin, productCode: scanned.current.product || line.sku });
    } else if (state.expecting === 'bin') say(true, t('picking.pick.accepted.bin', { code }));
    else if (kind === 'typed') say(true, t('picking.pick.accepted.quantity', { counted }));
    else say(true, t('picking.pick.accepted.product', { counted, quantity: line.remaining }));
  };

  const onScan = () => {
    const code = value.trim();
    setValue('');
    if (code) apply(scan(scanLine, state, code, known), code, 'scan');
  };
  const onTyped = () => {
    let milli = NaN;
    try {
      milli = toMilli(typed);
    } catch {
      // Not a quantity: the state machine answers 'badQuantity'.
    }
    apply(typeQuantity(scanLine, state, milli), typed, 'typed');
    setTyped('');
    input.current?.focus();
  };

  return (
    <Stack gap="xs">
      <ScanInput
        ref={input}
        label={t('picking.pick.scan')}
        description={t(`picking.pick.expecting.${state.expecting}`, { code: expected[state.expecting] })}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onEnter={onScan}
        paused={paused}
        disabled={pick.isPending}
        size="xl"
        autoFocus
        data-testid="scan-input"
      />
      <Text size="sm" c="dimmed">
        {t('picking.pick.scanHint')} {t('picking.pick.counted', { counted: fromMilli(state.countedMilli), quantity: line.remaining })}
      </Text>
      <Group gap="xs" align="flex-end">
        <TextInput
          label={t('picking.pick.typedQuantity')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onTyped();
            }
          }}
          disabled={state.expecting === 'bin' || state.expecting === 'done'}
          inputMode="decimal"
          w={140}
        />
        <Button variant="default" onClick={onTyped} disabled={state.expecting === 'bin' || state.expecting === 'done' || typed.trim() === ''}>
          {t('picking.pick.useQuantity')}
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            setState(START);
            onFeedback(undefined);
            input.current?.focus();
          }}
          disabled={state === START}
        >
          {t('picking.pick.startOver')}
        </Button>
      </Group>
    </Stack>
  );
}
