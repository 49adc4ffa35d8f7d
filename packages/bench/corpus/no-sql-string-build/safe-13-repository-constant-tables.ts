import type { Knex } from 'knex';

const TABLE = 'feature_flags';
const EVENTS_TABLE = 'feature_events';

export class FlagStore {
  constructor(private readonly db: Knex) {}

  async exists(name: string): Promise<boolean> {
    const result = await this.db.raw(`SELECT EXISTS (SELECT 1 FROM ${TABLE} WHERE name = ?) AS present`, [name]);
    return result.rows[0].present;
  }

  async history(name: string, limit: number) {
    return this.db.raw(`SELECT * FROM ${EVENTS_TABLE} WHERE flag = ? ORDER BY id DESC LIMIT ${limit}`, [name]);
  }
}
