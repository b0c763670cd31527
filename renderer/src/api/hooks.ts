// TanStack Query over the typed API. Query keys are [commandName, input] so a tablesChanged
// event can find every cached answer that read a changed table.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseMutationOptions, type UseQueryOptions } from '@tanstack/react-query';
import { COMMAND_NAMES, type AppEvent, type CommandName, type TableName } from '../../../shared/api/commands';
import { contract, type CommandInput, type CommandResult } from '../../../shared/api/contract';
import { callCommand } from './client';
import type { AppError } from './errors';
import { onEvent, onReconnect } from './events';

export type CommandKey<K extends CommandName> = readonly [K, CommandInput<K>];

export function commandKey<K extends CommandName>(name: K, input: CommandInput<K>): CommandKey<K> {
  return [name, input] as const;
}

export function commandQuery<K extends CommandName>(name: K, input: CommandInput<K>) {
  return {
    queryKey: commandKey(name, input),
    queryFn: () => callCommand(name, input),
  };
}

type QueryOptions<K extends CommandName> = Omit<UseQueryOptions<CommandResult<K>, AppError, CommandResult<K>, CommandKey<K>>, 'queryKey' | 'queryFn'>;

export function useCommand<K extends CommandName>(name: K, input: CommandInput<K>, options: QueryOptions<K> = {}) {
  return useQuery<CommandResult<K>, AppError, CommandResult<K>, CommandKey<K>>({ ...options, ...commandQuery(name, input) });
}

type MutationOptions<K extends CommandName> = Omit<UseMutationOptions<CommandResult<K>, AppError, CommandInput<K>>, 'mutationFn'>;

export function useMutationCommand<K extends CommandName>(name: K, options: MutationOptions<K> = {}) {
  const client = useQueryClient();
  return useMutation<CommandResult<K>, AppError, CommandInput<K>>({
    ...options,
    mutationFn: (input) => callCommand(name, input),
    onSuccess: (...args) => {
      // Do not wait for main's event: the screen that made the change should show it at once.
      void invalidateTables(client, contract[name].writes);
      return options.onSuccess?.(...args);
    },
  });
}

function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMAND_NAMES as readonly string[]).includes(value);
}

export function invalidateTables(client: QueryClient, tables: readonly TableName[]): Promise<void> {
  if (tables.length === 0) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (query) => {
      const name = query.queryKey[0];
      return isCommandName(name) && contract[name].reads.some((table) => tables.includes(table));
    },
  });
}

/** Mount once near the root: refreshes cached queries when main reports changed tables. */
export function useTablesChangedRefresh(): void {
  const client = useQueryClient();
  useEffect(() => {
    const offEvents = onEvent((event) => {
      if (event.type === 'tablesChanged') void invalidateTables(client, event.tables);
    });
    const offReconnect = onReconnect(() => void client.invalidateQueries());
    return () => {
      offEvents();
      offReconnect();
    };
  }, [client]);
}

export type Progress = Extract<AppEvent, { type: 'progress' }>;

/** The latest progress report of one long job (an import), or undefined before the first one. */
export function useProgress(jobId: string | undefined): Progress | undefined {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    if (!jobId) return undefined;
    return onEvent((event) => {
      if (event.type === 'progress' && event.jobId === jobId) setProgress(event);
    });
  }, [jobId]);
  // A report of an earlier job is not shown once the job changes (each job has a fresh id).
  return progress && progress.jobId === jobId ? progress : undefined;
}
