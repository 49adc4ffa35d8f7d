// pattern: React client component ("use client") fetching a user-entered feed URL in the browser
'use client';

import { useState } from 'react';

type FeedItem = { title: string; link: string };

export default function FeedPreview() {
  const [feedUrl, setFeedUrl] = useState('');
  const [items, setItems] = useState<FeedItem[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function loadFeed(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const response = await fetch(feedUrl, { headers: { accept: 'application/rss+xml' } });
      const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
      setItems(
        Array.from(xml.querySelectorAll('item')).slice(0, 10).map((node) => ({
          title: node.querySelector('title')?.textContent ?? '',
          link: node.querySelector('link')?.textContent ?? '',
        })),
      );
    } catch {
      setError('Could not load that feed');
    }
  }

  return (
    <form onSubmit={loadFeed}>
      <input value={feedUrl} onChange={(e) => setFeedUrl(e.target.value)} placeholder="https://example.com/feed.xml" />
      <button type="submit">Preview</button>
      {error && <p role="alert">{error}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.link}>
            <a href={item.link}>{item.title}</a>
          </li>
        ))}
      </ul>
    </form>
  );
}
