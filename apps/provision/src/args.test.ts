import { parseProvisionArgs, UsageError } from './args.js';

const site = 'https://malmo.sharepoint.com/sites/utvecklingsplan';
const thumbprint = 'a'.repeat(64);

describe('the provisioning command line', () => {
  it('takes a certificate sign-in with tenant, client id and a SHA-256 thumbprint', () => {
    expect(
      parseProvisionArgs([
        '--site',
        `${site}/`,
        '--tenant',
        't',
        '--client-id',
        'c',
        '--certificate',
        'key.pem',
        '--thumbprint',
        thumbprint,
      ]),
    ).toEqual({
      siteUrl: site,
      signIn: { kind: 'certificate', tenantId: 't', clientId: 'c', certificatePath: 'key.pem', thumbprint },
    });
  });

  it('takes a device-code sign-in and the local emulator', () => {
    expect(
      parseProvisionArgs(['--site', site, '--tenant', 't', '--client-id', 'c', '--device-code']).signIn,
    ).toEqual({
      kind: 'deviceCode',
      tenantId: 't',
      clientId: 'c',
    });
    expect(
      parseProvisionArgs(['--site', 'http://127.0.0.1:4321/sites/utvecklingsplan', '--local']).signIn,
    ).toEqual({ kind: 'local' });
  });

  it('refuses a missing or malformed site, no sign-in, two sign-ins, a short thumbprint or an unknown flag', () => {
    const bad = [
      ['--local'],
      ['--site', 'not a url', '--local'],
      ['--site', site],
      ['--site', site, '--local', '--device-code'],
      ['--site', site, '--tenant', 't', '--client-id', 'c', '--certificate', 'k.pem', '--thumbprint', 'abc'],
      ['--site', site, '--device-code'],
      ['--site', site, '--local', '--force'],
    ];
    for (const argv of bad) expect(() => parseProvisionArgs(argv)).toThrow(UsageError);
  });
});
