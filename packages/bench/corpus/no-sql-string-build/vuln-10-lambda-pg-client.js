const { Client } = require('pg');

exports.handler = async (event) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const status = event.queryStringParameters.status;
    const result = await client.query('SELECT id, total FROM orders WHERE status = \'' + status + '\'');
    return { statusCode: 200, body: JSON.stringify(result.rows) };
  } finally {
    await client.end();
  }
};
