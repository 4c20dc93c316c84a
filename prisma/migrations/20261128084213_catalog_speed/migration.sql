-- AlterTable
ALTER TABLE "products" ADD COLUMN     "search_category" tsvector,
ADD COLUMN     "search_name" tsvector;

-- CreateTable
CREATE TABLE "catalog_changes" (
    "seq" BIGSERIAL NOT NULL,
    "product_id" UUID NOT NULL,
    "tx" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_changes_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "catalog_changes_tx_idx" ON "catalog_changes"("tx");

-- CreateIndex
CREATE INDEX "catalog_changes_changed_at_idx" ON "catalog_changes"("changed_at");

-- CreateIndex
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);


-- devgear:manual-sql
-- Everything below is written by hand: database objects schema.prisma cannot express
-- (functions, triggers, an aggregate, partial and covering indexes). scripts/check-migrations.sh
-- applies these sections on top of the schema diff when it proves the migrations.
-- Prisma applies a migration by splitting it at every semicolon (driver-adapter
-- executeScript), so no semicolon may appear inside a statement, not even in a comment:
-- PL/pgSQL bodies are E'' strings with each statement terminator written as \073 (octal for
-- a semicolon) and quotes doubled.

-- OR and AND of tsqueries, skipping NULLs (search: a word and its expansions, all words).
CREATE AGGREGATE catalog_tsquery_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);
CREATE AGGREGATE catalog_tsquery_and(tsquery) (SFUNC = tsquery_and, STYPE = tsquery);

-- A category and its ancestors' names ("Keyboards Peripherals"): the product type.
CREATE FUNCTION catalog_category_names(category uuid) RETURNS text
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up(id, parent_id, name, depth) AS (
    SELECT id, parent_id, name, 0 FROM categories WHERE id = category
    UNION ALL
    SELECT c.id, c.parent_id, c.name, up.depth + 1 FROM categories c JOIN up ON c.id = up.parent_id WHERE up.depth < 16
  )
  SELECT coalesce(string_agg(name, ' ' ORDER BY depth), '') FROM up
$$;

-- The values (and units) of a product's specifications: [{ key, value, unit }].
CREATE FUNCTION catalog_spec_text(specs jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(concat_ws(' ', s->>'value', s->>'unit'), ' '), '')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(specs) = 'array' THEN specs ELSE '[]'::jsonb END) s
$$;

