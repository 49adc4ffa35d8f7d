import fetch from 'node-fetch';

export async function resolveOEmbed(endpoint: string, pageUrl: string) {
  const res = await fetch(`${endpoint}?url=${encodeURIComponent(pageUrl)}&format=json`);
  return res.json();
}
