import { assertPublicUrl } from './ssrf-guard';

export async function safeFetch(input: string, maxHops = 3): Promise<Response> {
  let current = new URL(input);
  for (let hop = 0; hop <= maxHops; hop++) {
    await assertPublicUrl(current);
    const res = await fetch(current, { redirect: 'manual' });
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return res;
    current = new URL(location, current);
  }
  throw new Error('too many redirects');
}
