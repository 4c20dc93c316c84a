import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The table-ownership rule of `pnpm lint:deps`, over the real API and over copies with a module reaching into another's table. */
const root = path.resolve(__dirname, '../..');

function check(dir?: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/ci/check-table-owners.mjs'), ...(dir ? ['--root', dir] : [])], { cwd: root, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A copy of the schema and the API modules, with `files` added (paths under apps/api/src/modules). */
function copyWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'table-owners-'));
  mkdirSync(path.join(dir, 'prisma'));
  cpSync(path.join(root, 'prisma/schema.prisma'), path.join(dir, 'prisma/schema.prisma'));
  cpSync(path.join(root, 'apps/api/src/modules'), path.join(dir, 'apps/api/src/modules'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'apps/api/src/modules', file)), { recursive: true });
    writeFileSync(path.join(dir, 'apps/api/src/modules', file), text);
  }
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const violating = (files: Record<string, string>) => {
  const dir = copyWith(files);
  dirs.push(dir);
  return check(dir);
};

it('passes on the real modules', () => {
  const r = check();
  expect(r.output).toContain('every module of apps/api touches only its own tables');
  expect(r.status).toBe(0);
});

it("fails when a module writes another context's table with raw SQL, naming the file, line and owner", () => {
  const r = violating({ 'ordering/persistence/sneaky.ts': "import { sql } from 'x';\nexport const q = sql`UPDATE variants SET available = available - 1`;\n" });
  expect(r.status).toBe(1);
  expect(r.output).toContain('apps/api/src/modules/ordering/persistence/sneaky.ts:2 writes variants, a table of catalog');
});

it("fails when a module reads another context's table through Prisma, unless it is a declared read model", () => {
  const r = violating({
    'wishlist/persistence/sneaky.ts': 'export const q = (tx: any) => tx.order.findMany({});\n',
    'analytics/fine.ts': 'export const q = (tx: any) => tx.order.findMany({});\n',
  });
  expect(r.status).toBe(1);
  expect(r.output).toContain('wishlist/persistence/sneaky.ts:1 reads orders, a table of ordering');
  expect(r.output).not.toContain('analytics/fine.ts');
});

it('fails on a read model that writes what it may only read, and on a new module with no entry', () => {
  const r = violating({ 'analytics/bad.ts': "export const q = 'DELETE FROM orders';\n", 'loyalty/loyalty.module.ts': 'export class LoyaltyModule {}\n' });
  expect(r.output).toContain('analytics/bad.ts:1 writes orders');
  expect(r.output).toContain('apps/api/src/modules/loyalty is not in scripts/ci/table-owners.mjs');
});

it('keeps the contexts split out of ordering apart: checkout code writing a cart or a discount row itself fails', () => {
  const r = violating({
    'ordering/persistence/sneaky.ts': "export const q = 'DELETE FROM cart_lines';\nexport const w = (tx: any) => tx.discountRedemption.create({});\n",
  });
  expect(r.status).toBe(1);
  expect(r.output).toContain('ordering/persistence/sneaky.ts:1 writes cart_lines, a table of cart');
  expect(r.output).toContain('ordering/persistence/sneaky.ts:2 writes discount_redemptions, a table of discount');
});

it('ignores tables named in comments', () => {
  expect(violating({ 'wishlist/notes.ts': '// reads FROM orders in the ordering context\n/* UPDATE variants */\nexport {};\n' }).status).toBe(0);
});
