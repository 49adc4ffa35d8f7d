// pattern: Nuxt/h3 server route (defineEventHandler + readBody) calling ofetch $fetch; flaw: line 15
import { defineEventHandler, readBody, createError } from 'h3';
import { $fetch } from 'ofetch';

interface ImportBody {
  openapiUrl?: string;
}

export default defineEventHandler(async (event) => {
  const { openapiUrl } = await readBody<ImportBody>(event);
  if (!openapiUrl) {
    throw createError({ statusCode: 400, statusMessage: 'openapiUrl is required' });
  }

  const spec = await $fetch<Record<string, any>>(openapiUrl, { redirect: 'manual', retry: 0 });
  return {
    title: spec.info?.title ?? 'untitled',
    version: spec.info?.version ?? '0.0.0',
    paths: Object.keys(spec.paths ?? {}).length,
  };
});
