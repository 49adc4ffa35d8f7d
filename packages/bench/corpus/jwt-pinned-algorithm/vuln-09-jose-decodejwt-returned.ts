import { decodeJwt } from 'jose';
import { cookies } from 'next/headers';

export async function currentUser() {
  const token = (await cookies()).get('session')?.value;
  if (!token) return null;
  const payload = decodeJwt(token);
  return { id: payload.sub, email: payload.email as string };
}
