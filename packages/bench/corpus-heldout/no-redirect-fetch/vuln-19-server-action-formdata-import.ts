// pattern: Next.js server action taking a URL from FormData (recipe import), with a site allowlist; flaw: line 20
'use server';

import { redirect } from 'next/navigation';
import { parseRecipeHtml } from '@/lib/recipes/parse';
import { db } from '@/lib/db';
import { auth } from '@/auth';

const RECIPE_SITES = ['www.allrecipes.com', 'cooking.nytimes.com', 'www.seriouseats.com', 'www.bbcgoodfood.com'];

export async function importRecipe(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');

  const source = new URL(String(formData.get('recipeUrl')));
  if (!RECIPE_SITES.includes(source.hostname)) {
    return { error: 'We can only import from supported recipe sites for now.' };
  }

  const html = await fetch(source, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; PantryBot/1.0)' } }).then((r) => r.text());
  const recipe = parseRecipeHtml(html);
  const saved = await db.recipe.create({ data: { ...recipe, sourceUrl: source.href, ownerId: session.user.id } });
  redirect(`/recipes/${saved.id}`);
}
