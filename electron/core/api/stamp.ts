// Who did a change and when: taken once per command from the handler's context (the person named
// in Settings and the core's clock), then written on every audit entry and ledger movement.
export interface Stamp {
  actor: string;
  /** ISO 8601, UTC. */
  at: string;
}

/** What a context needs to stamp a change; HandlerContext has both. */
export interface StampSource {
  clock: () => Date;
  actor: () => Promise<string>;
}

export async function stampOf(ctx: StampSource): Promise<Stamp> {
  return { actor: await ctx.actor(), at: ctx.clock().toISOString() };
}
