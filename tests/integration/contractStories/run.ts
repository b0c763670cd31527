// What each area's contract story gets: a function that runs one command through the real dispatch
// (it must succeed) and records the tables its SQL touched (tests/integration/contractTables.test.ts).
import type { CommandName } from '../../../shared/api/commands';
import type { CommandInput, CommandResult } from '../../../shared/api/contract';
import type { CoreApp } from '../../../electron/core/app';

export type Run = <K extends CommandName>(name: K, input: CommandInput<K>) => Promise<CommandResult<K>>;

/** The world a story runs in: the core (for reads a story needs that no command gives) and its runner. */
export interface StoryWorld {
  run: Run;
  core: CoreApp;
}
