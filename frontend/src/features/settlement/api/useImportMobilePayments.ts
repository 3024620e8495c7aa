import { api, unwrap, useApiMutation, type MobilePaymentImportResult } from '@/lib/api';

/** POST /api/mobile-payments/imports: a settlement file (CSV reference,amount,date) matched to pledges. */
export function importMobilePayments(csv: string): Promise<MobilePaymentImportResult> {
  return unwrap(
    api.POST('/api/mobile-payments/imports', {
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useImportMobilePayments() {
  return useApiMutation(importMobilePayments);
}
