# Annotated test for jwt-pinned-algorithm (PyJWT, python-jose, authlib).
import base64
import functools
import bcrypt
import codecs
import hmac
import json

import jwt
import jwt as pyjwt
from authlib.jose import JsonWebToken, JsonWebSignature
from authlib.jose import jwt as authlib_jwt
from jose import jws
from jose import jwt as jose_jwt
from jose.constants import ALGORITHMS
from jwt import PyJWKClient, decode
from functools import partial

SECRET = "change-me"
PUBLIC_KEY = open("public.pem").read()
PINNED = ["RS256"]
HMAC_ONLY = ("HS512",)
MIXED = ["HS256", "RS256"]
NO_ALGORITHMS = []
WITH_NONE = ["HS256", "none"]
UNVERIFIED = {"verify_signature": False}
VERIFY_AUDIENCE_OFF = {"verify_aud": False}
ALGORITHM = "RS256"


# ---- missingAlgorithms: PyJWT, every import style
def pyjwt_missing(token):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = jwt.decode(token, SECRET)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = decode(token, SECRET)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = pyjwt.decode(token, PUBLIC_KEY, audience="api")
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = jwt.decode(token, key=SECRET, options={"require": ["exp"]})
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = jwt.decode(token, SECRET, options=VERIFY_AUDIENCE_OFF)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = jwt.decode_complete(token, SECRET)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = jwt.api_jwt.decode(token, SECRET)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = jwt.PyJWT().decode(token, SECRET)
    return claims


def pyjwt_instance(token):
    decoder = jwt.PyJWT()
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    return decoder.decode(token, SECRET)


def jwks_raw_key(token):
    client = PyJWKClient("https://example.com/.well-known/jwks.json")
    signing_key = client.get_signing_key_from_jwt(token)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, signing_key.key, audience="api")


# ---- missingAlgorithms: python-jose and authlib
def jose_missing(token):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    return jose_jwt.decode(token, PUBLIC_KEY)


def jose_missing_with_options(token):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    return jose_jwt.decode(token, PUBLIC_KEY, options={"verify_aud": False})


def authlib_module_level(token):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    claims = authlib_jwt.decode(token, PUBLIC_KEY)
    claims.validate()
    return claims


# ruleid: jwt-pinned-algorithm-missing-algorithms
ANY_ALGORITHM = JsonWebToken()


# ---- missingAlgorithms: not reported
def pinned(token):
    # ok: jwt-pinned-algorithm-missing-algorithms
    a = jwt.decode(token, SECRET, algorithms=["HS512"])
    # ok: jwt-pinned-algorithm-missing-algorithms
    b = pyjwt.decode(token, PUBLIC_KEY, algorithms=PINNED)
    # ok: jwt-pinned-algorithm-missing-algorithms
    c = decode(token, SECRET, ["HS512"])
    # ok: jwt-pinned-algorithm-missing-algorithms
    d = jose_jwt.decode(token, PUBLIC_KEY, algorithms=[ALGORITHMS.RS256])
    # ok: jwt-pinned-algorithm-missing-algorithms
    e = jwt.decode(token, PUBLIC_KEY, algorithms=[ALGORITHM])
    return a, b, c, d, e


def options_unknown(token, settings, **kwargs):
    # ok: jwt-pinned-algorithm-missing-algorithms
    a = jwt.decode(token, SECRET, **kwargs)
    # ok: jwt-pinned-algorithm-missing-algorithms
    b = jwt.decode(token, SECRET, options=settings.JWT_OPTIONS)
    # ok: jwt-pinned-algorithm-missing-algorithms
    c = jwt.decode(token, SECRET, algorithms=settings.JWT_ALGORITHMS)
    return a, b, c


def jwks_pyjwk(token):
    client = PyJWKClient("https://example.com/.well-known/jwks.json")
    signing_key = client.get_signing_key_from_jwt(token)
    # ok: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, signing_key, audience="api")


def jwks_inline(token, client):
    # ok: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, client.get_signing_key_from_jwt(token))


def jwks_algorithm_from_key(token, client):
    signing_key = client.get_signing_key_from_jwt(token)
    # ok: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, signing_key.key, algorithms=[signing_key.algorithm_name])


# ok: jwt-pinned-algorithm-missing-algorithms
RS256_ONLY = JsonWebToken(["RS256"])


