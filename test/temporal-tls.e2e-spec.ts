// The API and the worker reach Temporal over mutual TLS when configured to (TEMPORAL_TLS_*): a whole submission
// goes through an endpoint that accepts only a client certificate of its CA, and a client without one, or with
// a certificate the CA never signed, does not get in.
import { readFileSync } from 'node:fs';
import { Connection } from '@temporalio/client';
import { reachStatus, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';
import { SERVER_NAME, TlsTerminator } from './support/tls-terminator.js';

let tls: TlsTerminator;
let system: System;
beforeAll(async () => {
  tls = await TlsTerminator.start(process.env.TEST_TEMPORAL_ADDRESS!);
  system = await System.start({
    TEMPORAL_ADDRESS: tls.address,
    TEMPORAL_TLS_CA_FILE: tls.files.ca,
    TEMPORAL_TLS_CERT_FILE: tls.files.clientCert,
    TEMPORAL_TLS_KEY_FILE: tls.files.clientKey,
    TEMPORAL_TLS_SERVER_NAME: SERVER_NAME,
  });
});
afterAll(async () => {
  await system?.stop();
  await tls?.stop();
});

it('runs a submission through mTLS, the API and the worker alike', async () => {
  const proposalId = await submittedProposal(system);
  await reachStatus(system, proposalId, 'EXPERT_REVIEW');
  expect(tls.authorized).toBeGreaterThanOrEqual(2); // the API's connection and the worker's
});

it('lets no client in without a certificate of its CA', async () => {
  const server = { serverRootCACertificate: readFileSync(tls.files.ca), serverNameOverride: SERVER_NAME };
  const stranger = { crt: readFileSync(tls.files.strangerCert), key: readFileSync(tls.files.strangerKey) };
  for (const options of [server, { ...server, clientCertPair: stranger }]) {
    const before = tls.authorized;
    await expect(Connection.connect({ address: tls.address, tls: options, connectTimeout: 2_000 })).rejects.toThrow();
    expect(tls.authorized).toBe(before);
  }
  // The same connection with the client certificate of the CA gets in: the refusals were the certificates'.
  const client = { crt: readFileSync(tls.files.clientCert), key: readFileSync(tls.files.clientKey) };
  const connection = await Connection.connect({ address: tls.address, tls: { ...server, clientCertPair: client } });
  await connection.close();
});
