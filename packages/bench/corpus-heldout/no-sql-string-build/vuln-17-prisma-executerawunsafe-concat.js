// pattern: Prisma $executeRawUnsafe for a bulk status update in an Express admin controller; flaw at line 11
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function setOrderStatus(req, res, next) {
  try {
    const { status } = req.body;
    const { orderId } = req.params;

    let statement = 'UPDATE "Order" SET "status" = \'' + status + '\', "updatedAt" = NOW()';
    statement += ' WHERE "id" = $1';

    const count = await prisma.$executeRawUnsafe(statement, orderId);
    res.json({ updated: count });
  } catch (err) {
    next(err);
  }
}

module.exports = { setOrderStatus };
