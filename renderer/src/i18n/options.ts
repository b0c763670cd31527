// Select options for code lists, labelled in the UI language.
import countries from 'i18n-iso-countries';
import { INCOTERMS, ORDER_SHIPPING_METHODS, SHIPPING_METHODS, UNITS, currencyList } from '../../../shared/domain/codes';
import { ORDER_STATUSES } from '../../../shared/domain/orderStatus';
import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import type { TFunction } from 'i18next';

export interface Option {
  value: string;
  label: string;
}

const countryCache = new Map<string, Option[]>();

export function countryOptions(language: string): Option[] {
  const cached = countryCache.get(language);
  if (cached) return cached;
  const names = countries.getNames(language, { select: 'official' });
  const options = Object.entries(names)
    .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  countryCache.set(language, options);
  return options;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const searchText = new Map<string, string>();

/** Every name the package knows for a country (official and aliases, both languages) plus its code. */
function countrySearchText(code: string): string {
  let text = searchText.get(code);
  if (text === undefined) {
    const names = ['en', 'es'].flatMap((lang) => {
      const n = countries.getName(code, lang, { select: 'all' });
      return Array.isArray(n) ? n : n ? [n] : [];
    });
    text = fold([code, ...names].join(' | '));
    searchText.set(code, text);
  }
  return text;
}

/** Mantine Select filter: "mexico" finds "México", "USA" finds the United States. */
export const countryFilter: OptionsFilter = ({ options, search }) => {
  const q = fold(search.trim());
  if (q === '') return options;
  return (options as ComboboxItem[]).filter((o) => fold(o.label).includes(q) || countrySearchText(o.value).includes(q));
};

export function countryName(code: string, language: string): string {
  return countries.getName(code, language) ?? code;
}

const currencyCache = new Map<string, Option[]>();

export function currencyOptions(language: string): Option[] {
  const cached = currencyCache.get(language);
  if (cached) return cached;
  // currency-codes only has English names; Intl knows them in the UI language.
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([language], { type: 'currency' });
  } catch {
    display = undefined;
  }
  const options = currencyList().map((c) => ({ value: c.code, label: `${c.code} — ${display?.of(c.code) ?? c.name}` }));
  currencyCache.set(language, options);
  return options;
}

export function shippingMethodOptions(t: TFunction): Option[] {
  return SHIPPING_METHODS.map((m) => ({ value: m, label: t(`shippingMethod.${m}`) }));
}

/** An order's method may be not decided yet (its shipping line matched no rule). */
export function orderShippingMethodOptions(t: TFunction): Option[] {
  return ORDER_SHIPPING_METHODS.map((m) => ({ value: m, label: t(`shippingMethod.${m}`) }));
}

export function unitOptions(t: TFunction): Option[] {
  return UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }));
}

export function incotermOptions(t: TFunction): Option[] {
  return INCOTERMS.map((i) => ({ value: i.code, label: `${i.code} — ${t(`incoterms.${i.code}`, { defaultValue: i.name })}` }));
}

export function statusOptions(t: TFunction): Option[] {
  return [{ value: 'all', label: t('status.all') }, ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))];
}
