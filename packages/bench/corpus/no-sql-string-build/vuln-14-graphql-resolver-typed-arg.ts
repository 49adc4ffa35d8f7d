import { Pool } from 'pg';

const pool = new Pool();

interface ProductArgs {
  category: string;
  limit?: number;
}

export const resolvers = {
  Query: {
    async products(_parent: unknown, args: ProductArgs) {
      const { rows } = await pool.query(`SELECT id, name FROM products WHERE category = '${args.category}' LIMIT 20`);
      return rows;
    },
  },
};
