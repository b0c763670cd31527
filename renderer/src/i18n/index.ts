// i18next set up with both languages bundled: the app works offline and switches language
// without a reload. Zod's own messages (for checks without an app key) follow the same language.
import i18next from 'i18next';
import countries from 'i18n-iso-countries';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesEs from 'i18n-iso-countries/langs/es.json';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en, es } from './bundles';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

countries.registerLocale(countriesEn);
countries.registerLocale(countriesEs);

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes what it renders; escaping here too would show &amp; in names.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function applyLanguage(language: Language): Promise<unknown> {
  z.config(language === 'es' ? z.locales.es() : z.locales.en());
  document.documentElement.lang = language;
  return i18next.changeLanguage(language);
}

z.config(z.locales.en());

export { i18next };
