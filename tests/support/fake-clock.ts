/** A clock tests move by hand, so retry waits of minutes pass in no time and every timestamp is known. */
export interface FakeClock {
  now: () => Date;
  advance(ms: number): void;
  /** Move to an absolute time (a Date or ISO string). */
  set(time: Date | string): void;
}

export function createFakeClock(start: Date | string = '2026-11-21T09:00:00.000Z'): FakeClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => void (current += ms),
    set: (time) => void (current = new Date(time).getTime()),
  };
}