def authlib_pinned(token):
    # ok: jwt-pinned-algorithm-missing-algorithms
    return RS256_ONLY.decode(token, PUBLIC_KEY)


def near_misses(password, hashed, a, b, blob, data, raw):
    # ok: jwt-pinned-algorithm-missing-algorithms
    bcrypt.checkpw(password, hashed)
    # ok: jwt-pinned-algorithm-missing-algorithms
    hmac.compare_digest(a, b)
    # ok: jwt-pinned-algorithm-missing-algorithms
    base64.b64decode(blob)
    # ok: jwt-pinned-algorithm-missing-algorithms
    json.loads(data)
    # ok: jwt-pinned-algorithm-missing-algorithms
    raw.decode("utf-8")
    # ok: jwt-pinned-algorithm-missing-algorithms
    b"bytes".decode()
    # ok: jwt-pinned-algorithm-missing-algorithms
    codecs.decode(raw, "rot13")
    # ok: jwt-pinned-algorithm-missing-algorithms
    base64.urlsafe_b64decode(blob + "==").decode()


def local_decode_shadow():
    def decode(value, key):
        return value

    # ok: jwt-pinned-algorithm-missing-algorithms
    return decode("a", "b")


# ---- emptyAlgorithms
def empty(token):
    # ruleid: jwt-pinned-algorithm-empty-algorithms
    a = jwt.decode(token, SECRET, algorithms=[])
    # ruleid: jwt-pinned-algorithm-empty-algorithms
    b = jose_jwt.decode(token, SECRET, algorithms=NO_ALGORITHMS)
    # ruleid: jwt-pinned-algorithm-empty-algorithms
    c = decode(token, SECRET, ())
    return a, b, c


# ---- noneAlgorithm
def none_accepted(token):
    # ruleid: jwt-pinned-algorithm-none-algorithm
    a = jwt.decode(token, SECRET, algorithms=["HS256", "none"])
    # ruleid: jwt-pinned-algorithm-none-algorithm
    b = pyjwt.decode(token, "", algorithms=["NONE"])
    # ruleid: jwt-pinned-algorithm-none-algorithm
    c = jwt.decode(token, SECRET, algorithms=WITH_NONE)
    return a, b, c


# ruleid: jwt-pinned-algorithm-none-algorithm
NONE_TOO = JsonWebToken(["RS256", "none"])


# ---- mixedAlgorithmFamilies
def mixed(token):
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    a = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"])
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    b = jwt.decode(token, PUBLIC_KEY, algorithms=MIXED)
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    c = jose_jwt.decode(token, PUBLIC_KEY, algorithms=[ALGORITHMS.HS256, ALGORITHMS.RS256])
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    d = jwt.decode(token, PUBLIC_KEY, algorithms=list(jwt.algorithms.get_default_algorithms()))
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    e = jws.verify(token, PUBLIC_KEY, ["ES256", "HS512"])
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    f = jose_jwt.decode(token, PUBLIC_KEY, algorithms=ALGORITHMS.SUPPORTED)
    return a, b, c, d, e, f


# ruleid: jwt-pinned-algorithm-mixed-algorithm-families
BOTH_FAMILIES = JsonWebToken(["HS256", "RS256"])


def one_family(token):
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    a = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "PS256", "ES256"])
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    b = jwt.decode(token, SECRET, algorithms=HMAC_ONLY)
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    c = jws.verify(token, PUBLIC_KEY, ["RS256"])
    return a, b, c


# ---- algorithmsFromToken
def from_token(token, keys):
    header = jwt.get_unverified_header(token)
    key = keys[header["kid"]]
    # ruleid: jwt-pinned-algorithm-algorithms-from-token
    return jwt.decode(token, key, algorithms=[header["alg"]])


def from_token_inline(token):
    # ruleid: jwt-pinned-algorithm-algorithms-from-token
    return jwt.decode(token, PUBLIC_KEY, algorithms=[jwt.get_unverified_header(token)["alg"]])


def from_token_jose(token):
    unverified = jose_jwt.get_unverified_header(token)
    alg = unverified.get("alg")
    # ruleid: jwt-pinned-algorithm-algorithms-from-token
    return jose_jwt.decode(token, PUBLIC_KEY, algorithms=[alg])


