const BASE = 'https://billing.internal.example.com';

export async function getInvoice(invoiceId: string) {
  const res = await fetch(new URL(`/invoices/${invoiceId}`, BASE));
  return res.json();
}
