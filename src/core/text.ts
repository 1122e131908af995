/**
 * Normalising document text before it is compared or parsed: Word and Excel hand us non-breaking
 * spaces, curly quotes, soft hyphens and en dashes that mean the same as their plain forms.
 */
const SPECIAL = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\u00AD\u200B\u200C\u200D\uFEFF\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212\r]/;

export const normalizeText = (text: string): string =>
  !SPECIAL.test(text)
    ? text
    : text
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t]/g, ' ')
    .replace(/[\u00AD\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\r\n?/g, '\n');

/** Two spaces in a row, white space other than a space, or space at either end. */
const NEEDS_SQUASH = /\s\s|[^\S ]|^ | $/;

/** Normalised, trimmed, runs of white space folded to one space. */
export const squash = (text: string): string => {
  const normal = normalizeText(text);
  return NEEDS_SQUASH.test(normal) ? normal.replace(/\s+/g, ' ').trim() : normal;
};


/**
 * A paragraph's text as every reader hands it to core: manual line breaks (Word's vertical tab
 * and w:br, Excel's newline), carriage returns, Unicode line and paragraph separators and tabs
 * separate words, so each becomes a space; soft hyphens and zero-width characters are invisible,
 * so they go. Nothing else changes: squash and normalizeText do the rest where text is compared.
 */
export const sourceText = (raw: string): string =>
  /[\t\n\v\f\r\u2028\u2029\u00AD\u200B\u200C\u200D\u2060\uFEFF]/.test(raw)
    ? raw.replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ').replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    : raw;
