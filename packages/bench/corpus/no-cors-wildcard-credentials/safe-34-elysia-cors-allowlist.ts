import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';

const app = new Elysia()
  .use(cors({ origin: ['https://dash.trackly.app'], credentials: true }))
  .get('/health', () => 'ok')
  .listen(3000);

export type App = typeof app;
