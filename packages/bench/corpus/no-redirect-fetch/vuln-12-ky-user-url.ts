'use server';

import ky from 'ky';

export async function validateWebhook(url: string): Promise<boolean> {
  const response = await ky.post(url, { json: { type: 'ping' }, throwHttpErrors: false });
  return response.ok;
}
