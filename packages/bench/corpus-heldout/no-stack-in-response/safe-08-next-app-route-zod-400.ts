// pattern: Next.js app router route handler with zod parsing; validation message as 400, generic 500 for the rest
import { NextResponse } from 'next/server';
import { z, ZodError } from 'zod';
import { db } from '@/lib/db';

const createTaskSchema = z.object({
  title: z.string().min(1).max(200),
  dueDate: z.coerce.date().optional(),
});

export async function POST(request: Request) {
  try {
    const input = createTaskSchema.parse(await request.json());
    const task = await db.task.create({ data: input });
    return NextResponse.json(task, { status: 201 });
  } catch (error) {
    if (error instanceof ZodError) {
      return NextResponse.json({ error: error.message }, { status: 400 });
    }
    console.error('create task failed', error);
    return NextResponse.json({ error: 'Could not create task' }, { status: 500 });
  }
}
