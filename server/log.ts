import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. What goes in is chosen field by field at each call: routes (never paths, which may
 * hold a receipt code), statuses, ids and counts; never suggestion text, answers or tokens.
 */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'mitgestalten-backlog' }, redact: { paths: ['authorization', '*.authorization', 'token', '*.token'], censor: '[entfernt]' } });
}
