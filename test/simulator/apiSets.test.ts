import { excelTypes } from '../../src/simulator/excel/api';
import { workbookFrom } from '../../src/simulator/excel/build';
import { clientName, type ObjectType, type TypeRegistry } from '../../src/simulator/richapi/objects';
import { wordTypes } from '../../src/simulator/word/api';
import { emptyDocument } from '../../src/simulator/word/model';
import { officeTypes } from '../support/officeTypes';

/**
 * The simulator's Word and Excel types against @types/office-js, the reference Microsoft
 * generates from its API: every member the simulator answers exists in Office.js (no invented
 * API), and needs the requirement set the reference gives it, so a host that forgets a
 * requirement-set check fails here as it would in an older Office.
 */

const reference = officeTypes();

/** Members only the client itself uses: collection item access and event registration. */
const INTERNAL = /^(_|GetItemAt$)/;

const members = (type: ObjectType<never>): string[] => [
  ...Object.keys(type.scalars ?? {}),
  ...Object.keys(type.setters ?? {}),
  ...Object.keys(type.navigation ?? {}),
  ...Object.keys(type.methods ?? {}),
];

const check = (namespace: 'Word' | 'Excel', registry: TypeRegistry) => {
  const unknown: string[] = [];
  const wrongSet: string[] = [];
  Object.entries(registry).forEach(([typeName, type]) => {
    const declared = reference.get(`${namespace}.${typeName}`);
    if (!declared) {
      unknown.push(typeName);
      return;
    }
    new Set(members(type)).forEach((wire) => {
      if (INTERNAL.test(wire)) return;
      const name = clientName(wire);
      const info = declared.get(name);
      if (!info) {
        unknown.push(`${typeName}.${name}`);
        return;
      }
      const expected = info.set && info.set.version !== '1.1' ? `${info.set.name} ${info.set.version}` : undefined;
      const applied = type.sets?.[wire] ?? type.set;
      const normal = applied?.endsWith(' 1.1') ? undefined : applied;
      if (normal !== expected) wrongSet.push(`${typeName}.${name}: simulator ${applied ?? 'none'}, reference ${expected ?? 'none'}`);
    });
  });
  return { unknown, wrongSet };
};

describe.each([
  ['Word', wordTypes(emptyDocument())],
  ['Excel', excelTypes(workbookFrom({ blocks: [] }))],
] as const)('the simulated %s API', (namespace, registry) => {
  it('answers only members Office.js has', () => {
    expect(check(namespace, registry).unknown).toEqual([]);
  });

  it('refuses each member of a requirement set the simulated application lacks, as the reference says', () => {
    expect(check(namespace, registry).wrongSet).toEqual([]);
  });
});
