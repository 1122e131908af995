import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Which Office.js members the add-in's own code uses, found statically with TypeScript's type
 * checker: every property access whose receiver is typed as a class of the `Word`, `Excel` or
 * `OfficeExtension` namespaces of @types/office-js. Each use is either plain, or gated: it runs
 * only where the same code first tested at run time that the member exists (`typeof x.m ===
 * 'function'`, `'m' in …`), directly or through a local helper that does, or inside a local
 * function every caller of which is so gated.
 */

export interface MemberUse {
  /** "Word.Table.mergeCells". */
  readonly member: string;
  readonly namespace: string;
  readonly className: string;
  readonly name: string;
  /** "src/hosts/word/wordHost.ts:152". */
  readonly where: string;
  readonly gated: boolean;
}

const ROOT = join(__dirname, '../..');
const NAMESPACES = new Set(['Word', 'Excel', 'OfficeExtension']);

const compilerOptions = (): ts.CompilerOptions => {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => readFileSync(p, 'utf8'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath)).options;
};

/** A program over `files`, with some files' text replaced (to prove the check fails without a gate). */
export const surfaceProgram = (files: readonly string[], overrides: Readonly<Record<string, string>> = {}): ts.Program => {
  const options = { ...compilerOptions(), noEmit: true };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const absolute = Object.fromEntries(Object.entries(overrides).map(([file, text]) => [join(ROOT, file), text]));
  host.readFile = (file) => absolute[file] ?? read(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) =>
    absolute[file] !== undefined ? ts.createSourceFile(file, absolute[file] as string, language) : getSourceFile(file, language, onError, create);
  return ts.createProgram(
    files.map((f) => join(ROOT, f)),
    options,
    host,
  );
};

/** The Office classes a type stands for ("Word.Table"), each constituent of a union included. */
const officeClassesOf = (checker: ts.TypeChecker, type: ts.Type): { namespace: string; className: string }[] => {
  const types = type.isUnion() ? type.types : [type];
  return types.flatMap((t) => {
    // The class itself (`Word.Document.prototype`): its static side, not its objects.
    if (t.getConstructSignatures().length > 0) return [];
    const symbol = t.getSymbol() ?? t.aliasSymbol;
    if (!symbol) return [];
    const declaration = symbol.declarations?.[0];
    if (!declaration || !declaration.getSourceFile().fileName.includes('@types/office-js')) return [];
    const [namespace, className, ...rest] = checker.getFullyQualifiedName(symbol).split('.');
    if (!namespace || !className || rest.length > 0 || !NAMESPACES.has(namespace)) return [];
    return [{ namespace, className }];
  });
};

interface Scope {
  readonly helpers: ReadonlyMap<string, ts.Node>;
  readonly checker: ts.TypeChecker;
}

/** The call an `in` test sits in: `['a', 'b'].every((m) => m in proto)` tests the array's names. */
const enclosingArrayCall = (node: ts.Node): ts.CallExpression | undefined => {
  for (let at = node.parent, depth = 0; at && depth < 4; at = at.parent, depth += 1) {
    if (ts.isCallExpression(at) && ts.isPropertyAccessExpression(at.expression) && ts.isArrayLiteralExpression(at.expression.expression)) return at;
  }
  return undefined;
};

/**
 * Whether `node` tests at run time that member `name` exists: `typeof x.name`, `'name' in x`,
 * an array of names tested with `in`, a call of a local helper that does, or a local constant
 * whose value does.
 */
const testsPresence = (node: ts.Node, name: string, scope: Scope, seen = new Set<ts.Node>()): boolean => {
  let found = false;
  const follow = (target: ts.Node | undefined): void => {
    if (!target || seen.has(target)) return;
    seen.add(target);
    if (testsPresence(target, name, scope, seen)) found = true;
  };
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isTypeOfExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === name) found = true;
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InKeyword) {
      if (ts.isStringLiteral(n.left) && n.left.text === name) found = true;
      const call = enclosingArrayCall(n);
      const names = call && ts.isPropertyAccessExpression(call.expression) && ts.isArrayLiteralExpression(call.expression.expression) ? call.expression.expression.elements : [];
      if (names.some((e) => ts.isStringLiteral(e) && e.text === name)) found = true;
    } else if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      follow(scope.helpers.get(n.expression.text));
    } else if (ts.isIdentifier(n) && !ts.isCallExpression(n.parent)) {
      // A local constant: what it was set to.
      const declaration = scope.checker.getSymbolAtLocation(n)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.getSourceFile() === node.getSourceFile()) follow(declaration.initializer);
    }
    if (!found) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
};

/** Local functions of a file, by name: `const f = (…) => …` and `function f(…) {…}`. */
const localFunctions = (source: ts.SourceFile): Map<string, ts.Node> => {
  const out = new Map<string, ts.Node>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))) {
      out.set(n.name.text, n.initializer);
    } else if (ts.isFunctionDeclaration(n) && n.name) out.set(n.name.text, n);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
};

const within = (node: ts.Node, container: ts.Node | undefined): boolean =>
  container !== undefined && node.getStart() >= container.getStart() && node.getEnd() <= container.getEnd();

/** Whether `node` runs only where member `name` was found present. */
const isGated = (node: ts.Node, name: string, scope: Scope, source: ts.SourceFile, depth = 0): boolean => {
  const helpers = scope.helpers;
  // The test itself (`typeof x.name`) is no use.
  if (ts.isTypeOfExpression(node.parent)) return true;
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isIfStatement(at) && within(node, at.thenStatement) && testsPresence(at.expression, name, scope)) return true;
    if (ts.isConditionalExpression(at) && within(node, at.whenTrue) && testsPresence(at.condition, name, scope)) return true;
    if (ts.isBinaryExpression(at) && at.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && within(node, at.right) && testsPresence(at.left, name, scope)) {
      return true;
    }
    // A local function: gated when every call of it is.
    if ((ts.isArrowFunction(at) || ts.isFunctionExpression(at) || ts.isFunctionDeclaration(at)) && depth < 4) {
      const declared = [...helpers.entries()].find(([, fn]) => fn === at)?.[0];
      if (declared) {
        const calls: ts.Node[] = [];
        const collect = (n: ts.Node): void => {
          if (ts.isIdentifier(n) && n.text === declared && !(ts.isVariableDeclaration(n.parent) && n.parent.name === n) && !(ts.isFunctionDeclaration(n.parent) && n.parent.name === n)) {
            calls.push(n);
          }
          ts.forEachChild(n, collect);
        };
        collect(source);
        if (calls.length > 0 && calls.every((call) => isGated(call, name, scope, source, depth + 1))) return true;
      }
    }
  }
  return false;
};

/** Every use of an Office class member in `files` (paths relative to the project). */
export const officeMemberUses = (program: ts.Program, files: readonly string[]): MemberUse[] => {
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => join(ROOT, f)));
  const uses: MemberUse[] = [];
  program.getSourceFiles().forEach((source) => {
    if (!wanted.has(source.fileName)) return;
    const scope: Scope = { helpers: localFunctions(source), checker };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const name = node.name.text;
        officeClassesOf(checker, checker.getTypeAtLocation(node.expression)).forEach(({ namespace, className }) => {
          const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({
            member: `${namespace}.${className}.${name}`,
            namespace,
            className,
            name,
            where: `${relative(ROOT, source.fileName)}:${line + 1}`,
            gated: isGated(node, name, scope, source),
          });
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  });
  return uses;
};