-- The words of a text as the vocabulary keeps them (lower case, unstemmed).
CREATE FUNCTION catalog_words(t text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT w FROM unnest(to_tsvector('simple', coalesce(t, ''))) AS u(w, p, wt) WHERE length(w) BETWEEN 2 AND 40
$$;

-- The search document, derived in the same statement as every write of its sources.
CREATE FUNCTION products_search_document() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  NEW.search_name := to_tsvector(''english'', coalesce(NEW.name, ''''))\073
  NEW.search_category := to_tsvector(''english'', catalog_category_names(NEW.category_id))\073
  NEW.search_vector := setweight(NEW.search_name, ''A'')
    || setweight(NEW.search_category, ''B'')
    || setweight(to_tsvector(''english'', coalesce(NEW.brand, '''') || '' '' || catalog_spec_text(NEW.specifications)), ''C'')
    || setweight(to_tsvector(''english'', coalesce(NEW.description, '''')), ''D'')\073
  RETURN NEW\073
END
';
CREATE TRIGGER products_search_document BEFORE INSERT OR UPDATE OF name, brand, description, specifications, category_id ON products
  FOR EACH ROW EXECUTE FUNCTION products_search_document();

-- After product writes: new words join the vocabulary (words are only added, a word no
-- product uses any more expands to nothing), and a changed rating is logged as a live-field
-- change (reviews change it in their own transaction).
CREATE FUNCTION products_after_write() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows n,
      catalog_words(concat_ws('' '', n.name, n.brand, n.description, catalog_spec_text(n.specifications), catalog_category_names(n.category_id))) w
    ON CONFLICT DO NOTHING\073
  ELSE
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o.id = n.id,
      catalog_words(concat_ws('' '', n.name, n.brand, n.description, catalog_spec_text(n.specifications), catalog_category_names(n.category_id))) w
    WHERE (n.name, n.brand, n.description, n.specifications, n.category_id) IS DISTINCT FROM (o.name, o.brand, o.description, o.specifications, o.category_id)
    ON CONFLICT DO NOTHING\073
    INSERT INTO catalog_changes (product_id)
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.rating_average, n.rating_count) IS DISTINCT FROM (o.rating_average, o.rating_count)\073
    IF FOUND THEN PERFORM pg_notify(''catalog_changes'', '''')\073 END IF\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER products_after_insert AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION products_after_write();
CREATE TRIGGER products_after_update AFTER UPDATE ON products REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION products_after_write();

-- A category renamed or moved: its products' (and its sub-categories' products') documents follow.
CREATE FUNCTION categories_after_write() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO search_words (word) SELECT DISTINCT w FROM new_rows n, catalog_words(n.name) w ON CONFLICT DO NOTHING\073
  IF TG_OP = ''UPDATE'' THEN
    WITH RECURSIVE changed AS (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.name, n.parent_id) IS DISTINCT FROM (o.name, o.parent_id)
    ), below(id, depth) AS (
      SELECT id, 0 FROM changed
      UNION ALL SELECT c.id, b.depth + 1 FROM categories c JOIN below b ON c.parent_id = b.id WHERE b.depth < 16
    )
    UPDATE products p SET category_id = p.category_id WHERE p.category_id IN (SELECT id FROM below)\073
  END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER categories_after_insert AFTER INSERT ON categories REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION categories_after_write();
CREATE TRIGGER categories_after_update AFTER UPDATE ON categories REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION categories_after_write();

-- Stock: every committed change of a variant's units is logged in the same transaction,
-- whichever code path made it (checkout, cancellation, expiry, refund, admin, import), and
-- announced with NOTIFY so instances refresh at once (they also poll the log).
CREATE FUNCTION variants_stock_changed() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO catalog_changes (product_id) SELECT DISTINCT product_id FROM new_rows\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO catalog_changes (product_id) SELECT DISTINCT product_id FROM old_rows\073
  ELSE
    INSERT INTO catalog_changes (product_id)
    SELECT n.product_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.available IS DISTINCT FROM o.available OR n.product_id IS DISTINCT FROM o.product_id
    UNION
    SELECT o.product_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.product_id IS DISTINCT FROM o.product_id\073
  END IF\073
  IF FOUND THEN PERFORM pg_notify(''catalog_changes'', '''')\073 END IF\073
  RETURN NULL\073
END
';
CREATE TRIGGER variants_after_insert AFTER INSERT ON variants REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION variants_stock_changed();
CREATE TRIGGER variants_after_update AFTER UPDATE ON variants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION variants_stock_changed();
CREATE TRIGGER variants_after_delete AFTER DELETE ON variants REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION variants_stock_changed();

-- Listings read every visible product's category, brand, price, age, name and rating (facets
-- and sort keys over the whole match) from this narrow index alone (an index-only scan),
-- never from the wide product rows with their descriptions and search documents.
CREATE INDEX products_listing_idx ON products (category_id)
  INCLUDE (id, brand, min_price, created_at, name, rating_average, rating_count, in_stock)
  WHERE archived_at IS NULL;

-- Existing rows: derive the documents and the vocabulary.
UPDATE products SET category_id = category_id;
INSERT INTO search_words (word)
SELECT DISTINCT w FROM products n,
  catalog_words(concat_ws(' ', n.name, n.brand, n.description, catalog_spec_text(n.specifications), catalog_category_names(n.category_id))) w
ON CONFLICT DO NOTHING;
INSERT INTO search_words (word) SELECT DISTINCT w FROM categories c, catalog_words(c.name) w ON CONFLICT DO NOTHING;
