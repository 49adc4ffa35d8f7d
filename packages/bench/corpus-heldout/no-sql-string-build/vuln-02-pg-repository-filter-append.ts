// pattern: node-postgres repository class assembling a WHERE 1=1 query with += for optional filters; flaw at line 22
import { Pool } from 'pg';

export interface TicketFilters {
  status?: string;
  assignee?: number;
  limit?: number;
}

export class TicketRepository {
  constructor(private readonly pool: Pool) {}

  async search(filters: TicketFilters) {
    const values: unknown[] = [];
    let sql = 'SELECT id, title, status, assignee_id, created_at FROM tickets WHERE 1=1';

    if (filters.assignee) {
      values.push(filters.assignee);
      sql += ` AND assignee_id = $${values.length}`;
    }
    if (filters.status) {
      sql += ` AND status = '${filters.status}'`;
    }

    values.push(Math.min(filters.limit ?? 50, 200));
    sql += ` ORDER BY created_at DESC LIMIT $${values.length}`;

    const { rows } = await this.pool.query(sql, values);
    return rows;
  }
}
