function sendErrorDev(err, res) {
  res.status(err.statusCode).json({ status: err.status, message: err.message, stack: err.stack });
}

module.exports = (err, req, res, next) => {
  err.statusCode = err.statusCode || 500;
  err.status = err.status || 'error';
  sendErrorDev(err, res);
};
