// pattern: mysql2 pool.promise().execute in a model module (models/product.js) called from a controller; flaw at line 17
const mysql = require('mysql2');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
  connectionLimit: 10,
});

const db = pool.promise();

class Product {
  static async findByCategory(category, maxPrice) {
    const statement =
      'SELECT id, name, price, stock FROM products WHERE category = "' + category + '" AND price <= ?';
    const [rows] = await db.execute(statement, [maxPrice]);
    return rows;
  }

  static async findById(id) {
    const [rows] = await db.execute('SELECT * FROM products WHERE id = ?', [id]);
    return rows[0] || null;
  }
}

module.exports = Product;
