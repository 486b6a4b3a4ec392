export * from './selectors';
export * from './target';
export * from './suggestion';
export * from './batch';
export * from './receipt';
export { parseWith, ValidationError, type ValidationProblem } from './validate';
export * from './local';
export * from './outbox';
export * from './device';
