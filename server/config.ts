import { z } from 'zod';
import type { BacklogOptions } from './service';
import { DEFAULT_SETTINGS } from './service';

const flag = z.enum(['1', 'true', 'yes', '0', 'false', 'no', '']).transform((value) => ['1', 'true', 'yes'].includes(value));
const perMinute = z.coerce.number().int().positive();

/** The service's environment, checked once at start: a wrong value stops it with the variable's name. */
const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8790),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'postgres://… erwartet').optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(5_000_000).default(DEFAULT_SETTINGS.maxBodyBytes),
  REQUIRE_SUBMIT_TOKEN: flag.default(false),
  TRUST_PROXY: flag.default(false),
  RATE_LIMIT_SUBMIT_PER_MINUTE: perMinute.default(DEFAULT_SETTINGS.rateLimits!.submit.limit),
  RATE_LIMIT_LOOKUP_PER_MINUTE: perMinute.default(DEFAULT_SETTINGS.rateLimits!.lookup.limit),
});

export type BacklogConfig = BacklogOptions & { port: number; host: string; dataDir?: string };

export function configFromEnvironment(env: NodeJS.ProcessEnv): BacklogConfig {
  const result = Environment.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Ungültige Umgebungsvariablen: ${problems}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : { dataDir: e.DATA_DIR }),
    logLevel: e.LOG_LEVEL,
    settings: {
      allowedOrigins: e.ALLOWED_ORIGINS.split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean),
      maxBodyBytes: e.MAX_BODY_BYTES,
      requireSubmitToken: e.REQUIRE_SUBMIT_TOKEN,
      trustProxy: e.TRUST_PROXY,
      rateLimits: {
        submit: { limit: e.RATE_LIMIT_SUBMIT_PER_MINUTE, windowSeconds: 60 },
        lookup: { limit: e.RATE_LIMIT_LOOKUP_PER_MINUTE, windowSeconds: 60 },
      },
    },
  };
}
