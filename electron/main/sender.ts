// Origin checks for IPC senders, navigation and external links. Imports nothing from 'electron'
// so the rules can be unit-tested in plain Node.

/**
 * `scheme://host[:port]` of a URL, or null when it has no host (about:, data:, file:, blob:...).
 * Built by hand because Node's URL reports origin 'null' for non-web schemes such as app://.
 */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:' || !parsed.host) return null;
  // Credentials in a URL are a classic disguise ('app://despacho@evil/'); nothing of ours uses them.
  if (parsed.username || parsed.password) return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/**
 * Whether an IPC message comes from one of our own pages. Judge the sending frame's own URL:
 * a subframe showing another site is untrusted even when the top page is ours.
 */
export function isTrustedSender(frameUrl: string | undefined, allowedOrigins: string[]): boolean {
  const origin = originOf(frameUrl);
  if (!origin) return false;
  return allowedOrigins.some((allowed) => originOf(allowed) === origin);
}

/** Links we hand to the system browser: https only, never file:, custom schemes or plain http. */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
