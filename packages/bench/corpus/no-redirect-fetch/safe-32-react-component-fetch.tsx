import { useEffect, useState } from 'react';

export function LinkPreview({ href }: { href: string }) {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    fetch(`/api/preview?url=${encodeURIComponent(href)}`)
      .then((response) => response.json())
      .then((data: { title: string }) => setTitle(data.title));
  }, [href]);
  return <span>{title ?? href}</span>;
}
