import jwt from 'jsonwebtoken';

export const verifyRefreshToken = (token) =>
  new Promise((resolve, reject) => {
    jwt.verify(token, process.env.REFRESH_SECRET, { algorithms: [] }, (err, decoded) => {
      if (err) return reject(err);
      resolve(decoded);
    });
  });
