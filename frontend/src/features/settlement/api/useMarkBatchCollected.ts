import { api, unwrap, useApiMutation, type PayrollBatch } from '@/lib/api';

/** POST /api/payroll-batches/{id}/collected: after the payroll run, its pledges become collected (409 if already). */
export function markBatchCollected(id: number): Promise<PayrollBatch> {
  return unwrap(api.POST('/api/payroll-batches/{id}/collected', { params: { path: { id } } }));
}

export function useMarkBatchCollected() {
  return useApiMutation(markBatchCollected);
}
