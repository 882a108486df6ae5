import type { NodeType } from '../model/graph';
import type { Button, DataOf } from '../model/nodeData';

/**
 * Decoding of a step's data the way Go's encoding/json fills the server's
 * structs, so that the browser and the server find the same invalid_data:
 * absent or null data gives the zero values; anything but an object is
 * refused; a field of the wrong JSON type is refused; null leaves a field at
 * its zero value; unknown fields are ignored; field names match ignoring case.
 *
 * One difference is left: JSON.parse has already turned `1.0` into 1, which
 * Go refuses for an integer field. The server then answers 422 and the
 * constructor shows its problem like any other.
 */

/** Decoded is the outcome of decoding: the settings, or why they are malformed. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

type FieldResult = { ok: true; value: unknown } | { ok: false; got: string };
type FieldDecoder = (raw: unknown, current: unknown) => FieldResult;

const INT_LIMIT = 2 ** 63;
const UINT_LIMIT = 2 ** 64;

/** jsonKind names a parsed JSON value as Go's type errors do. */
function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** isObject reports whether v is a JSON object. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const wrong = (v: unknown): FieldResult => ({ ok: false, got: jsonKind(v) });

const string: FieldDecoder = (v, current) =>
  v === null ? { ok: true, value: current } : typeof v === 'string' ? { ok: true, value: v } : wrong(v);

const int: FieldDecoder = (v, current) => {
  if (v === null) return { ok: true, value: current };
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < INT_LIMIT) {
    return { ok: true, value: v };
  }
  return wrong(v);
};

const optionalFloat: FieldDecoder = (v) => {
  if (v === null) return { ok: true, value: undefined };
  // JSON.parse reads 1e400 as Infinity; Go refuses it as out of range.
  if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v };
  return wrong(v);
};

const uintList: FieldDecoder = (v) => {
  if (v === null) return { ok: true, value: [] };
  if (!Array.isArray(v)) return wrong(v);
  const out: number[] = [];
  for (const item of v) {
    if (item === null) out.push(0);
    else if (typeof item === 'number' && Number.isInteger(item) && item >= 0 && item < UINT_LIMIT)
      out.push(item);
    else return wrong(item);
  }
  return { ok: true, value: out };
};

const buttonFields = { label: string, value: string };

const buttonList: FieldDecoder = (v) => {
  if (v === null) return { ok: true, value: [] };
  if (!Array.isArray(v)) return wrong(v);
  const out: Button[] = [];
  for (const item of v) {
    if (item === null) {
      out.push({ label: '', value: '' });
      continue;
    }
    if (!isObject(item)) return wrong(item);
    const decoded = decodeFields(item, buttonFields, { label: '', value: '' });
    if (!decoded.ok) return { ok: false, got: decoded.got };
    out.push(decoded.value as unknown as Button);
  }
  return { ok: true, value: out };
};

/** fold compares field names as Go does: ignoring case (ſ and the Kelvin sign included). */
function fold(name: string): string {
  return name.toLowerCase().replace(/ſ/g, 's');
}

function decodeFields(
  raw: Record<string, unknown>,
  fields: Record<string, FieldDecoder>,
  zero: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; field: string; got: string } {
  const out: Record<string, unknown> = { ...zero };
  for (const [key, v] of Object.entries(raw)) {
    if (v === undefined) continue; // not JSON: an editor's "no value", left out when saved
    const name = key in fields ? key : Object.keys(fields).find((f) => fold(f) === fold(key));
    if (!name) continue;
    const result = fields[name](v, out[name]);
    if (!result.ok) return { ok: false, field: name, got: result.got };
    out[name] = result.value;
  }
  return { ok: true, value: out };
}

type Schema<T> = { fields: Record<string, FieldDecoder>; zero: () => T };

const schemas: { [K in NodeType]: Schema<DataOf[K]> } = {
  start: { fields: {}, zero: () => ({}) },
  stop: { fields: {}, zero: () => ({}) },
  message: { fields: { text: string, buttons: buttonList }, zero: () => ({ text: '', buttons: [] }) },
  nps_question: { fields: { text: string, scale_min: int }, zero: () => ({ text: '', scale_min: 0 }) },
  question: { fields: { text: string, variable: string }, zero: () => ({ text: '', variable: '' }) },
  condition: {
    fields: { variable: string, operator: string, value: optionalFloat },
    zero: () => ({ variable: '', operator: '' }),
  },
  internal_message: {
    fields: { user_ids: uintList, text: string },
    zero: () => ({ user_ids: [], text: '' }),
  },
  pause: { fields: { minutes: int }, zero: () => ({ minutes: 0 }) },
};

/** NOT_AN_OBJECT is the message for data that is not a JSON object. */
const NOT_AN_OBJECT = "The step's settings must be a JSON object.";

/**
 * decodeData reads the data of a step of type `type` into its settings, or
 * says in plain English why it cannot.
 */
export function decodeData<K extends NodeType>(type: K, data: unknown): Decoded<DataOf[K]> {
  const schema = schemas[type] as Schema<DataOf[K]>;
  if (data === undefined || data === null) return { ok: true, value: schema.zero() };
  if (!isObject(data)) return { ok: false, message: NOT_AN_OBJECT };
  const decoded = decodeFields(data, schema.fields, schema.zero() as Record<string, unknown>);
  if (!decoded.ok) {
    return {
      ok: false,
      message: `Setting "${decoded.field}" has the wrong type (got a JSON ${decoded.got}).`,
    };
  }
  return { ok: true, value: decoded.value as DataOf[K] };
}
