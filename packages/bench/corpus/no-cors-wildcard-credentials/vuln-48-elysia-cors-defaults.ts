import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';
import { jwt } from '@elysiajs/jwt';

const app = new Elysia()
  .use(cors())
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET! }))
  .get('/me', async ({ jwt, cookie: { auth } }) => {
    const profile = await jwt.verify(auth.value);
    return profile || { error: 'unauthorized' };
  })
  .listen(3000);

export type App = typeof app;
