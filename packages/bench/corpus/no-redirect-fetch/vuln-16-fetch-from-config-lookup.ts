import { getTenantConfig } from './tenants';

export async function pushEvent(tenantId: string, event: object) {
  const cfg = await getTenantConfig(tenantId);
  await fetch(cfg.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
}
