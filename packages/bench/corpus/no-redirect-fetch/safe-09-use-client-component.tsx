'use client';

import { useEffect, useState } from 'react';

export function Preview({ url }: { url: string }) {
  const [text, setText] = useState('');
  useEffect(() => {
    fetch(url).then((r) => r.text()).then(setText);
  }, [url]);
  return <pre>{text}</pre>;
}
