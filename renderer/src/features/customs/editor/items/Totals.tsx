// Live totals under the items, in exact decimals (documentTotals, the same sums the preview prints
// and the checks compare), computed from a deferred copy of the form so typing never waits on them.
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentTotals, type DocumentTotals } from '../../../../../../shared/domain/customs/totals';
import type { AnyDocumentData, DocumentType } from '../../../../../../shared/schemas/customs';
import { formatCount, money, quantity } from '../../../../i18n/format';
import type { TotalFigure } from '../layout/types';
import { useStableForm } from '../form/stableForm';

const MONEY: TotalFigure[] = ['goods', 'freight', 'postage', 'insurance', 'otherCosts', 'total'];

/** The fields the totals of each type are made of. */
const INPUTS: Record<DocumentType, string[]> = {
  declaration: ['items', 'currency', 'freight', 'insurance', 'otherCosts', 'grossKg'],
  invoice: ['items', 'currency', 'freight', 'insurance', 'otherCosts', 'grossKg'],
  contract: ['items', 'currency'],
  postal: ['items', 'currency', 'postage', 'grossKg'],
  packing_list: ['parcels', 'lines'],
};

type Row = Record<string, unknown>;
const pick = (rows: unknown, fields: string[]): Row[] =>
  Array.isArray(rows) ? (rows as Row[]).map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? '']))) : [];

/**
 * Only the figures the totals are made of: typing a description leaves them equal, so neither this
 * component nor the sums run again for it.
 */
function figuresOf(type: DocumentType, values: unknown[]): Row {
  const out: Row = Object.fromEntries(INPUTS[type].map((name, i) => [name, values[i]]));
  if (type === 'packing_list') return { ...out, parcels: pick(out.parcels, ['netKg', 'grossKg']), lines: pick(out.lines, ['quantity']) };
  return { ...out, items: pick(out.items, ['quantity', 'unitPrice', 'netKg', 'value']) };
}

export function Totals({ type, figures }: { type: DocumentType; figures: TotalFigure[] }) {
  const { t, i18n } = useTranslation();
  const { control } = useStableForm();
  const watched = useWatch({ control, name: INPUTS[type], compute: (values: unknown[]) => figuresOf(type, values) }) as unknown as Row;
  // Worked out after the keystroke's frame.
  const deferred = useDeferredValue(watched);
  const totals = useMemo<DocumentTotals | null>(() => {
    try {
      return documentTotals({ type, data: deferred } as AnyDocumentData);
    } catch {
      return null; // a half-built form (no items array yet) has no totals
    }
  }, [type, deferred]);
  const parcels = Array.isArray(deferred.parcels) ? deferred.parcels.length : 0;
  if (!totals) return null;
  const lang = i18n.language;
  const shown = (f: TotalFigure): string => {
    if (f === 'items') return formatCount(totals.items, lang);
    if (f === 'parcels') return formatCount(parcels, lang);
    // A postal form's postage is what the other documents call freight.
    if (f === 'postage') return money(totals.freight, totals.currency, lang);
    if (MONEY.includes(f)) return money(totals[f as Exclude<TotalFigure, 'postage' | 'items' | 'parcels'>], totals.currency, lang);
    if (f === 'netKg' || f === 'grossKg') return `${quantity(totals[f], lang)} kg`;
    return quantity(totals[f as 'quantity'], lang);
  };
  return (
    <Paper withBorder p="xs" bg="gray.0" role="region" aria-label={t('customs.totals.title')}>
      <Group gap="lg" wrap="wrap" justify="flex-end">
        {figures.map((f) => (
          <Stack key={f} gap={0} align="flex-end">
            <Text size="xs" c="dimmed">
              {t(`customs.totals.${f}`)}
            </Text>
            <Text size="sm" fw={f === 'total' ? 700 : 500} style={{ fontVariantNumeric: 'tabular-nums' }} data-total={f}>
              {shown(f)}
            </Text>
          </Stack>
        ))}
      </Group>
    </Paper>
  );
}
