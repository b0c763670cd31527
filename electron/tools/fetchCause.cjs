// Preloaded (`node -r`) into Electron's installer by `npm start`. When a download fails, Node's
// fetch says only "fetch failed" and the installer prints just that; this adds the cause (for
// example "ENOTFOUND github.com") to the message so `npm start` can say why. It changes nothing else.
'use strict';

const originalFetch = globalThis.fetch;
if (typeof originalFetch === 'function') {
  globalThis.fetch = function fetchWithCause(...args) {
    return originalFetch.apply(this, args).catch((error) => {
      const cause = error && error.cause;
      if (cause) {
        const what = cause.code ? [cause.code, cause.hostname].filter(Boolean).join(' ') : String(cause.message ?? cause);
        try {
          error.message = `${error.message} (${what})`;
        } catch {
          // A frozen error keeps its message.
        }
      }
      throw error;
    });
  };
}
