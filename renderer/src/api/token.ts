// The browser harness hands out a one-time URL with ?token=...; keep the token for this tab only
// and take it out of the address bar so it is not bookmarked, shared or left in history.
const KEY = 'despacho.token';

export function captureToken(): void {
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token');
  if (token === null) return;
  sessionStorage.setItem(KEY, token);
  params.delete('token');
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

export function getToken(): string {
  return sessionStorage.getItem(KEY) ?? '';
}
