/**
 * A polite rate per host: requests to one host start at least `minIntervalMs` apart, one
 * after another in the order asked; other hosts are not held up.
 */

export interface HostPacer {
  /** Resolves when a request to `host` may start (and books that start). */
  turn(host: string): Promise<void>;
}

export function createHostPacer(minIntervalMs: number, sleep: (ms: number) => Promise<void> = delay): HostPacer {
  // Per host: when the last booked request starts, as a promise the next one waits on.
  const booked = new Map<string, Promise<number>>();
  return {
    turn(host) {
      const previous = booked.get(host);
      const start = (async () => {
        if (previous) {
          const last = await previous;
          const wait = last + minIntervalMs - Date.now();
          if (wait > 0) await sleep(wait);
        }
        return Date.now();
      })();
      booked.set(host, start);
      // Forget a host once its last booked start is older than the interval (bounded memory).
      void start.then(() => setTimeout(() => booked.get(host) === start && booked.delete(host), minIntervalMs).unref());
      return start.then(() => undefined);
    },
  };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
