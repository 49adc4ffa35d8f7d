exports.orderDetails = async (req, res) => {
  const response = await fetch(`${process.env.ORDERS_API}/orders/${encodeURIComponent(req.params.id)}`, {
    headers: { authorization: `Bearer ${process.env.ORDERS_TOKEN}` },
  });
  res.status(response.status).json(await response.json());
};
