import { createProductSchema, type AdminProductDto, type CreateProductRequest, type UpdateProductRequest } from '@devgear/contracts';
import { z } from 'zod';
import { minorDigits, minorToDecimalString, parseMajorToMinor } from '@/lib/money';

/** The store's currency (the API's STORE_CURRENCY): a new product's prices are in it. */
export const PRODUCT_CURRENCY = 'USD';

/** One "key = value" option of a variant ("switch" = "brown"). */
export interface OptionRow {
  key: string;
  value: string;
}

export interface SpecRow {
  key: string;
  value: string;
  /** "" for none. */
  unit: string;
}

export interface VariantRow {
  /**
   * The existing variant's id; null for one added in this form (the API creates it with the
   * stock typed in `available`). Not named `id`: react-hook-form's field arrays use that key.
   */
  variant_id: string | null;
  sku: string;
  name: string;
  options: OptionRow[];
  /** As typed, in major units ("79.00"); sent in minor units (7900). */
  price: string;
  /** Starting stock of a new variant; existing variants change stock with "Adjust stock". */
  available: number | null;
}

/**
 * What the product editor edits. The names are the API's, so the problems it names
 * (`name`, `slug`, `variants.0.price`, `variants.1.sku`) land on the fields that caused them.
 */
export interface ProductFormValues {
  name: string;
  slug: string;
  brand: string;
  category_id: string;
  description: string;
  specifications: SpecRow[];
  variants: VariantRow[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const { name, brand } = createProductSchema.shape;
const spec = createProductSchema.shape.specifications.unwrap().element.shape;
const variant = createProductSchema.shape.variants.element.shape;

export const emptyVariant = (): VariantRow => ({ variant_id: null, sku: '', name: '', options: [], price: '', available: null });
export const emptySpec = (): SpecRow => ({ key: '', value: '', unit: '' });
export const emptyOption = (): OptionRow => ({ key: '', value: '' });

/**
 * The editor's rules: the contract's for names, brand, specifications and variants, plus
 * what a person can mistype (a price like "79.0.0", an option without a value, the same SKU
 * twice). `editing`: an existing product must keep a slug (a new one may leave it empty for
 * the API to derive it from the name).
 */
export function productFormSchema({ editing, currency = PRODUCT_CURRENCY }: { editing: boolean; currency?: string }) {
  const digits = minorDigits(currency);
  const amountHint = digits === 0 ? 'a whole amount like 79' : 'an amount like 79.00';
  return z
    .object({
      name,
      slug: z.string().trim().max(120, 'must be at most 120 characters'),
      brand,
      category_id: z.string().min(1, 'is required: choose one'),
      description: z.string().max(20_000, 'must be at most 20000 characters'),
      specifications: z
        .array(z.object({ key: spec.key, value: spec.value, unit: z.string().trim().max(20, 'must be at most 20 characters') }))
        .max(50, 'at most 50 specifications'),
      variants: z
        .array(
          z.object({
            variant_id: z.string().nullable(),
            sku: variant.sku,
            name: variant.name,
            options: z.array(z.object({ key: z.string().trim().max(50, 'must be at most 50 characters'), value: z.string().trim().max(100, 'must be at most 100 characters') })).max(20, 'at most 20 options'),
            price: z.string(),
            available: z.number().nullable(),
          }),
        )
        .min(1, 'a product needs at least one variant')
        .max(100, 'at most 100 variants'),
    })
    .superRefine((v, ctx) => {
      const slug = v.slug.trim();
      if (slug === '' && editing) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'is required' });
      else if (slug !== '' && !SLUG.test(slug)) ctx.addIssue({ code: 'custom', path: ['slug'], message: 'must be lower-case letters and digits separated by single hyphens, like keychron-k2' });

      const specKeys = new Map<string, number>();
      v.specifications.forEach((s, i) => {
        const key = s.key.trim().toLowerCase();
        if (!key) return;
        if (specKeys.has(key)) ctx.addIssue({ code: 'custom', path: ['specifications', i, 'key'], message: `repeats line ${specKeys.get(key)! + 1}` });
        else specKeys.set(key, i);
      });

      const skus = new Map<string, number>();
      const optionSets = new Map<string, number>();
      v.variants.forEach((row, i) => {
        const price = row.price.trim();
        const minor = parseMajorToMinor(price, digits);
        if (price === '') ctx.addIssue({ code: 'custom', path: ['variants', i, 'price'], message: 'is required' });
        else if (minor === null) ctx.addIssue({ code: 'custom', path: ['variants', i, 'price'], message: `must be ${amountHint}` });
        else if (minor <= 0) ctx.addIssue({ code: 'custom', path: ['variants', i, 'price'], message: 'must be more than 0' });

        if (row.variant_id === null) {
          const parsed = variant.available.safeParse(row.available);
          if (row.available === null) ctx.addIssue({ code: 'custom', path: ['variants', i, 'available'], message: 'is required for a new variant' });
          else if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['variants', i, 'available'], message: parsed.error.issues[0]?.message ?? 'is not valid' });
        }

        const sku = row.sku.trim().toUpperCase();
        if (sku) {
          if (skus.has(sku)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'sku'], message: `repeats the SKU of variant ${skus.get(sku)! + 1}` });
          else skus.set(sku, i);
        }

