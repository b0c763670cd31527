// The scanner's line: a scanner types the code and sends Enter, so Enter moves code -> bin ->
// quantity, and Enter on the quantity adds the line and goes back to the code. The bin stays,
// because a clerk usually puts away several products into the same bin.
import { Button, Group, TextInput } from '@mantine/core';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { receiptLineSchema } from '../../../../shared/schemas/inventory';
import { translateMessage } from '../../i18n/messages';

export interface EntryLine {
  code: string;
  binCode: string;
  quantity: string;
}

export function ScanEntry({ onAdd }: { onAdd: (line: EntryLine) => void }) {
  const { t } = useTranslation();
  const [line, setLine] = useState<EntryLine>({ code: '', binCode: '', quantity: '1' });
  const [errors, setErrors] = useState<Partial<Record<keyof EntryLine, string>>>({});
  const code = useRef<HTMLInputElement>(null);
  const bin = useRef<HTMLInputElement>(null);
  const qty = useRef<HTMLInputElement>(null);

  const add = () => {
    const parsed = receiptLineSchema.safeParse(line);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const i of parsed.error.issues) next[i.path[0] as keyof EntryLine] ??= translateMessage(i.message);
      setErrors(next);
      (next.code ? code : next.binCode ? bin : qty).current?.focus();
      return;
    }
    onAdd(parsed.data);
    setErrors({});
    setLine({ ...line, code: '', quantity: '1' });
    code.current?.focus();
  };

  // Called from the key handlers only: the fields (refs) are read when Enter is pressed, not while rendering.
  const onEnter = (e: KeyboardEvent<HTMLInputElement>, next: () => void) => {
    if (e.key !== 'Enter') return;
    // Enter must not submit the receipt: it only moves along the scan line.
    e.preventDefault();
    next();
  };
  const set = (key: keyof EntryLine) => (e: React.ChangeEvent<HTMLInputElement>) => setLine({ ...line, [key]: e.currentTarget.value });

  return (
    <Group align="flex-start">
      <TextInput
        ref={code}
        label={t('inventory.receive.code')}
        description={t('inventory.receive.codeHint')}
        value={line.code}
        onChange={set('code')}
        onKeyDown={(e) => onEnter(e, () => (line.binCode ? qty : bin).current?.select())}
        error={errors.code}
        autoFocus
        w={260}
      />
      <TextInput
        ref={bin}
        label={t('inventory.columns.bin')}
        value={line.binCode}
        onChange={set('binCode')}
        onKeyDown={(e) => onEnter(e, () => qty.current?.select())}
        error={errors.binCode}
        w={160}
      />
      <TextInput
        ref={qty}
        label={t('inventory.receive.quantity')}
        inputMode="decimal"
        value={line.quantity}
        onChange={set('quantity')}
        onKeyDown={(e) => onEnter(e, add)}
        error={errors.quantity}
        w={120}
      />
      <Button mt={24} variant="light" onClick={add}>
        {t('inventory.receive.addLine')}
      </Button>
    </Group>
  );
}
