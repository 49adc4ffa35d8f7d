// pattern: "use client" React component fetching a user-typed URL from the browser (react.dev "You Might Not Need an Effect" fetching example)
"use client";

import { useState } from "react";

export default function FeedTester() {
  const [url, setUrl] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function handleTest(e: React.FormEvent) {
    e.preventDefault();
    setLoading(true);
    try {
      const res = await fetch(url, { headers: { Accept: "application/rss+xml" } });
      const text = await res.text();
      setResult(`${res.status} ${res.statusText}, ${text.length} bytes`);
    } catch (err) {
      setResult("Request failed (the site may not allow cross-origin requests)");
    } finally {
      setLoading(false);
    }
  }

  return (
    <form onSubmit={handleTest}>
      <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.com/feed.xml" />
      <button type="submit" disabled={loading}>
        {loading ? "Testing..." : "Test feed"}
      </button>
      {result && <p>{result}</p>}
    </form>
  );
}
