import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

export async function GET() {
  try {
    const posts = await db.post.findMany();
    return NextResponse.json(posts);
  } catch (error) {
    const err = error as Error;
    return NextResponse.json({ message: 'Failed to load posts', details: err.stack }, { status: 500 });
  }
}
