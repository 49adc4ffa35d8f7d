const { Op, literal } = require('sequelize');
const { Order } = require('../models');

exports.search = async (req, res) => {
  const orders = await Order.findAll({
    where: {
      status: { [Op.ne]: 'cancelled' },
      [Op.and]: literal(`shipping_address->>'city' = '${req.query.city}'`),
    },
    limit: 100,
  });
  res.json(orders);
};
