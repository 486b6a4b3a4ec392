/** The part of a browser messaging port (`runtime.Port`) we use; tests can hand in a pair of fakes. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** How an error travels in a message: plain data, because ports and messages carry no Error objects. */
export function errorToMessage(error: unknown): { name: string; message: string; kind?: string } {
  const { name = 'Error', message = String(error), kind } = error as { name?: string; message?: string; kind?: string };
  return { name, message, ...(typeof kind === 'string' ? { kind } : {}) };
}
