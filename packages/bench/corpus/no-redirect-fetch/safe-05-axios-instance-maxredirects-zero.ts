import axios from 'axios';

const client = axios.create({ timeout: 5000, maxRedirects: 0 });

export async function ping(url: string) {
  const res = await client.get(url, { validateStatus: () => true });
  return res.status;
}
