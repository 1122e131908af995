import type { CheckReport, ISODate } from '../../src/core';
import type { StatusHost } from '../../src/hosts/host';
import { runCheck } from '../../src/hosts/operations';

export type OkReport = Extract<CheckReport, { ok: true }>;

/** `runCheck` on a host that holds a status table: its report, or the test fails with the reason. */
export const checkedReport = async (host: StatusHost, today: ISODate): Promise<OkReport> => {
  const { report } = await runCheck(host, today);
  if (!report.ok) throw new Error(report.reason);
  return report;
};
