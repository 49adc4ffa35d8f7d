// pattern: passport-jwt README Strategy setup, options composed from a shared base object (mikenicholson/passport-jwt); flaw at line 18
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const User = require('../models/user');
const config = require('../config');

const baseJwtOptions = {
  jwtFromRequest: ExtractJwt.fromExtractors([
    ExtractJwt.fromAuthHeaderAsBearerToken(),
    (req) => (req && req.cookies ? req.cookies.access_token : null),
  ]),
  issuer: config.auth.issuer,
  audience: config.auth.audience,
};

passport.use(
  'jwt',
  new JwtStrategy({ ...baseJwtOptions, secretOrKey: config.auth.jwtSecret }, async (payload, done) => {
    try {
      const user = await User.findById(payload.sub).lean();
      if (!user || user.disabled) return done(null, false);
      return done(null, user);
    } catch (err) {
      return done(err, false);
    }
  }),
);

module.exports = passport;
