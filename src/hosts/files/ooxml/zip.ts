/**
 * Just enough of the zip format to read one part of an Office package with bounded memory, and
 * to write the package back with one part replaced while every other entry keeps its bytes
 * (compressed data, times, extra fields) exactly. Node's zlib does the inflating and deflating.
 */
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { FileError } from '../errors';

/** Most bytes one part may inflate to: far beyond any real document.xml, far below a zip bomb. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** Central-directory fields kept as they are (zip64 sizes dropped from `extra`: written anew). */
  readonly nameBytes: Uint8Array;
  readonly extra: Uint8Array;
  readonly comment: Uint8Array;
  /** Where this entry's local header starts, and where its data ends (incl. any data descriptor). */
  readonly localStart: number;
  readonly localEnd: number;
}

export interface Zip {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly comment: Uint8Array;
}

const damaged = (what: string): FileError => new FileError('damaged', { kind: 'zip-structure' }, what);
const corrupt = (part: string, what: string): FileError => new FileError('damaged', { kind: 'part-corrupt', part }, what);

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const findEndOfCentralDirectory = (b: Uint8Array): number => {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= lowest; at -= 1) {
    if (u32(b, at) === EOCD && at + 22 + u16(b, at + 20) <= b.length) return at;
  }
  return -1;
};

/** Removes the zip64 extended-information field (id 1) from an extra block. */
const withoutZip64 = (extra: Uint8Array): Uint8Array => {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    const end = Math.min(extra.length, at + 4 + length);
    if (id !== 1) parts.push(extra.subarray(at, end));
    at = end;
  }
  return concat(parts);
};

export const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Reads a zip's central directory. Anything that is not a whole zip throws FileError. */
export const readZip = (bytes: Uint8Array): Zip => {
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    throw new FileError('unsupported-type', { kind: 'old-or-protected' }, 'OLE2 compound file');
  }
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) {
    throw new FileError('unsupported-type', { kind: 'not-a-package' }, 'no zip local header at the start');
  }
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw damaged('the end of the zip package is missing (was the file cut off?)');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdStart = u32(bytes, eocd + 16);
  const comment = bytes.slice(eocd + 22, eocd + 22 + u16(bytes, eocd + 20));
  if (eocd >= 20 && u32(bytes, eocd - 20) === EOCD64_LOCATOR) {
    const at = u64(bytes, eocd - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== EOCD64) throw damaged('bad zip64 directory');
    count = u64(bytes, at + 32);
    cdSize = u64(bytes, at + 40);
    cdStart = u64(bytes, at + 48);
  }
  if (cdStart + cdSize > bytes.length || count > cdSize / 46) throw damaged('the zip directory points outside the file');

  const found: Omit<ZipEntry, 'localEnd'>[] = [];
  let at = cdStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > cdStart + cdSize || u32(bytes, at) !== CENTRAL) throw damaged('bad zip directory entry');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > cdStart + cdSize) throw damaged('bad zip directory entry');
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    const extraRaw = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    let localStart = u32(bytes, at + 42);
    // zip64: the fields that overflowed sit in extra field 1, in this order.
    let x = 0;
    while (x + 4 <= extraRaw.length) {
      const id = u16(extraRaw, x);
      const length = u16(extraRaw, x + 2);
      if (id === 1) {
        let y = x + 4;
        if (size === 0xffffffff) {
          size = u64(extraRaw, y);
          y += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(extraRaw, y);
          y += 8;
        }
        if (localStart === 0xffffffff) localStart = u64(extraRaw, y);
      }
      x += 4 + length;
    }
    if (localStart + 30 > bytes.length || u32(bytes, localStart) !== LOCAL) throw damaged('a zip entry is missing');
    found.push({
      name: new TextDecoder().decode(nameBytes),
      versionMadeBy: u16(bytes, at + 4),
      versionNeeded: u16(bytes, at + 6),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
      crc: u32(bytes, at + 16),
      compressedSize,
      size,
      internalAttributes: u16(bytes, at + 36),
      externalAttributes: u32(bytes, at + 38),
      nameBytes,
      extra: withoutZip64(extraRaw),
      comment: bytes.slice(at + 46 + nameLength + extraLength, end),
      localStart,
    });
    at = end;
  }
  // An entry's bytes run up to the next entry's local header (or the directory): that keeps any
  // data descriptor with it without having to parse one.
  const starts = [...new Set(found.map((e) => e.localStart)), cdStart].sort((a, b) => a - b);
  const entries = found.map((entry): ZipEntry => {
    const next = starts.find((s) => s > entry.localStart) ?? cdStart;
    const dataStart = entry.localStart + 30 + u16(bytes, entry.localStart + 26) + u16(bytes, entry.localStart + 28);
    if (dataStart + entry.compressedSize > next) throw corrupt(entry.name, 'the zip entry is cut off');
    return { ...entry, localEnd: next };
  });
  return { bytes, entries, comment };
};

/** Entry names compared as part names: case aside, and with the backslashes some writers use for slashes. */
const comparable = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

export const findEntry = (zip: Zip, name: string): ZipEntry | undefined => {
  const exact = zip.entries.find((e) => e.name === name);
  if (exact) return exact;
  const wanted = comparable(name);
  return zip.entries.find((e) => comparable(e.name) === wanted);
};

/** Node's own CRC-32 (zlib's): a JavaScript table loop takes a third of a second on a 57 MB sheet. */
export const crc32 = (data: Uint8Array): number => zlibCrc32(data) >>> 0;

/**
 * The uncompressed bytes of an entry. Its declared size must be at most `limit`, and inflating
 * stops as soon as it would exceed that size, so a zip bomb costs neither time nor memory.
 */
