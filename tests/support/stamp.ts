// The who-and-when a test passes to a service it calls directly (handlers build it from the context).
import type { Stamp } from '../../electron/core/api/stamp';

export const TEST_STAMP: Stamp = { actor: 'tester', at: '2026-11-29T10:00:00.000Z' };
