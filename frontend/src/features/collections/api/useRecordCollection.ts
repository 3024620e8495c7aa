import { api, unwrap, useIdempotentSubmit, type CollectionRequest, type DepartmentCollection } from '@/lib/api';

export interface RecordCollectionInput {
  departmentId: number;
  body: CollectionRequest;
}

/** POST /api/departments/{departmentId}/collections with its Idempotency-Key (money collected outside the app). */
export function recordCollection(key: string, { departmentId, body }: RecordCollectionInput): Promise<DepartmentCollection> {
  return unwrap(
    api.POST('/api/departments/{departmentId}/collections', {
      params: { path: { departmentId }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

/** One key per collection; a retry of the same collection resends its key (see lib/api/idempotency). */
export function useRecordCollection() {
  return useIdempotentSubmit(recordCollection);
}
