import { api, unwrap, useApiMutation, type PayrollBatch, type PayrollBatchRequest } from '@/lib/api';

/** POST /api/payroll-batches: batch a country's pledges up to the end of a month (409 if it exists, 422 if empty). */
export function createPayrollBatch(body: PayrollBatchRequest): Promise<PayrollBatch> {
  return unwrap(api.POST('/api/payroll-batches', { body }));
}

export function useCreatePayrollBatch() {
  return useApiMutation(createPayrollBatch);
}
