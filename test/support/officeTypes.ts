import { readFileSync } from 'node:fs';
import * as ts from 'typescript';

/**
 * The Office.js API as @types/office-js describes it: each class of the Word and Excel
 * namespaces with its members, and the requirement set each member needs ("[Api set: WordApi
 * 1.3]" in its doc comment; the class's own set where the member names none).
 */

export interface MemberInfo {
  readonly set?: { readonly name: string; readonly version: string };
}

export type OfficeTypes = ReadonlyMap<string, ReadonlyMap<string, MemberInfo>>;

const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s+([0-9.]+)\s*\]/;

const setIn = (node: ts.Node, source: ts.SourceFile): MemberInfo['set'] => {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => doc.getFullText(source))
    .join('\n');
  const match = API_SET.exec(text);
  return match ? { name: match[1] as string, version: match[2] as string } : undefined;
};

/** "Word.Paragraph" → member name → info, for the namespaces asked for. */
export const officeTypes = (namespaces: readonly string[] = ['Word', 'Excel']): OfficeTypes => {
  const path = require.resolve('@types/office-js/index.d.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, Map<string, MemberInfo>>();
  const visit = (node: ts.Node, namespace: string | undefined): void => {
    if (ts.isModuleDeclaration(node)) {
      const name = node.name.getText(source);
      if (node.body && ts.isModuleBlock(node.body)) node.body.statements.forEach((s) => visit(s, namespace ?? name));
      return;
    }
    if (!namespace || !namespaces.includes(namespace)) return;
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      const className = `${namespace}.${node.name.text}`;
      const classSet = setIn(node, source);
      const members = out.get(className) ?? new Map<string, MemberInfo>();
      node.members.forEach((member) => {
        const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined;
        if (!name) return;
        const set = setIn(member, source) ?? classSet;
        if (!members.has(name)) members.set(name, set ? { set } : {});
      });
      out.set(className, members);
    }
  };
  source.statements.forEach((s) => visit(s, undefined));
  return out;
};
