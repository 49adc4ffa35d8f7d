// pattern: the-macs/binarc8-esa-hadistra server/src/config/passport.js (passport-jwt opts built by assignment); flaw: line 16
const passport = require('passport');
const JwtStrategy = require('passport-jwt').Strategy;
const ExtractJwt = require('passport-jwt').ExtractJwt;
const { User } = require('../models');

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromExtractors([
  ExtractJwt.fromAuthHeaderAsBearerToken(),
  (req) => (req && req.cookies ? req.cookies.jwt : null),
]);
opts.secretOrKey = process.env.JWT_SECRET;
opts.issuer = 'api.hadistra.id';

passport.use(
  new JwtStrategy(opts, async (jwtPayload, done) => {
    try {
      const user = await User.findByPk(jwtPayload.id, { attributes: ['id', 'email', 'role'] });
      if (!user) return done(null, false);
      return done(null, user);
    } catch (err) {
      return done(err, false);
    }
  })
);

module.exports = passport;
