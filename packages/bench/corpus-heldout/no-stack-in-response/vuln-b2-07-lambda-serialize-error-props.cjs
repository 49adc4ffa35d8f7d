// pattern: AWS Lambda proxy handler serialising the caught error with getOwnPropertyNames (StackOverflow "JSON.stringify an Error" answers, serverless examples); flaw at line 23
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const respond = (statusCode, body) => ({
  statusCode,
  headers: { 'Content-Type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

module.exports.getOrder = async (event) => {
  const { orderId } = event.pathParameters || {};
  try {
    const { Item } = await ddb.send(
      new GetCommand({ TableName: process.env.ORDERS_TABLE, Key: { pk: `ORDER#${orderId}` } }),
    );
    if (!Item) return respond(404, { message: 'Order not found' });
    return respond(200, Item);
  } catch (err) {
    console.error(err);
    return respond(500, JSON.stringify(err, Object.getOwnPropertyNames(err)));
  }
};
