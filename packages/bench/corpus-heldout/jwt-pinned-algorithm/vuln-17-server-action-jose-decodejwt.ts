// pattern: jose decodeJwt in a Next.js server action reading the session cookie; flaw: line 12
'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { decodeJwt } from 'jose';
import { prisma } from '@/server/prisma';

async function currentUserId(): Promise<string> {
  const token = (await cookies()).get('__session')?.value;
  if (!token) throw new Error('UNAUTHENTICATED');
  const { sub } = decodeJwt(token);
  if (!sub) throw new Error('UNAUTHENTICATED');
  return sub;
}

export async function updateProfile(formData: FormData) {
  const userId = await currentUserId();
  const displayName = String(formData.get('displayName') ?? '').trim().slice(0, 80);
  const bio = String(formData.get('bio') ?? '').trim().slice(0, 500);

  await prisma.profile.update({
    where: { userId },
    data: { displayName, bio },
  });

  revalidatePath('/settings/profile');
  return { ok: true };
}
