// pattern: mysql (mysqljs) connection.query callback inside an exported route handler module; flaw at line 11
import connection from '../config/mysql.js';

export function getOrderByReference(req, res) {
  const reference = req.params.reference;
  const customerId = req.user.id;

  connection.query(
    `SELECT o.id, o.reference, o.total, o.status
       FROM orders o
      WHERE o.customer_id = ${customerId}
        AND o.reference = '${reference}'`,
    (err, results) => {
      if (err) {
        console.error('order lookup failed', err);
        return res.status(500).json({ message: 'Unable to fetch order' });
      }
      if (!results.length) {
        return res.status(404).json({ message: 'Order not found' });
      }
      res.json(results[0]);
    }
  );
}
