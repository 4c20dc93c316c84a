import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

// `prisma generate` never connects, but the CLI validates env("DATABASE_URL") in the
// schema and, when it is missing, falls back to downloading a native engine (which
// fails offline). A placeholder keeps generate offline; commands that do connect
// (migrate deploy/status/diff) fail with a clear "can't reach database" message.
process.env.DATABASE_URL ||= 'postgresql://database-url-not-set.invalid:5432/unset'; // empty = unset, as for the app

// Workaround for @prisma/adapter-pg 6.19: its column-type mapping has no case for
// PostgreSQL's `name` type (OID 19), which the JS schema engine's catalog queries
// return (e.g. pg_class.relname), so `migrate deploy` fails with "Column type 'name'
// could not be deserialized". `name` is a 63-byte string: reporting it as `text`
// (OID 25) is exact. Only the CLI's connections use this client.
const NAME_OID = 19;
const TEXT_OID = 25;
class NameAsTextClient extends pg.Client {
  override query(...args: any[]): any {
    const patch = (r: any) => {
      for (const f of r?.fields ?? []) if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID;
      return r;
    };
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, r: unknown) => last(err, err ? r : patch(r));
      return (super.query as any)(...args);
    }
    const result = (super.query as any)(...args);
    return result && typeof result.then === 'function' ? result.then(patch) : result;
  }
}

// The CLI runs the JS schema engine over the pg driver adapter: no native engine.
// allowExitOnIdle: the pool's idle connection would otherwise keep the CLI alive for pg's
// 10 s idle timeout after its work is done (every `migrate deploy` took 12 s instead of 2).
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL, Client: NameAsTextClient, allowExitOnIdle: true } as pg.PoolConfig);
  },
});
