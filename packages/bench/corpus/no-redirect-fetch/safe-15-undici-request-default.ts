import { request } from 'undici';

export async function headStatus(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { method: 'HEAD' });
  await body.dump();
  return statusCode;
}
