import argon2 from 'argon2';
import { db } from './db';

export async function checkPassword(email: string, password: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { email } });
  if (!row) return false;
  return argon2.verify(row.passwordHash, password);
}
