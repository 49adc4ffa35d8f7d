import type { Knex } from 'knex';

export class ReportService {
  constructor(private readonly db: Knex) {}

  async revenueByRegion(region: string) {
    const result = await this.db.raw(
      `SELECT date_trunc('month', paid_at) AS month, SUM(amount) AS total
         FROM payments
        WHERE region = '${region}'
        GROUP BY 1 ORDER BY 1`,
    );
    return result.rows;
  }
}