def header_checked_first(token, keys):
    header = jwt.get_unverified_header(token)
    if header["alg"] not in PINNED:
        raise ValueError("unexpected algorithm")
    # ok: jwt-pinned-algorithm-algorithms-from-token
    return jwt.decode(token, keys[header["kid"]], algorithms=[header["alg"]])


def header_for_kid_only(token, keys):
    header = jwt.get_unverified_header(token)
    key = keys[header["kid"]]
    # ok: jwt-pinned-algorithm-algorithms-from-token
    return jwt.decode(token, key, algorithms=["RS256"])


def header_for_kid_only_jose(token, keys):
    # ok: jwt-pinned-algorithm-algorithms-from-token
    kid = jose_jwt.get_unverified_header(token)["kid"]
    # ok: jwt-pinned-algorithm-algorithms-from-token
    return jose_jwt.decode(token, keys[kid], algorithms=PINNED)


# ---- signVerifyMismatch
def check_before_signer(token):
    # the signer is defined below: the whole module counts
    # ruleid: jwt-pinned-algorithm-sign-verify-mismatch
    return jwt.decode(token, SECRET, algorithms=["HS384"])


def issue(user_id):
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS512")


def check(token):
    # ruleid: jwt-pinned-algorithm-sign-verify-mismatch
    return jwt.decode(token, SECRET, algorithms=["HS256"])


def check_matching(token):
    # ok: jwt-pinned-algorithm-sign-verify-mismatch
    return jwt.decode(token, SECRET, algorithms=["HS512"])


class TokenService:
    def verify(self, token):
        # ruleid: jwt-pinned-algorithm-sign-verify-mismatch
        return jose_jwt.decode(token, SECRET, algorithms=["HS384"])

    def verify_partner(self, token, partner_public_key):
        # ok: jwt-pinned-algorithm-sign-verify-mismatch
        return jose_jwt.decode(token, partner_public_key, algorithms=["ES256"])


# ---- verificationDisabled
def disabled(token):
    # ruleid: jwt-pinned-algorithm-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def disabled_by_constant(token):
    # ruleid: jwt-pinned-algorithm-verification-disabled
    return pyjwt.decode(token, SECRET, algorithms=["HS512"], options=UNVERIFIED)


def disabled_by_variable(token):
    options = {"verify_signature": False, "verify_exp": False}
    # ruleid: jwt-pinned-algorithm-verification-disabled
    return jwt.decode(token, SECRET, options=options)


def disabled_v1(token):
    # ruleid: jwt-pinned-algorithm-verification-disabled
    a = jwt.decode(token, verify=False)
    # ruleid: jwt-pinned-algorithm-verification-disabled
    b = jwt.decode(token, SECRET, False)
    return a, b


def disabled_jose(token):
    # ruleid: jwt-pinned-algorithm-verification-disabled
    return jose_jwt.decode(token, SECRET, options={"verify_signature": False})


# ruleid: jwt-pinned-algorithm-verification-disabled
LAX = jwt.PyJWT(options={"verify_signature": False})


def peek_then_verify(token, keys):
    # ok: jwt-pinned-algorithm-verification-disabled
    unverified = jwt.decode(token, options={"verify_signature": False})
    key = keys[unverified["iss"]]
    # ok: jwt-pinned-algorithm-verification-disabled
    return jwt.decode(token, key, algorithms=["RS256"], issuer=unverified["iss"])


