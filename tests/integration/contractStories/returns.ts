// The contract-tables story of the returns area: the return path, on orders of its own.
import type { StoryWorld } from './run';

export async function returnsStory(_world: StoryWorld, _orderId: number): Promise<void> {}
