// pattern: Remix route loader gating an admin page on claims read with jsonwebtoken decode (remix docs "Sessions" createCookieSessionStorage loader pattern); flaw at line 15
import { json, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import jwt from "jsonwebtoken";
import { getSession } from "~/sessions.server";
import { listPendingPayouts } from "~/models/payout.server";

type AccessClaims = { sub: string; role: "admin" | "member"; name: string };

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request.headers.get("Cookie"));
  const accessToken = session.get("accessToken") as string | undefined;
  if (!accessToken) throw redirect("/login");

  const claims = jwt.decode(accessToken) as AccessClaims | null;
  if (!claims || claims.role !== "admin") {
    throw redirect("/");
  }

  const payouts = await listPendingPayouts();
  return json({ adminName: claims.name, payouts });
}

export default function AdminPayouts() {
  const { adminName, payouts } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Pending payouts</h1>
      <p>Signed in as {adminName}</p>
      <ul>
        {payouts.map((p) => (
          <li key={p.id}>
            {p.recipient}: {p.amount} {p.currency}
          </li>
        ))}
      </ul>
    </main>
  );
}
