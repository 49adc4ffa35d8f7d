import { createHmac, timingSafeEqual } from 'node:crypto';

function verify(payload: string, signature: string): boolean {
  const expected = createHmac('sha256', process.env.WEBHOOK_SECRET ?? '').update(payload).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function handleWebhook(body: string, signature: string) {
  if (!verify(body, signature)) throw new Error('bad signature');
  return JSON.parse(body) as unknown;
}
