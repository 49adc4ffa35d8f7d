import { fetch } from 'undici';

export async function downloadManifest(manifestUrl) {
  const res = await fetch(manifestUrl, { method: 'GET' });
  if (!res.ok) throw new Error(`manifest ${res.status}`);
  return res.json();
}
