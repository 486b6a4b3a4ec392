import { Counter, Histogram, Registry } from 'prom-client';

/** What `GET /metrics` shows, in Prometheus text format. One registry per service instance (tests run several). */
export function createMetrics() {
  const registry = new Registry();
  const metrics = {
    registry,
    batches: new Counter({ name: 'mitgestalten_batches_total', help: 'Batches answered, by outcome', labelNames: ['outcome'] as const, registers: [registry] }),
    suggestionsStored: new Counter({ name: 'mitgestalten_suggestions_stored_total', help: 'Suggestions stored for the first time', registers: [registry] }),
    duplicatesRefused: new Counter({
      name: 'mitgestalten_duplicates_refused_total',
      help: 'Suggestions not stored again because they were already stored (repeated batch or another batch)',
      registers: [registry],
    }),
    responses: new Counter({ name: 'mitgestalten_http_responses_total', help: 'HTTP answers by status', labelNames: ['status'] as const, registers: [registry] }),
    latency: new Histogram({
      name: 'mitgestalten_http_request_duration_seconds',
      help: 'Time to answer, by route',
      labelNames: ['route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
