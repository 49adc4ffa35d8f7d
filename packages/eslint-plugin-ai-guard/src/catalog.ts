/**
 * The single list of failure classes. The plugin's rules and configs, the README rule table,
 * the Semgrep parity test and the docs all read from here; a rule exists once it is listed here.
 */
export interface CatalogEntry {
  /** The one name everywhere: ESLint rule (`ai-guard/<id>`), Semgrep rule id, file names, docs page. */
  readonly id: string;
  /** One line: the rule's `meta.docs.description` and the README table entry. */
  readonly summary: string;
  /** Full CWE titles, primary first, exactly as the Semgrep metadata lists them. */
  readonly cwe: readonly string[];
  /** OWASP Top 10 2021 categories, exactly as the Semgrep metadata lists them. */
  readonly owasp: readonly string[];
  /** Severity in the recommended config; the Semgrep twin uses the matching level. */
  readonly severity: 'error' | 'warn';
  /** Options the `strict` config turns on for the opt-in checks. */
  readonly strictOptions?: Readonly<Record<string, unknown>>;
  /**
   * Every distinct problem the rule reports, keyed by the ESLint `messageId` that reports it. The Semgrep twin
   * has one rule per check marked `python`, with the id `<rule-id>-<kebab-case messageId>` and the messageId in
   * `metadata.eslint-message-id`, so a finding says which check fired in both languages.
   */
  readonly checks: Readonly<Record<string, CheckEntry>>;
}

export interface CheckEntry {
  /** Whether the Semgrep pack mirrors this check for Python (option-only and JS-only checks do not). */
  readonly python: boolean;
  /** CWE titles for this check when they differ from the rule's own (debug mode is CWE-489, not CWE-209). */
  readonly cwe?: readonly string[];
}

const DEBUG_CODE_CWE = ['CWE-489: Active Debug Code', 'CWE-215: Insertion of Sensitive Information Into Debugging Code'];

export const catalog = [
  {
    id: 'jwt-pinned-algorithm',
    summary: 'Require JWT verification to pin one algorithm family and to verify before trusting claims',
    cwe: ['CWE-347: Improper Verification of Cryptographic Signature', 'CWE-327: Use of a Broken or Risky Cryptographic Algorithm'],
    owasp: ['A02:2021 - Cryptographic Failures', 'A07:2021 - Identification and Authentication Failures'],
    severity: 'error',
    strictOptions: { reportIgnoreExpiration: true },
    checks: {
      missingAlgorithms: { python: true },
      emptyAlgorithms: { python: true },
      algorithmsFromToken: { python: true },
      noneAlgorithm: { python: true },
      mixedAlgorithmFamilies: { python: true },
      signVerifyMismatch: { python: true },
      unverifiedDecode: { python: true },
      verificationDisabled: { python: true },
      ignoreExpiration: { python: false },
      unresolvedOptions: { python: false },
    },
  },
  {
    id: 'no-cors-wildcard-credentials',
    summary: 'Disallow credentialed CORS for any origin other than an explicit allowlist',
    cwe: ['CWE-942: Permissive Cross-domain Policy with Untrusted Domains', 'CWE-346: Origin Validation Error'],
    owasp: ['A05:2021 - Security Misconfiguration'],
    severity: 'error',
    strictOptions: { reportWildcardWithoutCredentials: true },
    checks: {
      anyOriginWithCredentials: { python: true },
      looseOriginRegex: { python: true },
      looseOriginCheck: { python: true },
      reflectedOriginHeader: { python: true },
      wildcardWithoutCredentials: { python: false },
    },
  },
  {
    id: 'no-redirect-fetch',
    summary: 'Disallow server-side requests that follow redirects from a host the client can choose',
    cwe: ['CWE-918: Server-Side Request Forgery (SSRF)'],
    owasp: ['A10:2021 - Server-Side Request Forgery (SSRF)'],
    severity: 'error',
    strictOptions: { reportNonConstantUrls: true },
    checks: {
      followsRequestUrl: { python: true },
      followsRedirects: { python: false },
    },
  },
  {
    id: 'safe-upload-name',
    summary: "Disallow storage paths built from an upload's client filename and type checks that trust its client MIME type",
    cwe: [
      "CWE-22: Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
      'CWE-434: Unrestricted Upload of File with Dangerous Type',
    ],
    owasp: ['A01:2021 - Broken Access Control', 'A04:2021 - Insecure Design'],
    severity: 'error',
    strictOptions: { reportPartialSanitizers: true },
    checks: {
      clientFilename: { python: true },
      partiallySanitizedFilename: { python: false },
      clientMimeType: { python: true },
      mimeOnlyValidator: { python: false },
    },
  },
  {
    id: 'no-stack-in-response',
    summary: 'Disallow stack traces and internal error details in HTTP responses',
    cwe: [
      'CWE-209: Generation of Error Message Containing Sensitive Information',
      'CWE-497: Exposure of Sensitive System Information to an Unauthorized Control Sphere',
    ],
    owasp: ['A05:2021 - Security Misconfiguration'],
    severity: 'error',
    strictOptions: { reportMessageIn4xx: true },
    checks: {
      stackInResponse: { python: true },
      errorObjectInResponse: { python: true },
      errorMessageInResponse: { python: true },
      errorhandlerInProduction: { python: false },
      debugModeEnabled: { python: true, cwe: DEBUG_CODE_CWE },
    },
  },
  {
    id: 'no-unvalidated-url-fetch',
    summary: 'Disallow server-side requests to a host taken from the request without a host check',
    cwe: ['CWE-918: Server-Side Request Forgery (SSRF)'],
    owasp: ['A10:2021 - Server-Side Request Forgery (SSRF)'],
    severity: 'error',
    checks: {
      unvalidatedRequestUrl: { python: true },
      rawStringHostCheck: { python: true },
    },
  },
  {
    id: 'no-sql-string-build',
    summary: 'Disallow SQL text built from data by concatenation, interpolation or formatting',
    cwe: ["CWE-89: Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"],
    owasp: ['A03:2021 - Injection'],
    severity: 'error',
    strictOptions: { reportNonRequestData: true },
    checks: {
      sqlStringBuilt: { python: true },
    },
  },
] as const satisfies readonly CatalogEntry[];

export type RuleId = (typeof catalog)[number]['id'];

export function catalogEntry(id: RuleId): CatalogEntry {
  const entry: CatalogEntry | undefined = catalog.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`ai-guard: no catalog entry for rule "${id}"`);
  return entry;
}

export const SEMGREP_SEVERITY: Record<CatalogEntry['severity'], 'ERROR' | 'WARNING'> = {
  error: 'ERROR',
  warn: 'WARNING',
};
