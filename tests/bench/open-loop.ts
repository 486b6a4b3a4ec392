/**
 * An open-loop load generator: requests start on a fixed schedule whether or not earlier ones were answered,
 * and each latency counts from when its request was due, not from when a free connection got to send it.
 *
 * Why beside autocannon's closed loop: a closed loop (each client sends again as soon as it is answered) finds the
 * most a service can take, and at that rate every request queues by definition. With 50 clients holding 100
 * suggestions each, Little's law makes the mean wait 5,000 / throughput: 420 ms at 12,000 suggestions/s, for any
 * service, however fast. The latency a sender meets at a given load is what this generator measures: the rate is
 * fixed, the answer time is the service's. autocannon's own rate mode is no substitute: each connection sends its
 * whole second's quota at once, all connections on the same tick, and it times from the actual send, so a backlog
 * of due requests would not show (coordinated omission).
 */
import { Agent, request as httpRequest } from 'node:http';

export interface ScheduledRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface OpenLoopResult {
  /** Milliseconds from each request's due time to its complete answer, sorted ascending; failures included. */
  latencies: number[];
  /** Requests answered with a 2xx status. */
  succeeded: number;
  /** Requests answered otherwise, or not at all. */
  failed: number;
  /** Requests answered with a 2xx status per second, from the first due time to the last answer. */
  succeededPerSecond: number;
}

export interface OpenLoopOptions {
  url: string;
  /** One request per entry, sent in this order, evenly spaced at `ratePerSecond`. */
  requests: ScheduledRequest[];
  ratePerSecond: number;
  /** Keep-alive connections; a request due while all are busy waits for one, and that wait counts. */
  connections: number;
  onResponse?: (status: number, body: string) => void;
}

const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));

export async function openLoop({ url, requests, ratePerSecond, connections, onResponse }: OpenLoopOptions): Promise<OpenLoopResult> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let succeeded = 0;
  let failed = 0;

  const send = (scheduled: ScheduledRequest, due: number) =>
    new Promise<void>((resolve) => {
      const finish = (status: number, body: string) => {
        latencies.push(performance.now() - due);
        if (status >= 200 && status < 300) succeeded++;
        else failed++;
        onResponse?.(status, body);
        resolve();
      };
      const outgoing = httpRequest({ agent, hostname, port, method: scheduled.method, path: scheduled.path, headers: scheduled.headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => finish(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
        response.on('error', () => finish(0, ''));
      });
      outgoing.on('error', () => finish(0, ''));
      outgoing.end(scheduled.body);
    });

  const interval = 1000 / ratePerSecond;
  const firstDue = performance.now() + 20;
  const answers: Array<Promise<void>> = [];
  for (const [index, scheduled] of requests.entries()) {
    const due = firstDue + index * interval;
    await sleepUntil(due);
    answers.push(send(scheduled, due));
  }
  await Promise.all(answers);
  const elapsedSeconds = (performance.now() - firstDue) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, succeeded, failed, succeededPerSecond: succeeded / elapsedSeconds };
}
