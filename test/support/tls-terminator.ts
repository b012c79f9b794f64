// Temporal behind mutual TLS, for tests: a CA, a server certificate and a client certificate made with openssl,
// and a TLS endpoint that checks the client's certificate and passes the stream on to the dev server (which
// speaks gRPC in clear, on the loopback). The dev server has no TLS of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { freePort } from '#dev-stack';

export const SERVER_NAME = 'temporal.bareun.test';

export interface Certificates {
  ca: string;
  clientCert: string;
  clientKey: string;
  /** A client certificate the CA never signed. */
  strangerCert: string;
  strangerKey: string;
}

export class TlsTerminator {
  /** How many connections passed the client-certificate check. */
  authorized = 0;

  private constructor(
    readonly port: number,
    readonly files: Certificates,
    private readonly server: Server,
    private readonly folder: string,
  ) {}

  static async start(target: string): Promise<TlsTerminator> {
    const folder = mkdtempSync(join(tmpdir(), 'bareun-tls-'));
    const files = makeCertificates(folder);
    const [host, port] = target.split(':');
    const server = createServer({
      key: readFileSync(join(folder, 'server.key')),
      cert: readFileSync(join(folder, 'server.pem')),
      ca: readFileSync(files.ca),
      requestCert: true,
      rejectUnauthorized: true,
      ALPNProtocols: ['h2'],
    });
    const terminator = new TlsTerminator(await freePort(), files, server, folder);
    server.on('secureConnection', (client: TLSSocket) => {
      terminator.authorized += 1;
      const upstream = connect(Number(port), host);
      for (const socket of [client, upstream]) socket.on('error', () => socket.destroy());
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    server.on('tlsClientError', () => {}); // a refused client: the test asserts on its side
    await new Promise<void>((resolve) => server.listen(terminator.port, '127.0.0.1', resolve));
    return terminator;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.folder, { recursive: true, force: true });
  }
}

function makeCertificates(folder: string): Certificates {
  const file = (name: string) => join(folder, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  const key = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file(name));
  key('ca.key');
  openssl('req', '-x509', '-new', '-key', file('ca.key'), '-subj', '/CN=Bareun test CA', '-days', '1', '-out', file('ca.pem'));
  const signed = (name: string, subject: string, extensions: string) => {
    key(`${name}.key`);
    openssl('req', '-new', '-key', file(`${name}.key`), '-subj', subject, '-out', file(`${name}.csr`));
    writeFileSync(file(`${name}.ext`), extensions);
    openssl(
      ...['x509', '-req', '-in', file(`${name}.csr`), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial'],
      ...['-days', '1', '-extfile', file(`${name}.ext`), '-out', file(`${name}.pem`)],
    );
  };
  signed('server', `/CN=${SERVER_NAME}`, `subjectAltName=DNS:${SERVER_NAME}\nextendedKeyUsage=serverAuth\n`);
  signed('client', '/CN=bareun-worker', 'extendedKeyUsage=clientAuth\n');
  key('stranger.key');
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    file('stranger.key'),
    '-subj',
    '/CN=stranger',
    '-days',
    '1',
    '-out',
    file('stranger.pem'),
  );
  return {
    ca: file('ca.pem'),
    clientCert: file('client.pem'),
    clientKey: file('client.key'),
    strangerCert: file('stranger.pem'),
    strangerKey: file('stranger.key'),
  };
}
