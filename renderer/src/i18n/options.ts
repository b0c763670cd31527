// Select options for code lists, labelled in the UI language.
import countries from 'i18n-iso-countries';
import { INCOTERMS, SHIPPING_METHODS, UNITS, currencyList } from '../../../shared/domain/codes';
import { ORDER_STATUSES } from '../../../shared/domain/orderStatus';
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

export function unitOptions(t: TFunction): Option[] {
  return UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }));
}

export function incotermOptions(t: TFunction): Option[] {
  return INCOTERMS.map((i) => ({ value: i.code, label: `${i.code} — ${t(`incoterms.${i.code}`, { defaultValue: i.name })}` }));
}

export function statusOptions(t: TFunction): Option[] {
  return [{ value: 'all', label: t('status.all') }, ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))];
}
