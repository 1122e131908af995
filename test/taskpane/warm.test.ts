import { checkToView, type Checker } from '../../src/taskpane/check/view';
import { warmUp } from '../../src/taskpane/check/warm';

describe('warmUp: one check of a small table while Office answers', () => {
  it('runs the checker once, later, on a table that sends the check down most of its rules', async () => {
    jest.useFakeTimers();
    try {
      const calls: Parameters<Checker>[] = [];
      const checker: Checker = async (...args) => {
        calls.push(args);
        return checkToView(...args);
      };
      warmUp(checker);
      // Not in the caller's task: React draws the pane first.
      expect(calls).toHaveLength(0);
      jest.runOnlyPendingTimers();
      expect(calls).toHaveLength(1);
      const [doc, today, settings] = calls[0] ?? [];
      if (!doc || !today || !settings) throw new Error('no call');
      const view = checkToView(doc, today, settings);
      if (!view.ok) throw new Error(view.reason);
      const rules = new Set(view.findings.map((f) => f.finding.rule));
      expect([...rules].sort()).toEqual(
        expect.arrayContaining(['planning.past-due', 'planning.vague', 'status.missing', 'trekker.missing', 'trekker.unknown', 'trekker.duplicate', 'heading.missing']),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('lets a failing checker fail quietly', async () => {
    jest.useFakeTimers();
    try {
      const unhandled = jest.fn();
      process.on('unhandledRejection', unhandled);
      warmUp(() => Promise.reject(new Error('no worker')));
      jest.runOnlyPendingTimers();
      jest.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 10));
      process.off('unhandledRejection', unhandled);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });
});
