import jwt from 'jsonwebtoken';

function verifyAsync(token, options) {
  return new Promise((resolve, reject) => {
    jwt.verify(token, process.env.JWT_SECRET, options, (err, decoded) => (err ? reject(err) : resolve(decoded)));
  });
}

export async function accessToken(req) {
  return verifyAsync(req.get('authorization'), { algorithms: ['HS256'], audience: 'api' });
}

export async function refreshToken(req) {
  return verifyAsync(req.cookies.refresh, { audience: 'refresh' });
}
