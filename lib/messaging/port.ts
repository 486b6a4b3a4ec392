/** The part of a browser messaging port (`runtime.Port`) we use; tests can hand in a pair of fakes. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}
