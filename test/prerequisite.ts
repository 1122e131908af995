import { find, type ToolName } from '../scripts/prerequisites.cjs';

/**
 * A test that needs a program outside node_modules: runs `body` as the suite when the program is
 * there, and otherwise one failing test whose whole report is one line — what is missing and how
 * to get it. Never a skip: a suite that did not run must not read as a pass.
 */
export const describeWith = (tool: ToolName, name: string, body: (path: string) => void): void => {
  const found = find(tool);
  if (found.path) {
    const path = found.path;
    describe(name, () => body(path));
    return;
  }
  const line = found.missing ?? `missing: ${tool}`;
  describe(name, () => {
    it(`needs ${tool}`, () => {
      const error = new Error(line);
      // Jest prints the stack; this one is the line itself.
      error.stack = line;
      throw error;
    });
  });
};
