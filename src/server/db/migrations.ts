import type { Db } from './db';

/** One schema version: statements run in order, in one transaction. */
export type Migration = { version: number; name: string; statements: readonly string[] };

/**
 * The schema, version by version; append only. field_state and change_log carry no foreign
 * key to workspaces: they are written only under that workspace's row lock, and the checks
 * would cost a lookup per change on the push path.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'sync server',
    statements: [
      `create table users (
        id text primary key,
        email text not null unique,
        password_hash text not null,
        created_at timestamptz not null default now()
      )`,
      `create table workspaces (
        id text primary key,
        name text not null unique,
        epoch text not null,
        next_seq bigint not null default 1,
        created_at timestamptz not null default now()
      )`,
      `create table members (
        workspace_id text not null references workspaces (id) on delete cascade,
        user_id text not null references users (id) on delete cascade,
        role text not null check (role in ('owner', 'member')),
        primary key (workspace_id, user_id)
      )`,
      `create index members_user on members (user_id)`,
      `create table tokens (
        token_hash text primary key,
        user_id text not null references users (id) on delete cascade,
        created_at timestamptz not null,
        expires_at timestamptz not null
      )`,
      `create index tokens_user on tokens (user_id)`,
      `create index tokens_expiry on tokens (expires_at)`,
      `create table clients (
        workspace_id text not null references workspaces (id) on delete cascade,
        client_id text not null,
        user_id text not null references users (id) on delete cascade,
        last_mid bigint not null default 0,
        schema_version integer,
        primary key (workspace_id, client_id)
      )`,
      `create table field_state (
        workspace_id text not null,
        tbl text not null,
        row_id text not null,
        field text not null,
        hlc text collate "C" not null,
        primary key (workspace_id, tbl, row_id, field)
      )`,
      `create table change_log (
        workspace_id text not null,
        seq bigint not null,
        tbl text not null,
        row_id text not null,
        field text not null,
        value json not null,
        hlc text collate "C" not null,
        primary key (workspace_id, seq)
      )`,
      `create table blobs (
        workspace_id text not null references workspaces (id) on delete cascade,
        sha256 text not null,
        size integer not null,
        bytes bytea not null,
        created_at timestamptz not null default now(),
        primary key (workspace_id, sha256)
      )`,
      `create table login_failures (
        email text not null,
        address text not null,
        at timestamptz not null
      )`,
      `create index login_failures_email on login_failures (email, at)`,
      `create index login_failures_address on login_failures (address, at)`,
      `create index login_failures_at on login_failures (at)`,
    ],
  },
  {
    version: 2,
    name: 'disabled users, known login addresses, log key',
    statements: [
      // Set by `user disable`: no login, and the user's tokens stop working.
      `alter table users add column disabled_at timestamptz`,
      // Addresses an account logged in from: the per-account throttle never blocks them.
      `create table login_addresses (
        user_id text not null references users (id) on delete cascade,
        address text not null,
        last_at timestamptz not null,
        primary key (user_id, address)
      )`,
      `create table server_secrets (
        name text primary key,
        value text not null
      )`,
      // Keys the hash that stands for an email address in the log (gen_random_uuid is strongly random).
      `insert into server_secrets (name, value)
        values ('log_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    ],
  },
];

/**
 * Brings the schema up to date. An advisory lock makes concurrent starts of several
 * instances on one PostgreSQL wait for each other instead of racing.
 */
export async function migrate(db: Db, all: readonly Migration[] = migrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('quotient.schema_migrations'))`);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      ran.push(migration.version);
    }
    return ran;
  });
}
