import { api, unwrap, useApiMutation } from '@/lib/api';
import type { ShirtCampaign } from './types';

/** The image types the API takes (it checks the file's content too), and its size limit. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** PUT /api/shirt-campaigns/{id}/image (admins): the file as the raw body, typed by its Content-Type. */
export function uploadPrintImage({ id, file }: { id: number; file: File }): Promise<ShirtCampaign> {
  return unwrap(
    api.PUT('/api/shirt-campaigns/{id}/image', {
      params: { path: { id } },
      // the contract types a binary body as a string; the file goes as it is
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': file.type },
    }),
  );
}

export function useUploadPrintImage() {
  return useApiMutation(uploadPrintImage);
}
