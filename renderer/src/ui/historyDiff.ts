// A compact before/after comparison of audit log entries: only the leaves that changed.
export interface Change {
  path: string;
  before: string;
  after: string;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  if (value === undefined) return;
  out.set(prefix, value === null ? '' : String(value));
}

export function diffEntries(before: unknown, after: unknown): Change[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a);
  flatten(after, '', b);
  const paths = new Set([...a.keys(), ...b.keys()]);
  const changes: Change[] = [];
  for (const path of paths) {
    const x = a.get(path) ?? '';
    const y = b.get(path) ?? '';
    if (x !== y) changes.push({ path, before: x, after: y });
  }
  return changes;
}
