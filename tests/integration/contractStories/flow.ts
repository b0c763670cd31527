// The contract-tables story of the flow area: reads the dashboard and order a's timeline, and sets the waiting threshold.
import type { StoryWorld } from './run';

export async function flowStory({ run }: StoryWorld, orderId: number): Promise<void> {
  await run('flow.dashboard', {});
  const { waitingHours } = await run('flow.settings', {});
  await run('flow.saveSettings', { waitingHours: waitingHours + 24 });
  await run('flow.dashboard', {});
  await run('flow.timeline', { orderId });
}
