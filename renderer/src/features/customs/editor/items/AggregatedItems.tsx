// The declaration's items as they will be filed when aggregation is on: one line per HS code,
// origin and procedure, saying which detailed items each groups. Read-only: the detailed items
// above stay the data, so switching aggregation off gives them back exactly.
import { Table, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { declaredItems } from '../../../../../../shared/domain/customs/aggregation';
import type { DeclarationItem } from '../../../../../../shared/schemas/customs';
import { countryName } from '../../../../i18n/options';
import { money, quantity } from '../../../../i18n/format';
import { useStableForm } from '../form/stableForm';
import classes from './items.module.css';

/** Watches the items only while aggregation is on: off, typing in an item costs nothing here. */
export function AggregatedItems() {
  const { control } = useStableForm();
  const aggregate = useWatch({ control, name: 'aggregate' }) === true;
  return aggregate ? <Groups /> : null;
}

function Groups() {
  const { t, i18n } = useTranslation();
  const { control } = useStableForm();
  const [items, currency] = useWatch({ control, name: ['items', 'currency'] }) as [DeclarationItem[], string];
  const deferred = useDeferredValue(items);
  const groups = useMemo(() => declaredItems(deferred ?? [], true, currency ?? ''), [deferred, currency]);
  const lang = i18n.language;
  return (
    <div>
      <Text fw={600} size="sm" mb={4} id="aggregated-title">
        {t('customs.aggregation.title', { groups: groups.length, items: deferred?.length ?? 0 })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder striped className={classes.aggregated} aria-labelledby="aggregated-title">
          <Table.Thead style={{ whiteSpace: 'nowrap' }}>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('customs.fields.hsCode')}</Table.Th>
              <Table.Th>{t('customs.fields.originCountry')}</Table.Th>
              <Table.Th>{t('customs.fields.procedure')}</Table.Th>
              <Table.Th>{t('customs.fields.description')}</Table.Th>
              <Table.Th ta="right">{t('customs.fields.quantity')}</Table.Th>
              <Table.Th ta="right">{t('customs.fields.netKg')}</Table.Th>
              <Table.Th ta="right">{t('customs.fields.value')}</Table.Th>
              <Table.Th>{t('customs.aggregation.groups')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g, i) => (
              <Table.Tr key={g.sourceItems.join('-')}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{g.hsCode || '—'}</Table.Td>
                <Table.Td>{g.originCountry ? countryName(g.originCountry, lang) : '—'}</Table.Td>
                <Table.Td>{g.procedure || '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} title={g.description} maw={320}>
                    {g.description}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {quantity(g.quantity, lang)} {g.unit}
                </Table.Td>
                <Table.Td ta="right">{quantity(g.netKg, lang)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {g.value ? money(g.value, currency ?? '', lang) : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} maw={260}>
                    {t('customs.aggregation.items', { count: g.sourceItems.length, list: g.sourceItems.join(', ') })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
