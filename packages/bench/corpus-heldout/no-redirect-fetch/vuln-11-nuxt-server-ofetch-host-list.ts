// pattern: Nuxt/h3 server route (defineEventHandler + getQuery) calling ofetch $fetch, with a hostname list; flaw: line 18
import { defineEventHandler, getQuery, createError } from 'h3';
import { $fetch } from 'ofetch';

const ALLOWED = ['api.themoviedb.org', 'image.tmdb.org'];

export default defineEventHandler(async (event) => {
  const { target } = getQuery(event);
  if (typeof target !== 'string') {
    throw createError({ statusCode: 400, statusMessage: 'target is required' });
  }

  const parsed = new URL(target);
  if (!ALLOWED.includes(parsed.hostname)) {
    throw createError({ statusCode: 403, statusMessage: 'target host not allowed' });
  }

  return await $fetch(parsed.href, {
    headers: { Authorization: `Bearer ${process.env.TMDB_TOKEN}` },
    retry: 1,
  });
});
