export type { OutboxEntry, OutboxSummary } from './outbox';
export { outbox, useOutboxEntries } from './phoneOutbox';
export { useOfflineSubmit } from './useOfflineSubmit';
