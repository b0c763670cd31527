// Holds the first paint until the saved language is known, so the user never sees a flash of
// the wrong language; later changes (Settings) are applied as the settings query refreshes.
import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useCommand } from '../api/hooks';
import { applyLanguage } from '../i18n';

export function LanguageGate({ children }: { children: ReactNode }) {
  const settings = useCommand('settings.get', {});
  const [applied, setApplied] = useState(false);
  const language = settings.data?.language;

  useEffect(() => {
    if (!language) return;
    applyLanguage(language).then(
      () => setApplied(true),
      (err: unknown) => {
        // The app still opens, in the language it had, rather than waiting forever.
        console.error('Despacho: the saved language could not be applied.', err);
        setApplied(true);
      },
    );
  }, [language]);
  // Without settings (service unreachable) the app still opens, in English, and shows the error.
  // Set during render, not in an effect: once open, the app stays open when the settings come back.
  if (settings.isError && !applied) setApplied(true);

  if (!applied) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return <>{children}</>;
}
