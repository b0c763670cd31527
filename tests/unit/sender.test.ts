import { describe, expect, it } from 'vitest';
import { isExternalLink, isTrustedSender, originOf } from '../../electron/main/sender';

const prod = ['app://despacho'];
const dev = ['app://despacho', 'http://localhost:5173/'];

describe('isTrustedSender', () => {
  it('trusts the app origin, any path', () => {
    expect(isTrustedSender('app://despacho/index.html', prod)).toBe(true);
    expect(isTrustedSender('app://despacho/', prod)).toBe(true);
    expect(isTrustedSender('app://despacho/orders/12?tab=lines#x', prod)).toBe(true);
  });

  it('trusts the dev server only when it is allowed', () => {
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', prod)).toBe(false);
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false);
  });

  it('refuses foreign origins', () => {
    expect(isTrustedSender('https://example.com/', prod)).toBe(false);
    expect(isTrustedSender('http://despacho/', prod)).toBe(false);
    expect(isTrustedSender('https://despacho/', prod)).toBe(false);
  });

  it('refuses look-alike hosts', () => {
    expect(isTrustedSender('app://despacho.evil/index.html', prod)).toBe(false);
    expect(isTrustedSender('app://evil.despacho/index.html', prod)).toBe(false);
    expect(isTrustedSender('app://despacho:8080/index.html', prod)).toBe(false);
    expect(isTrustedSender('app://despacho@evil/index.html', prod)).toBe(false);
    expect(isTrustedSender('app://evil@despacho/index.html', prod)).toBe(false);
    expect(isTrustedSender('apps://despacho/index.html', prod)).toBe(false);
  });

  it('refuses file:, about:, data:, blob: and javascript: senders', () => {
    expect(isTrustedSender('file:///home/user/index.html', prod)).toBe(false);
    expect(isTrustedSender('about:blank', prod)).toBe(false);
    expect(isTrustedSender('about:srcdoc', prod)).toBe(false);
    expect(isTrustedSender('data:text/html,<script>1</script>', prod)).toBe(false);
    expect(isTrustedSender('blob:app://despacho/1234', prod)).toBe(false);
    expect(isTrustedSender('javascript:alert(1)', prod)).toBe(false);
  });

  it('refuses a missing or unparsable sender', () => {
    expect(isTrustedSender(undefined, prod)).toBe(false);
    expect(isTrustedSender('', prod)).toBe(false);
    expect(isTrustedSender('not a url', prod)).toBe(false);
    expect(isTrustedSender('app://despacho/', [])).toBe(false);
  });

  it('judges a subframe by its own URL, not by the page around it', () => {
    // The top page is ours, but the message comes from an embedded foreign frame.
    const topFrame = 'app://despacho/index.html';
    const subFrame = 'https://ads.example.net/frame.html';
    expect(isTrustedSender(topFrame, prod)).toBe(true);
    expect(isTrustedSender(subFrame, prod)).toBe(false);
  });
});

describe('originOf', () => {
  it('builds scheme://host for custom schemes, where URL.origin is "null"', () => {
    expect(new URL('app://despacho/x').origin).toBe('null');
    expect(originOf('app://despacho/x')).toBe('app://despacho');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('https://example.com:443/')).toBe('https://example.com');
  });
});

describe('isExternalLink', () => {
  it('hands only https links to the system browser', () => {
    expect(isExternalLink('https://www.correos.es/tracking')).toBe(true);
    expect(isExternalLink('http://example.com')).toBe(false);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
    expect(isExternalLink('app://despacho/index.html')).toBe(false);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
    expect(isExternalLink('smb://server/share')).toBe(false);
    expect(isExternalLink('https://user:pw@example.com/')).toBe(false);
    expect(isExternalLink('nonsense')).toBe(false);
  });
});
