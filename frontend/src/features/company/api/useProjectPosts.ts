import { api, unwrap, useApiQuery, type ProjectPost } from '@/lib/api';

/** GET /api/ngos, flattened to the open project posts a split can go to. */
export async function getOpenPosts(signal?: AbortSignal): Promise<ProjectPost[]> {
  const ngos = await unwrap(api.GET('/api/ngos', { signal }));
  return ngos.flatMap((ngo) => ngo.posts).filter((post) => post.active);
}

export function useOpenPosts() {
  return useApiQuery(getOpenPosts);
}