        const keys = new Set<string>();
        let optionProblem: string | null = null;
        for (const option of row.options) {
          const key = option.key.trim();
          const value = option.value.trim();
          if (!key && !value) continue;
          if (!key) optionProblem = 'each option needs a name (like switch)';
          else if (!value) optionProblem = `option "${key}" needs a value`;
          else if (keys.has(key)) optionProblem = `have "${key}" twice`;
          keys.add(key);
        }
        if (optionProblem) {
          ctx.addIssue({ code: 'custom', path: ['variants', i, 'options'], message: optionProblem });
          return;
        }
        const set = JSON.stringify(optionsRecord(row.options, true));
        if (optionSets.has(set)) {
          ctx.addIssue({
            code: 'custom',
            path: ['variants', i, 'options'],
            message: `are the same as variant ${optionSets.get(set)! + 1}'s: each variant needs its own option values (like switch = brown)`,
          });
        } else optionSets.set(set, i);
      });
    });
}

/** Options rows as the wire's record; empty rows left out. `sorted`: keys in order (for comparing). */
export function optionsRecord(rows: readonly OptionRow[], sorted = false): Record<string, string> {
  const pairs = rows.map((r) => [r.key.trim(), r.value.trim()] as const).filter(([k, v]) => k !== '' && v !== '');
  if (sorted) pairs.sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(pairs);
}

/** 7900 USD -> "79.00": prices are shown with all their decimals, as people write them. */
export function priceInput(amount: number, currency: string): string {
  return minorToDecimalString(amount, minorDigits(currency));
}

/** The currency of a product's prices (all its variants share one). */
export function productCurrency(product?: Pick<AdminProductDto, 'variants'> | null): string {
  return product?.variants[0]?.price.currency ?? PRODUCT_CURRENCY;
}

export function productFormValues(product?: AdminProductDto | null): ProductFormValues {
  if (!product) {
    return { name: '', slug: '', brand: '', category_id: '', description: '', specifications: [], variants: [emptyVariant()] };
  }
  return {
    name: product.name,
    slug: product.slug,
    brand: product.brand,
    category_id: product.category_id,
    description: product.description,
    specifications: product.specifications.map((s) => ({ key: s.key, value: s.value, unit: s.unit ?? '' })),
    variants: product.variants.map((v) => ({
      variant_id: v.id,
      sku: v.sku,
      name: v.name,
      options: Object.entries(v.options).map(([key, value]) => ({ key, value })),
      price: priceInput(v.price.amount, v.price.currency),
      available: null,
    })),
  };
}

type WireSpec = CreateProductRequest['specifications'] extends (infer S)[] | undefined ? S : never;
type WireVariant = NonNullable<UpdateProductRequest['variants']>[number];

function specsToWire(values: ProductFormValues): WireSpec[] {
  return values.specifications.map((s) => ({ key: s.key.trim(), value: s.value.trim(), unit: s.unit.trim() || null }));
}

