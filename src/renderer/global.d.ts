import type { Bridge } from '../shared/contract/bridge';

declare global {
  interface Window {
    /** Present only inside the Electron app (exposed by the preload). */
    readonly aimBridge?: Bridge;
  }
}
export {};
