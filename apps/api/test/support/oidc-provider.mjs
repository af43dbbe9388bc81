// A real OpenID Connect provider (the `oidc-provider` package, ESM only, hence this separate process) for the
// single sign-on tests. Usage: node oidc-provider.mjs '<json config>'; prints "ready <issuer>" when listening.
// Its development login form accepts any login name as the subject; accounts' claims come from the config.
import Provider from 'oidc-provider';

const { port, clientId, clientSecret, redirectUri, accounts } = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  scopes: ['openid', 'email', 'profile'],
  pkce: { required: () => true },
  cookies: { keys: ['test-only-cookie-key'] },
  findAccount: async (_ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, ...(accounts[sub] ?? {}) }),
  }),
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
