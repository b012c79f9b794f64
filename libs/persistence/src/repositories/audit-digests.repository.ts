// The daily audit digests (audit-digest.ts): the heads they are made of, and the digests, appended and read.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChainHead, SignedDigest } from '../audit-digest.js';
import { dataSourceOf, type Db } from '../typeorm-internals.js';

const COLUMNS = `to_char(day, 'YYYY-MM-DD') AS day, at, body, digest_hash AS "digestHash", key_id AS "keyId", signature`;

@Injectable()
export class AuditDigestsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  /** Every proposal's chain head as the table holds it now, by proposal id. */
  async chainHeads(): Promise<ChainHead[]> {
    return this.db.query(
      `SELECT proposal_id AS "proposalId", count(*)::int AS entries, (array_agg(hash ORDER BY seq DESC))[1] AS "lastHash"
         FROM audit_entries GROUP BY proposal_id ORDER BY proposal_id`,
    );
  }

  /**
   * Appends the digest `make` builds on the newest one, under a lock, so two publishers never both link to the
   * same digest; answers what was appended.
   */
  async appendLinked(make: (previous: SignedDigest | undefined) => SignedDigest): Promise<SignedDigest> {
    return dataSourceOf(this.db).transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit_digests', 0))`);
      const [previous] = await new AuditDigestsRepository(tx).history(1, 0).then(([rows]) => rows);
      const digest = make(previous);
      await tx.query(
        'INSERT INTO audit_digests (day, at, body, digest_hash, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6)',
        [digest.day, digest.at, digest.body, digest.digestHash, digest.keyId, digest.signature],
      );
      return digest;
    });
  }

  /** The newest digests first, and how many there are. */
  async history(limit: number, offset: number): Promise<[SignedDigest[], number]> {
    const rows: SignedDigest[] = await this.db.query(
      `SELECT ${COLUMNS} FROM audit_digests ORDER BY seq DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const [{ total }]: { total: number }[] = await this.db.query('SELECT count(*)::int AS total FROM audit_digests');
    return [rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() })), total];
  }

  async latest(): Promise<SignedDigest | undefined> {
    const [[row]] = await this.history(1, 0);
    return row;
  }
}
