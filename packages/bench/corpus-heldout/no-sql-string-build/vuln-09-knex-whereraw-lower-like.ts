// pattern: knex query builder with whereRaw for a case-insensitive search in a TypeScript DAO; flaw at line 17
import type { Knex } from 'knex';

export interface CustomerRow {
  id: number;
  name: string;
  email: string;
}

export function createCustomerDao(db: Knex) {
  return {
    async search(term: string, limit = 20): Promise<CustomerRow[]> {
      const needle = term.trim().toLowerCase();
      return db<CustomerRow>('customers')
        .select('id', 'name', 'email')
        .whereNull('deleted_at')
        .whereRaw(`LOWER(name) LIKE '%${needle}%'`)
        .orderBy('name', 'asc')
        .limit(limit);
    },
  };
}
