// Privacy filter: runs on the device before a suggestion is stored for sending (§ 35 SGB I,
// §§ 67 ff. SGB X, GDPR Art. 5 and 25). Framework-free; runs in browsers and in Node.
export { redact, possibleNames, redactSpan, redactedSegments, reviewSegments, countByKind, type RedactedSegment, type ReviewSegment } from './redact';
export { scrubUrl } from './scrub-url';
export { sensitiveTopics, findSensitiveTerms, type SensitiveTopic, type SensitiveTerm } from './sensitive-topics';
export { placeholder } from './placeholders';
export type { Finding, RedactOptions, RedactResult, Span } from './types';
