import { Pool } from 'pg';

const pool = new Pool();
const EDITABLE = ['display_name', 'bio', 'website'] as const;

export async function updateProfile(userId: number, changes: Partial<Record<(typeof EDITABLE)[number], string>>) {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const column of EDITABLE) {
    if (changes[column] === undefined) continue;
    values.push(changes[column]);
    sets.push(`${column} = $${values.length}`);
  }
  if (sets.length === 0) return;
  values.push(userId);
  await pool.query(`UPDATE profiles SET ${sets.join(', ')} WHERE user_id = $${values.length}`, values);
}