# ---- unverifiedDecode
def current_user(token):
    claims = jose_jwt.get_unverified_claims(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return claims["sub"]


def is_admin(token):
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return jose_jwt.get_unverified_claims(token).get("role") == "admin"


def attach_user(request, token):
    claims = jose_jwt.get_unverified_claims(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    request.user = claims
    # ruleid: jwt-pinned-algorithm-unverified-decode
    if "admin" in claims["roles"]:
        return True
    return False


def role_from_header(token):
    header = jwt.get_unverified_header(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return header["role"]


def claims_logged_only(token, logger):
    claims = jose_jwt.get_unverified_claims(token)
    # ok: jwt-pinned-algorithm-unverified-decode
    logger.info("token for %s", claims["sub"])


def claims_then_verified(token, keys):
    claims = jose_jwt.get_unverified_claims(token)
    key = keys[claims["iss"]]
    verified = jose_jwt.decode(token, key, algorithms=PINNED)
    # ok: jwt-pinned-algorithm-unverified-decode
    return claims["sub"], verified


def key_id(token):
    header = jwt.get_unverified_header(token)
    # ok: jwt-pinned-algorithm-unverified-decode
    return header["kid"]


# ---- more import styles and holders
def more_missing(token, raw_key):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    a = jwt.api_jws.decode(token, raw_key)
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    b = pyjwt.decode_complete(token, raw_key, audience="api", issuer="me")
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    c = jwt.PyJWS().decode(token, raw_key)
    return a, b, c


def more_allowlists(token):
    # ruleid: jwt-pinned-algorithm-none-algorithm
    a = jws.verify(token, SECRET, ["none"])
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    b = JsonWebSignature(algorithms=["HS256", "ES256"])
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    c = pyjwt.decode(token, SECRET, algorithms=("HS512", "PS256"))
    # ruleid: jwt-pinned-algorithm-empty-algorithms
    d = JsonWebToken([])
    return a, b, c, d


def from_complete_header(token):
    # ok: jwt-pinned-algorithm-verification-disabled
    unverified = jwt.decode_complete(token, options={"verify_signature": False})["header"]
    # ruleid: jwt-pinned-algorithm-algorithms-from-token
    return jwt.decode(token, PUBLIC_KEY, algorithms=[unverified["alg"]], audience="api")


def user_id_from_claims(token):
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return jose_jwt.get_unverified_claims(token)["sub"]


def store_claim(session, token):
    claims = jose_jwt.get_unverified_claims(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    session["user_id"] = claims["sub"]


def is_owner(token, owner_id):
    claims = jose_jwt.get_unverified_claims(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return claims.get("sub") == owner_id


# ---- more near-misses
def more_ok(token, request, keys, settings):
    # ok: jwt-pinned-algorithm-sign-verify-mismatch
    a = jwt.encode({"sub": "1"}, SECRET, algorithm="HS512")
    # ok: jwt-pinned-algorithm-unverified-decode
    b = jwt.get_unverified_header(token).get("kid")
    # ok: jwt-pinned-algorithm-verification-disabled
    c = jwt.decode(token, SECRET, algorithms=["HS512"], options={"verify_aud": False})
    # ok: jwt-pinned-algorithm-missing-algorithms
    d = jose_jwt.decode(token, keys["main"], algorithms=ALGORITHMS.RS256)
    # ok: jwt-pinned-algorithm-missing-algorithms
    e = jwt.decode(token, SECRET, algorithms=[settings.JWT_ALGORITHM])
    # ok: jwt-pinned-algorithm-missing-algorithms
    f = JsonWebToken(["ES256"])
    # ok: jwt-pinned-algorithm-missing-algorithms
    g = jwt.decode(token, SECRET, *settings.JWT_ARGS)
    # ok: jwt-pinned-algorithm-missing-algorithms
    h = request.json.get("token", "").encode()
    # ok: jwt-pinned-algorithm-missing-algorithms
    i = settings.decoder.decode(token)
    return a, b, c, d, e, f, g, h, i


def kid_and_typ_only(token, keys):
    header = jose_jwt.get_unverified_header(token)
    # ok: jwt-pinned-algorithm-unverified-decode
    if header["typ"] != "JWT":
        raise ValueError("not a JWT")
    # ok: jwt-pinned-algorithm-algorithms-from-token
    return jose_jwt.decode(token, keys[header["kid"]], algorithms=PINNED)


def verified_then_used(token, request):
    claims = jose_jwt.get_unverified_claims(token)
    jose_jwt.decode(token, PUBLIC_KEY, algorithms=PINNED)
    # ok: jwt-pinned-algorithm-unverified-decode
    request.user = claims["sub"]


class Wrapper:
    def decode(self, token):
        return token

    def use(self, token):
        # ok: jwt-pinned-algorithm-missing-algorithms
        return self.decode(token)


def jwks_client_key(token, client):
    key = client.get_signing_key(jwt.get_unverified_header(token)["kid"])
    # ok: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, key, audience="api")


# ---- one short case per form
def form_missing_nested_call(request):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(request.headers.get("Authorization"), SECRET)


NONE_TUPLE = ("HS512", "None")
ALL_KNOWN = jwt.algorithms.get_default_algorithms()


def form_allowlist_constants(token):
    # ruleid: jwt-pinned-algorithm-none-algorithm
    a = jwt.decode(token, SECRET, algorithms=NONE_TUPLE)
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    b = jwt.decode(token, PUBLIC_KEY, algorithms=ALL_KNOWN)
    return a, b


def form_alg_from_reader(token):
    alg = jwt.get_unverified_header(token).get("alg")
    # ruleid: jwt-pinned-algorithm-algorithms-from-token
    return jwt.decode(token, PUBLIC_KEY, algorithms=[alg])


def form_jws_verify_unchecked(token):
    # ruleid: jwt-pinned-algorithm-verification-disabled
    return jws.verify(token, SECRET, ["HS512"], False)


def form_claims_not_owner(token, owner_id):
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return jose_jwt.get_unverified_claims(token)["sub"] != owner_id


def form_header_tenant(request, token):
    header = jwt.get_unverified_header(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    request.tenant = header["tenant"]


def form_near_misses(token, client, settings):
    # ok: jwt-pinned-algorithm-missing-algorithms
    a = jwt.decode(token, client.get_key(token), algorithms=["RS256"])
    # ok: jwt-pinned-algorithm-verification-disabled
    b = jwt.decode(token, SECRET, algorithms=HMAC_ONLY, options={"verify_signature": True})
    # ok: jwt-pinned-algorithm-missing-algorithms
    c = settings.jwt.decode(token)
    return a, b, c


# ---- a verified result used in a chain is one call, reported (or not) once
def chained_claim(token):
    # ok: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, SECRET, algorithms=["HS512"]).get("sub")


def chained_unpinned(token):
    # ruleid: jwt-pinned-algorithm-missing-algorithms
    return jwt.decode(token, SECRET).get("sub")


def chained_mixed(token):
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"])["sub"]


def pinned_allowlists(token):
    # ok: jwt-pinned-algorithm-empty-algorithms
    a = jwt.decode(token, SECRET, algorithms=["HS512"])
    # ok: jwt-pinned-algorithm-none-algorithm
    b = jwt.decode(token, SECRET, algorithms=["HS512", "HS384"])
    # ok: jwt-pinned-algorithm-none-algorithm
    c = JsonWebToken(["RS256"])
    return a, b, c


JWT_SETTINGS = {"algorithms": ["None", "HS256"], "leeway": 10}


def options_through_kwargs(token):
    # ruleid: jwt-pinned-algorithm-none-algorithm
    return jwt.decode(token, SECRET, **JWT_SETTINGS)


def refresh_at(access_token):
    # ok: jwt-pinned-algorithm-verification-disabled
    expires = jwt.decode(access_token, options={"verify_signature": False}).get("exp", 0)
    # ok: jwt-pinned-algorithm-verification-disabled
    issued = jwt.decode(access_token, options={"verify_signature": False})["iat"]
    # ruleid: jwt-pinned-algorithm-verification-disabled
    subject = jwt.decode(access_token, options={"verify_signature": False}).get("sub")
    return expires - issued, subject


# ---- python-jose unverified claims that leave the function or decide access
def claims_dependency(token):
    try:
        raw = jose_jwt.get_unverified_claims(token)
    except Exception:
        raise PermissionError("malformed token")
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return Principal.from_mapping(raw)


def claims_on_request_after_try(request, token):
    try:
        claims = jose_jwt.get_unverified_claims(token)
    except ValueError:
        return None
    # ruleid: jwt-pinned-algorithm-unverified-decode
    request.principal = claims


def claims_through_a_local(token):
    claims = jose_jwt.get_unverified_claims(token)
    tenant = claims.get("tenant_id")
    # ruleid: jwt-pinned-algorithm-unverified-decode
    return Principal(tenant=tenant, email=claims.get("email"))


def claims_expiry_after_try(token):
    try:
        claims = jose_jwt.get_unverified_claims(token)
    except ValueError:
        return 0
    # ok: jwt-pinned-algorithm-unverified-decode
    return claims["exp"]


def claims_counted_only(token, metrics):
    claims = jose_jwt.get_unverified_claims(token)
    # ok: jwt-pinned-algorithm-unverified-decode
    metrics.increment("tokens", tags={"client": claims.get("azp")})


# ---- an allowlist two names away
ACCEPTED_ALGORITHMS = ["ES256", "HS384"]
SIGNING_FAMILY = ["ES256", "ES384"]


def two_names_deep(token):
    accepted = ACCEPTED_ALGORITHMS
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    return jwt.decode(token, PUBLIC_KEY, algorithms=accepted)


def two_names_one_family(token):
    accepted = SIGNING_FAMILY
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    return jwt.decode(token, PUBLIC_KEY, algorithms=accepted)


# ---- flask-jwt-extended settings
def configure_flask_jwt(app):
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    app.config["JWT_DECODE_ALGORITHMS"] = ["RS512", "HS512"]
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    app.config.update(JWT_DECODE_ALGORITHMS=("HS256", "PS256"))
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    app.config["JWT_DECODE_ALGORITHMS"] = ["RS512"]
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    app.config["JWT_ALGORITHM"] = "RS512"


class TokenSettings:
    # ruleid: jwt-pinned-algorithm-mixed-algorithm-families
    JWT_DECODE_ALGORITHMS = ["EdDSA", "HS256"]
    # ok: jwt-pinned-algorithm-mixed-algorithm-families
    JWT_ALGORITHM = "EdDSA"


# ---- functools.partial over a verifier
# ruleid: jwt-pinned-algorithm-missing-algorithms
read_token = partial(jwt.decode, key=PUBLIC_KEY, audience="reports")
# ruleid: jwt-pinned-algorithm-missing-algorithms
read_jose_token = functools.partial(jose_jwt.decode, key=PUBLIC_KEY)
# ok: jwt-pinned-algorithm-missing-algorithms
read_pinned = partial(jwt.decode, key=PUBLIC_KEY, algorithms=["RS256"])
# ruleid: jwt-pinned-algorithm-mixed-algorithm-families
read_mixed = partial(jwt.decode, key=PUBLIC_KEY, algorithms=["RS256", "HS256"])
# ruleid: jwt-pinned-algorithm-verification-disabled
read_blind = partial(jwt.decode, options={"verify_signature": False})
# ok: jwt-pinned-algorithm-missing-algorithms
read_later = partial(jwt.decode, key=PUBLIC_KEY, audience="reports")


def read_later_pinned(token):
    # ok: jwt-pinned-algorithm-missing-algorithms
    return read_later(token, algorithms=["RS256"])


# ---- a decode without verification kept in a name
class PartnerClient:
    def refresh(self):
        with self._lock:
            self._token = self._fetch()
            # ok: jwt-pinned-algorithm-verification-disabled
            own = jwt.decode(self._token, options={"verify_signature": False})
            self._expires_at = own.get("exp", 0) - 30

    def whoami(self, token):
        # ruleid: jwt-pinned-algorithm-verification-disabled
        peeked = jwt.decode(token, options={"verify_signature": False})
        if peeked["exp"] < self._now():
            return None
        return peeked["sub"]


def blind_claims_after_try(token):
    try:
        # ruleid: jwt-pinned-algorithm-verification-disabled
        payload = jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        return None
    return load_user(payload)


def disabled_by_dict_call(token):
    # ruleid: jwt-pinned-algorithm-verification-disabled
    unchecked = jwt.decode(token, options=dict(verify_signature=False))
    relaxed = dict(verify_signature=False, verify_exp=False)
    # ruleid: jwt-pinned-algorithm-verification-disabled
    also_unchecked = jose_jwt.decode(token, SECRET, options=relaxed)
    return unchecked["sub"], also_unchecked["sub"]


def audience_off_by_dict_call(token):
    # ok: jwt-pinned-algorithm-verification-disabled
    return jwt.decode(token, SECRET, algorithms=["HS512"], options=dict(verify_aud=False))


def staff_only(token):
    claims = jose_jwt.get_unverified_claims(token)
    # ruleid: jwt-pinned-algorithm-unverified-decode
    if not claims.get("is_staff"):
        raise PermissionError("staff only")
    return "ok"


def claims_dependency_with_yield(token):
    # ruleid: jwt-pinned-algorithm-unverified-decode
    yield jose_jwt.get_unverified_claims(token)


def claims_present(token):
    claims = jose_jwt.get_unverified_claims(token)
    # ok: jwt-pinned-algorithm-unverified-decode
    if not claims:
        raise ValueError("empty token")
    # ok: jwt-pinned-algorithm-unverified-decode
    if claims.get("exp"):
        schedule_refresh(claims["exp"])
