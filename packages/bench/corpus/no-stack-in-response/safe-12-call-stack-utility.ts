export function describeCallSite(): string {
  const stack = new Error().stack ?? '';
  return stack.split('\n')[2]?.trim() ?? 'unknown';
}

export function debugLog(message: string) {
  console.debug(`[${describeCallSite()}] ${message}`);
}
