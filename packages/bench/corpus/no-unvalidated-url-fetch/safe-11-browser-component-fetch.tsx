'use client';

import { useEffect, useState } from 'react';

export function RemoteBadge({ src }: { src: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    fetch(src).then((r) => r.text()).then(setSvg);
  }, [src]);
  return <span dangerouslySetInnerHTML={{ __html: svg }} />;
}
