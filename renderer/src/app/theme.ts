import { createTheme } from '@mantine/core';

// System fonts only: the CSP allows no remote font hosts and the app must work offline.
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});
