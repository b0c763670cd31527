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

export function Totals({ type, figures }: { type: DocumentType; figures: TotalFigure[] }) {
  const { t, i18n } = useTranslation();
  const { control } = useStableForm();
  const values = useWatch({ control });
  const deferred = useDeferredValue(values);
  const totals = useMemo<DocumentTotals | null>(() => {
    try {
      return documentTotals({ type, data: deferred } as AnyDocumentData);
    } catch {
      return null; // a half-built form (no items array yet) has no totals
    }
  }, [type, deferred]);
  if (!totals) return null;
  const lang = i18n.language;
  const parcels = Array.isArray((deferred as { parcels?: unknown[] }).parcels) ? (deferred as { parcels: unknown[] }).parcels.length : 0;
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
