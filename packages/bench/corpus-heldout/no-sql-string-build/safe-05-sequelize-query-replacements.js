// pattern: sequelize.query with named replacements and QueryTypes.SELECT in a statistics controller
const { QueryTypes } = require('sequelize');
const { sequelize } = require('../models');

exports.getUserStats = async (req, res, next) => {
  try {
    const { userId } = req.params;
    const year = req.query.year || new Date().getFullYear();

    const stats = await sequelize.query(
      `SELECT COUNT(*) AS orders, COALESCE(SUM(total), 0) AS spent
         FROM "Orders"
        WHERE "userId" = :userId
          AND EXTRACT(YEAR FROM "createdAt") = :year`,
      { replacements: { userId, year }, type: QueryTypes.SELECT }
    );

    res.json(stats[0]);
  } catch (err) {
    next(err);
  }
};
