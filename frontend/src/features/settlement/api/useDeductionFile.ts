import { api, unwrap, useApiMutation, type PayrollBatch } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';

/** GET /api/payroll-batches/{id}/deductions: the payroll office's CSV, fetched with the bearer token. */
export function getDeductionFile(id: number): Promise<Blob> {
  return unwrap(
    api.GET('/api/payroll-batches/{id}/deductions', {
      params: { path: { id } },
      parseAs: 'blob',
      headers: { Accept: 'text/csv, application/problem+json' },
    }),
  );
}

/** Downloads a batch's deduction file as <reference>.csv. */
export async function downloadDeductionFile(batch: PayrollBatch): Promise<void> {
  const blob = await getDeductionFile(batch.id);
  saveBlob(new Blob([blob], { type: 'text/csv;charset=utf-8' }), `${batch.reference}.csv`);
}

export function useDeductionFile() {
  return useApiMutation(downloadDeductionFile);
}
