// The contract-tables story of the flow area: reads the dashboard and order a's timeline.
import type { StoryWorld } from './run';

export async function flowStory(_world: StoryWorld, _orderId: number): Promise<void> {}
