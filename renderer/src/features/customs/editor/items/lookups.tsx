// What the lookup cells offer: countries by name or code in the UI language, units of measure, and
// HS codes by code or words (the same search as the catalogue's HS field).
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS } from '../../../../../../shared/domain/codes';
import { useCommand } from '../../../../api/hooks';
import { countryFilter, countryOptions } from '../../../../i18n/options';
import { type ComboOption, type DropdownProps, OptionList } from './CellCombo';

export function CountryDropdown(props: DropdownProps) {
  const { i18n } = useTranslation();
  const options = useMemo(() => {
    const all = countryOptions(i18n.language);
    return (countryFilter({ options: all, search: props.query, limit: 12 }) as ComboOption[]).slice(0, 12);
  }, [i18n.language, props.query]);
  return <OptionList {...props} options={options} width={280} />;
}

export function UnitDropdown(props: DropdownProps) {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const q = props.query.trim().toLowerCase();
    return UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) })).filter((o) => q === '' || o.label.toLowerCase().includes(q));
  }, [props.query, t]);
  // Any other unit the tariff line asks for is typed as it is: an empty list just closes.
  return <OptionList {...props} options={options} width={220} empty={t('customs.editor.otherUnit')} />;
}

export function HsDropdown(props: DropdownProps) {
  const { t } = useTranslation();
  const [query] = useDebouncedValue(props.query.trim(), 200);
  const found = useCommand('products.hsSearch', { query, limit: 12 }, { enabled: query.length >= 2, placeholderData: keepPreviousData, staleTime: Infinity });
  const options = useMemo(
    () => (query.length >= 2 ? (found.data ?? []).map((e) => ({ value: e.code, label: `${e.code} — ${e.description}` })) : []),
    [found.data, query],
  );
  return (
    <OptionList
      {...props}
      options={options}
      width={520}
      loading={found.isFetching}
      empty={query.length < 2 ? t('customs.editor.hsTypeMore') : t('customs.editor.hsNothingFound')}
    />
  );
}
