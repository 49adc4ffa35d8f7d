import { db } from './db';

async function fetch(id: string) {
  return db.order.findUnique({ where: { id } });
}

export async function loadOrder(id: string) {
  return fetch(id);
}
