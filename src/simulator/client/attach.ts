import type { Endpoint } from './endpoint';
import type { SimulatedOffice } from './office';
import type { OfficeClient } from './types';

/**
 * Plugs a simulated document into Microsoft's client, at the two seams the client offers:
 *
 * - `OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders`: every RequestContext made
 *   without a URL (`Word.run`, `Excel.run`) takes it as its session and sends its `context.sync()`
 *   requests to the session's request executor instead of to Office. A context keeps the session
 *   it was made with. (Not `SessionBase._overrideSession`: with it, the client's `run` waits for
 *   its closing "release the references" request before it resolves — `_runCommon` treats a
 *   session given as the run's request info as a remote one — where in Office, whose runs have
 *   no request info, that request goes out after `run` has resolved. The override made every
 *   simulated `run` one round trip slower than Office's.)
 * - `OSF._OfficeAppFactory.getContext()`: what the client's `Office.context` returns.
 *
 * Both are internals of @microsoft/office-js 1.1.110, read from its code; the lab in
 * ../shared/labs/office-js-client showed they suffice. One document is attached to a realm at a
 * time, as one document is open under a task pane.
 */
export const attach = (client: OfficeClient, office: SimulatedOffice, endpoint: Endpoint): void => {
  if (client.host !== office.host) throw new Error(`a ${office.host} document cannot be opened in the ${client.host} client`);
  const { OfficeExtension, OSF, OfficeExt } = client;
  const SessionBase = OfficeExtension.SessionBase;
  const session = Object.create(SessionBase.prototype);
  session._resolveRequestUrlAndHeaderInfo = () =>
    OfficeExtension.Promise.resolve({ url: 'https://statustabel.simulator.invalid/', headers: {} });
  session._createRequestExecutorOrNull = () => ({
    executeAsync: (_customData: unknown, _flags: number, message: { Body: unknown }) => endpoint.execute(message.Body),
  });
  session.getEventRegistration = () => endpoint.eventRegistration;
  OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = session;
  // RichApi events (Excel's worksheets.onChanged) arrive through the client's GenericEventRegistration;
  // its test seam makes it ready without Office's DDA message channel, and the simulator then
  // delivers events with `_testTriggerRichApiMessageEvent`.
  OfficeExtension._testSetRichApiMessageReadyImpl?.(() => OfficeExtension.Promise.resolve(null));

  const context = office.contextFor(OfficeExt.Requirement.RequirementMatrix);
  OSF._OfficeAppFactory = { getContext: () => context };
  office.install(client.Office);
};
