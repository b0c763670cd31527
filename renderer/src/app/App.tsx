// Providers, in the order they depend on each other: theme, data cache, language, router.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useTablesChangedRefresh } from '../api/hooks';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageGate } from './LanguageGate';
import { queryClient } from './queryClient';
import { router } from './routes';
import { theme } from './theme';

function Live() {
  useTablesChangedRefresh();
  return null;
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <Notifications position="top-right" />
          <Live />
          <LanguageGate>
            <RouterProvider router={router} />
          </LanguageGate>
        </QueryClientProvider>
      </ErrorBoundary>
    </MantineProvider>
  );
}
