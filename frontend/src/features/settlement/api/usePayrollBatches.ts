import { api, unwrap, useApiQuery, type PayrollBatch } from '@/lib/api';

/** GET /api/payroll-batches: payroll batches, newest month first (admin). */
export function getPayrollBatches(signal?: AbortSignal): Promise<PayrollBatch[]> {
  return unwrap(api.GET('/api/payroll-batches', { signal }));
}

export function usePayrollBatches() {
  return useApiQuery(getPayrollBatches);
}
