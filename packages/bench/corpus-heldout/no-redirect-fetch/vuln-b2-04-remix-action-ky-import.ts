// pattern: Remix action importing a recipe from a pasted URL with ky (sindresorhus/ky README, remix-run docs "action"); flaw at line 16
import { json, type ActionFunctionArgs } from "@remix-run/node";
import ky from "ky";
import { requireUserId } from "~/session.server";
import { createRecipeFromJsonLd } from "~/models/recipe.server";

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const sourceUrl = form.get("sourceUrl");

  if (typeof sourceUrl !== "string" || !/^https?:\/\//.test(sourceUrl)) {
    return json({ error: "Please paste a web address" }, { status: 400 });
  }

  const html = await ky.get(sourceUrl, { timeout: 15000, retry: 0 }).text();
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  if (!match) {
    return json({ error: "No recipe found on that page" }, { status: 422 });
  }

  const recipe = await createRecipeFromJsonLd(userId, JSON.parse(match[1]), sourceUrl);
  return json({ id: recipe.id });
}
