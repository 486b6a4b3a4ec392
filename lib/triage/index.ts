// Triage rules shared by the backlog service and the triage board: pure, no I/O.
export { STATUS_TRANSITIONS, checkStatusChange, checkMerge, type TransitionVerdict, type MergeVerdict } from './workflow';
