#!/usr/bin/env node
/**
 * `npm run validate [FILE…]`: validates add-in manifests offline against Microsoft's XML schemas
 * (schemas/office-manifest/, see its README for source, license and repairs) with libxml2 compiled
 * to WebAssembly (xmllint-wasm): the same engine and messages as Debian's `xmllint --schema`, on
 * Windows, macOS and Linux, with nothing outside the repository and no network.
 *
 * With no FILE it validates manifest.xml, and dist/manifest.xml when a production build wrote one.
 * Prints one line per file; a schema error is printed as libxml2 words it (line number included)
 * and the exit code is 1. webpack.config.js calls validateManifest() on every manifest it writes.
 *
 * Microsoft's own validator (`office-addin-manifest validate`) posts the manifest to an online
 * service, so it cannot be the test here; it also checks things no schema can (e.g. that icon
 * URLs answer), which is why docs/deploy.md still suggests it once a build is hosted.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SCHEMA_DIR = join(root, 'schemas/office-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

const schemaFiles = () =>
  readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.xsd'))
    .sort()
    .map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), 'utf8') }));

/**
 * Validates one manifest's text. Resolves to { valid, errors } where each error is libxml2's own
 * line, e.g. "manifest.xml:12: Schemas validity error : Element '…': This element is not expected."
 */
export const validateManifest = async (xml, fileName = 'manifest.xml') => {
  const { validateXML } = require('xmllint-wasm');
  const schemas = schemaFiles();
  const main = schemas.find((s) => s.fileName === MAIN_SCHEMA);
  if (!main) throw new Error(`${MAIN_SCHEMA} is missing from ${SCHEMA_DIR}`);
  // The main schema imports the others by relative file name: they go in as preloaded files.
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [main],
    preload: schemas.filter((s) => s !== main),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage.trim()).filter(Boolean) };
};

/** Validates files on disk; resolves to true when all are valid, printing one line per file. */
export const validateFiles = async (paths, log = console.log, logError = console.error) => {
  let ok = true;
  for (const path of paths) {
    const rel = relative(process.cwd(), path);
    const name = rel && !rel.startsWith('..') ? rel : path;
    if (!existsSync(path)) {
      logError(`validate: ${name} does not exist`);
      ok = false;
      continue;
    }
    const { valid, errors } = await validateManifest(readFileSync(path, 'utf8'), basename(path));
    if (valid) {
      log(`validate: ${name} is valid against Microsoft's add-in manifest schemas (OfficeApp 1.1, VersionOverrides 1.0)`);
    } else {
      ok = false;
      logError(`validate: ${name} is NOT valid:`);
      for (const error of errors) logError(`  ${error}`);
    }
  }
  return ok;
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2);
  const defaults = [join(root, 'manifest.xml'), ...(existsSync(join(root, 'dist/manifest.xml')) ? [join(root, 'dist/manifest.xml')] : [])];
  const ok = await validateFiles(given.length > 0 ? given.map((p) => resolve(p)) : defaults);
  process.exit(ok ? 0 : 1);
}
