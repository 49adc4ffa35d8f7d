export async function saveDraft(draft) {
  const res = await fetch(`/api/drafts/${draft.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  return res.ok;
}
