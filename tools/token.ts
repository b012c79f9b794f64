// `npm run token -- --sub kim --roles department_manager --dept DIGITAL [--name 김민지] [--domains technical,external]`
import { parseArgs } from 'node:util';
import { signToken } from '#auth';
import { loadDotEnvIfPresent } from '#config';
import type { ReviewDomain, Role } from '#domain';
import { devJwtSecret } from './dev-secret.js';

loadDotEnvIfPresent();
const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'string' },
    dept: { type: 'string' },
    domains: { type: 'string', default: '' },
    expires: { type: 'string', default: '12h' },
  },
});
if (!values.sub || !values.roles || !values.dept) {
  console.error(
    'usage: npm run token -- --sub ID --roles ROLE[,ROLE] --dept CODE [--name NAME] [--domains D[,D]] [--expires 12h]',
  );
  process.exit(2);
}
if (process.env.AUTH_JWKS_URL) {
  console.error("AUTH_JWKS_URL is set: the API accepts only the sign-on's tokens, so a minted one would be refused");
  process.exit(2);
}
const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
try {
  const token = signToken(
    {
      sub: values.sub,
      name: values.name ?? values.sub,
      roles: list(values.roles) as Role[],
      dept: values.dept,
      domains: list(values.domains ?? '') as ReviewDomain[],
    },
    process.env.AUTH_JWT_SECRET || devJwtSecret(),
    // Issuer and audience when the API checks them (`||`: an empty value from .env means unset).
    {
      expiresIn: values.expires as `${number}h`,
      issuer: process.env.AUTH_ISSUER || undefined,
      audience: process.env.AUTH_AUDIENCE || undefined,
    },
  );
  console.log(token);
} catch (error) {
  console.error(`cannot mint that token: ${(error as Error).message}`);
  process.exit(2);
}
