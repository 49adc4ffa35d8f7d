// pattern: Next.js server action taking a URL from FormData (calendar subscription), with a substring check; flaw: line 18
'use server';

import { revalidatePath } from 'next/cache';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { parseIcs } from '@/lib/ics';

export async function subscribeCalendar(formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: 'Not signed in' };

  const icsUrl = String(formData.get('icsUrl') ?? '').trim();
  if (!icsUrl.includes('calendar.google.com') && !icsUrl.includes('outlook.office365.com')) {
    return { error: 'Only Google and Outlook calendars are supported' };
  }

  const res = await fetch(icsUrl, { redirect: 'manual', cache: 'no-store' });
  if (res.status !== 200) return { error: 'Calendar could not be loaded' };
  const events = parseIcs(await res.text());

  await db.calendar.create({ data: { ownerId: session.user.id, icsUrl, eventCount: events.length } });
  revalidatePath('/calendars');
  return { ok: true, events: events.length };
}
