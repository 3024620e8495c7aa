import { api, unwrap, useIdempotentSubmit } from '@/lib/api';
import type { PrintRun, PrintRunRequest } from './types';

export interface RecordPrintRunInput {
  campaignId: number;
  body: PrintRunRequest;
}

/** POST /api/shirt-campaigns/{id}/print-runs with its Idempotency-Key: each printed shirt adds a donation. */
export function recordPrintRun(key: string, { campaignId, body }: RecordPrintRunInput): Promise<PrintRun> {
  return unwrap(
    api.POST('/api/shirt-campaigns/{id}/print-runs', {
      params: { path: { id: campaignId }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

/** One key per print run; a retry resends its key (see lib/api/idempotency). */
export function useRecordPrintRun() {
  return useIdempotentSubmit(recordPrintRun);
}
