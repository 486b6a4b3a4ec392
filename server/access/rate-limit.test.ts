import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, useBacklogEngines } from '../../tests/support/backlog-engines';
import type { BacklogService } from '../service';
import { createRequestCounter } from './rate-limit';

const engines = useBacklogEngines();
const services: BacklogService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
});

describe.each(ENGINES)('request counting on %s', (engine) => {
  const rule = { limit: 40, windowSeconds: 60 };
  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 9, 0, seconds));

  it('lets exactly the limit through per window, however the requests spread over processes and arrive at once', async () => {
    const service = await engines.open(engine);
    services.push(service);
    // Two processes counting the same client in the same database, each claiming shares of the limit.
    const [one, two] = [createRequestCounter(service.database.db), createRequestCounter(service.database.db)];
    const verdicts = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 3 ? one : two)('lookup:192.0.2.7', rule, at(30))));
    expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(40);
    expect(verdicts.find((verdict) => !verdict.ok)).toEqual({ ok: false, retryAfterSeconds: 30 });

    // Another client has a limit of its own, and the next window starts afresh.
    expect(await one('lookup:198.51.100.4', rule, at(31))).toEqual({ ok: true });
    const next = await Promise.all(Array.from({ length: 41 }, () => two('lookup:192.0.2.7', rule, at(61))));
    expect(next.filter((verdict) => verdict.ok)).toHaveLength(40);
  });
});
