export { Outbox } from './outbox';
export type { NewOutboxEntry, OutboxEntry, OutboxKind, OutboxProblem, OutboxSend, OutboxSummary } from './outbox';
export { outbox, useOutboxEntries } from './phoneOutbox';
export { useOfflineSubmit } from './useOfflineSubmit';
export type { OfflineSubmitState } from './useOfflineSubmit';