function variantsToWire(values: ProductFormValues, currency: string): WireVariant[] {
  const digits = minorDigits(currency);
  return values.variants.map((row) => {
    const wire: WireVariant = {
      sku: row.sku.trim(),
      name: row.name.trim(),
      options: optionsRecord(row.options),
      price: { amount: parseMajorToMinor(row.price, digits) ?? 0, currency },
    };
    if (row.variant_id) wire.id = row.variant_id;
    else wire.available = row.available ?? 0;
    return wire;
  });
}

/** POST /products: the validated form with prices in minor units; an empty slug is left to the API. */
export function productToCreateRequest(values: ProductFormValues, currency: string = PRODUCT_CURRENCY): CreateProductRequest {
  const slug = values.slug.trim();
  return {
    name: values.name.trim(),
    ...(slug ? { slug } : {}),
    description: values.description,
    brand: values.brand.trim(),
    category_id: values.category_id,
    specifications: specsToWire(values),
    variants: variantsToWire(values, currency).map(({ id: _id, ...v }) => ({ ...v, options: v.options ?? {}, available: v.available ?? 0 })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * PATCH /products/{id}: the loaded `version` plus only what changed. Specifications and
 * variants travel as whole lists (the API replaces them); existing variants carry their id
 * and never their stock.
 */
export function productChanges(product: AdminProductDto, values: ProductFormValues, version: number): UpdateProductRequest {
  const currency = productCurrency(product);
  const changes: UpdateProductRequest = { version };
  const name = values.name.trim();
  const slug = values.slug.trim();
  const brand = values.brand.trim();
  if (name !== product.name) changes.name = name;
  if (slug !== product.slug) changes.slug = slug;
  if (brand !== product.brand) changes.brand = brand;
  if (values.category_id !== product.category_id) changes.category_id = values.category_id;
  if (values.description !== product.description) changes.description = values.description;
  const specs = specsToWire(values);
  if (!same(specs, product.specifications.map((s) => ({ key: s.key, value: s.value, unit: s.unit ?? null })))) changes.specifications = specs;
  const variants = variantsToWire(values, currency);
  const before: WireVariant[] = product.variants.map((v) => ({ sku: v.sku, name: v.name, options: v.options, price: v.price, id: v.id }));
  const comparable = (list: WireVariant[]) =>
    list.map((v) => ({ id: v.id ?? null, sku: v.sku, name: v.name, options: Object.entries(v.options ?? {}).sort(([a], [b]) => a.localeCompare(b)), price: v.price, available: v.available ?? null }));
  if (!same(comparable(variants), comparable(before))) changes.variants = variants;
  return changes;
}

/** True when a PATCH body carries nothing but the version. */
export function hasChanges(changes: UpdateProductRequest): boolean {
  return Object.keys(changes).some((k) => k !== 'version');
}

/**
 * The form field an API problem belongs to: `variants.0.price.amount` -> `variants.0.price`,
 * `variants.1.options.switch` -> `variants.1.options`, `variants.2.id` -> `variants.2.sku`;
 * null when no field of the form shows it (the form's alert does).
 */
export function formFieldOf(apiField: string, values: ProductFormValues): string | null {
  const parts = apiField.split('.');
  const [head, index, leaf] = parts;
  if (['name', 'slug', 'brand', 'category_id', 'description'].includes(head) && parts.length === 1) return head;
  const rowIndex = Number(index);
  if (head === 'specifications') {
    if (index === undefined) return null;
    if (!Number.isInteger(rowIndex) || rowIndex >= values.specifications.length) return null;
    return `specifications.${rowIndex}.${leaf === 'value' || leaf === 'unit' ? leaf : 'key'}`;
  }
  if (head === 'variants') {
    if (index === undefined) return 'variants';
    if (!Number.isInteger(rowIndex) || rowIndex >= values.variants.length) return 'variants';
    if (leaf === 'name' || leaf === 'options' || leaf === 'price' || leaf === 'sku') return `variants.${rowIndex}.${leaf}`;
    if (leaf === 'available') return values.variants[rowIndex].variant_id ? `variants.${rowIndex}.sku` : `variants.${rowIndex}.available`;
    return `variants.${rowIndex}.sku`;
  }
  return null;
}
