// What the preload puts on window in the desktop app; absent in the browser harness.
import type { Bridge } from '../../shared/api/contract';

declare global {
  interface Window {
    api?: Bridge;
  }
}

export {};
