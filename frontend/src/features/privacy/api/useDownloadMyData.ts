import { api, unwrap, useApiMutation } from '@/lib/api';
import { saveBlob } from '@/lib/files/saveBlob';

/** GET /api/me/data (downloadMyData): everything Kollekt holds about me, fetched with the bearer token and saved. */
export async function downloadMyData(): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/me/data', { parseAs: 'blob', headers: { Accept: 'application/json, application/problem+json' } }),
  );
  saveBlob(new Blob([blob], { type: 'application/json;charset=utf-8' }), 'kollekt-my-data.json');
}

export function useDownloadMyData() {
  return useApiMutation(downloadMyData);
}
