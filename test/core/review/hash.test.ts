import { createHash } from 'node:crypto';
import { sha256, textHash, utf8 } from '../../../src/core/review/hash';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('sha256', () => {
  it('gives the digest of FIPS 180-2 appendix B.1 for "abc"', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Node’s own SHA-256 around every padding boundary and on non-ASCII text', () => {
    // 55/56 and 63/64/65 bytes are where the length field spills into another block.
    const texts = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000].map((n) => 'x'.repeat(n));
    texts.push('Rijksvastgoedbedrijf (RVB) — € 3 miljoen, geïntensiveerd\nnieuwe alinea', '🙂'.repeat(40));
    for (const text of texts) {
      expect(hex(sha256(new TextEncoder().encode(text)))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('utf8', () => {
  it('gives the bytes TextEncoder gives, for one- to four-byte characters and a lone surrogate', () => {
    for (const text of ['', 'abc', 'geïntensiveerd €', '中文', '🙂 x', 'a\ud800b', '\udc00']) {
      expect(Buffer.from(utf8(text)).toString('hex')).toBe(Buffer.from(new TextEncoder().encode(text)).toString('hex'));
    }
  });
});

describe('textHash', () => {
  it('is the first 128 bits of the SHA-256 of the UTF-8 text, and tells one changed byte', () => {
    const text = 'De handreiking tussenvoorziening is gepubliceerd.';
    expect(textHash(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32));
    expect(textHash(`${text} `)).not.toBe(textHash(text));
    expect(textHash('')).toHaveLength(32);
  });
});
