import { useEmbedBridge, type EmbedBridgeOptions } from './useEmbedBridge';

/** The embed bridge as a component, so its code loads only inside an iframe. */
export function EmbedBridge(options: EmbedBridgeOptions) {
  useEmbedBridge(options);
  return null;
}
