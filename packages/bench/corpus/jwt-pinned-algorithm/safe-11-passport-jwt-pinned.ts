import passport from 'passport';
import { Strategy, ExtractJwt } from 'passport-jwt';

passport.use(
  new Strategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.JWT_SECRET,
      algorithms: ['HS256'],
    },
    (payload, done) => done(null, { id: payload.sub })
  )
);
