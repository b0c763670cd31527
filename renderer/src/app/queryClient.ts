import { QueryClient } from '@tanstack/react-query';
import { AppError } from '../api/errors';

// Answers are refreshed by tablesChanged events, so focus/interval refetching would only add load.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      // Only a lost connection is worth retrying; a validation or not-found answer will not change.
      retry: (failures, error) => error instanceof AppError && error.code === 'errors.offline' && failures < 2,
    },
    mutations: { retry: false },
  },
});