export const readEntry = (zip: Zip, entry: ZipEntry, limit = MAX_PART_BYTES): Uint8Array => {
  if (entry.flags & 1) throw new FileError('unsupported-type', { kind: 'encrypted' }, `zip entry ${entry.name} is encrypted`);
  if (entry.size > limit) {
    throw new FileError('too-large', { kind: 'part-size', part: entry.name, bytes: entry.size }, `limit ${limit}`);
  }
  const b = zip.bytes;
  const dataStart = entry.localStart + 30 + u16(b, entry.localStart + 26) + u16(b, entry.localStart + 28);
  const data = b.subarray(dataStart, dataStart + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data.slice();
  } else if (entry.method === 8) {
    // zlib stops with an error the moment the output would pass the declared size: a bomb costs
    // at most that much memory (https://nodejs.org/api/zlib.html#class-options, maxOutputLength).
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      throw corrupt(entry.name, `cannot be inflated to its declared size (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    throw new FileError('unsupported-type', { kind: 'compression', part: entry.name, method: entry.method });
  }
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw corrupt(entry.name, 'size or CRC does not match the directory');
  return out;
};

const writer = () => {
  const parts: Uint8Array[] = [];
  let length = 0;
  return {
    get length() {
      return length;
    },
    bytes(data: Uint8Array) {
      parts.push(data);
      length += data.length;
    },
    fields(...fields: readonly [value: number, size: 2 | 4][]) {
      const data = new Uint8Array(fields.reduce((sum, [, size]) => sum + size, 0));
      let at = 0;
      for (const [value, size] of fields) {
        for (let i = 0; i < size; i += 1) data[at + i] = Math.floor(value / 2 ** (8 * i)) & 0xff;
        at += size;
      }
      this.bytes(data);
    },
    done: () => concat(parts),
  };
};

/** A new entry to add to a package. */
export interface NewEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * The package with the entries named in `replace` given new contents (deflated anew), `add`
 * appended, and every other entry's local header and data copied byte for byte, in the same
 * order. New entries take the first entry's time stamp, so the same input writes the same bytes.
 */
export const rewriteZip = (zip: Zip, replace: ReadonlyMap<string, Uint8Array>, add: readonly NewEntry[] = []): Uint8Array => {
  const targets = new Map<ZipEntry, Uint8Array>();
  for (const [name, data] of replace) {
    const target = findEntry(zip, name);
    if (!target) throw new Error(`no zip entry ${name}`);
    targets.set(target, data);
  }
  const first = zip.entries[0];
  const encoder = new TextEncoder();
  const added = add.map((entry): ZipEntry => {
    const nameBytes = encoder.encode(entry.name);
    return {
      name: entry.name,
      versionMadeBy: 20,
      versionNeeded: 20,
      flags: /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800,
      method: 8,
      time: first?.time ?? 0,
      date: first?.date ?? 0x21,
      crc: 0,
      compressedSize: 0,
      size: 0,
      internalAttributes: 0,
      externalAttributes: 0,
      nameBytes,
      extra: new Uint8Array(0),
      comment: new Uint8Array(0),
      localStart: -1,
      localEnd: -1,
    };
  });
  add.forEach((entry, i) => targets.set(added[i] as ZipEntry, entry.data));
  const out = writer();
  const central: { entry: ZipEntry; offset: number; crc: number; compressedSize: number; size: number; flags: number }[] = [];
  for (const entry of [...zip.entries, ...added]) {
    const offset = out.length;
    const data = targets.get(entry);
    if (data) {
      const compressed = new Uint8Array(deflateRawSync(data, { level: 6 }));
      const crc = crc32(data);
      const flags = entry.flags & 0x0800; // keep only "names are UTF-8"; no data descriptor now
      out.fields([LOCAL, 4], [20, 2], [flags, 2], [8, 2], [entry.time, 2], [entry.date, 2]);
      out.fields([crc, 4], [compressed.length, 4], [data.length, 4], [entry.nameBytes.length, 2], [0, 2]);
      out.bytes(entry.nameBytes);
      out.bytes(compressed);
      central.push({ entry: { ...entry, method: 8, versionNeeded: 20 }, offset, crc, compressedSize: compressed.length, size: data.length, flags });
    } else {
      out.bytes(zip.bytes.subarray(entry.localStart, entry.localEnd));
      central.push({ entry, offset, crc: entry.crc, compressedSize: entry.compressedSize, size: entry.size, flags: entry.flags });
    }
  }
  const cdStart = out.length;
  for (const { entry, offset, crc, compressedSize, size, flags } of central) {
    out.fields([CENTRAL, 4], [entry.versionMadeBy, 2], [entry.versionNeeded, 2], [flags, 2], [entry.method, 2]);
    out.fields([entry.time, 2], [entry.date, 2], [crc, 4], [compressedSize, 4], [size, 4]);
    out.fields([entry.nameBytes.length, 2], [entry.extra.length, 2], [entry.comment.length, 2], [0, 2]);
    out.fields([entry.internalAttributes, 2], [entry.externalAttributes, 4], [offset, 4]);
    out.bytes(entry.nameBytes);
    out.bytes(entry.extra);
    out.bytes(entry.comment);
  }
  const cdSize = out.length - cdStart;
  const count = central.length;
  out.fields([EOCD, 4], [0, 2], [0, 2], [count, 2], [count, 2], [cdSize, 4], [cdStart, 4], [zip.comment.length, 2]);
  out.bytes(zip.comment);
  return out.done();
};

/** The package with entry `name` replaced by `data`: see `rewriteZip`. */
export const replaceEntry = (zip: Zip, name: string, data: Uint8Array): Uint8Array => rewriteZip(zip, new Map([[name, data]]));
