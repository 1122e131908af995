import { paragraph, simpleTable, type SourceDocument } from '../../src/core/document';
import { createExcelSimulator, type ExcelSimulatorOptions } from '../../src/simulator/excel';
import { loadOfficeClient } from '../../src/simulator/node';

/**
 * The Excel simulator through Microsoft's own Excel client: ranges made by methods survive from
 * one sync to the next only because the simulator hands out reference ids for the objects the
 * client keeps, as Excel does; a member of a requirement set Excel lacks fails at the sync.
 */

const client = loadOfficeClient('Excel');

const doc: SourceDocument = {
  blocks: [
    simpleTable([
      [['Ondersteuningsmaatregel'], ['Stand van zaken'], ['Planning'], ['Trekker']],
      [['HUISVESTING']],
      [['4.2.1. Tussenvoorzieningen'], ['Er is een verkenning.', 'Gepubliceerd.'], ['najaar 2021'], ['BZK']],
    ]),
    paragraph('19 juni 2021'),
  ],
};

const open = (options?: ExcelSimulatorOptions) => {
  const sim = createExcelSimulator(doc, options);
  sim.open(client);
  return sim;
};

const failure = async (promise: Promise<unknown>): Promise<{ code?: string; debugInfo?: { errorLocation?: string } }> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as { code?: string },
  );

describe('the Excel simulator behind the real client', () => {
  it('lays the document out on a sheet: rows, lines in a cell, a heading merged across, the stamp two rows below', async () => {
    const sim = open();
    const [values, merged] = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRangeOrNullObject(true).load('values');
      const merges = sheet.getRange().getMergedAreasOrNullObject().load('address');
      await context.sync();
      return [used.values, merges.address];
    });
    expect(values).toEqual([
      ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'],
      ['HUISVESTING', '', '', ''],
      ['4.2.1. Tussenvoorzieningen', 'Er is een verkenning.\nGepubliceerd.', 'najaar 2021', 'BZK'],
      ['', '', '', ''],
      ['19 juni 2021', '', '', ''],
    ]);
    expect(merged).toBe("'Stand van zaken'!A2:D2");
    expect(sim.snapshot()).toEqual(doc);
  });

  it('keeps a range made by a method across syncs of one run (reference ids), and cleans up after the run', async () => {
    const sim = open();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(2, 3, 1, 1);
      range.format.fill.load('color');
      await context.sync();
      range.format.fill.color = '#FFEB9C';
      await context.sync();
    });
    expect(sim.fill('D3')).toBe('#FFEB9C');
    expect(sim.traffic.syncs).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sim.traffic.cleanups).toBe(1);
  });

  it('refuses a member of a requirement set it lacks with ApiNotFound (the client itself does not check)', async () => {
    const sim = open({ requirementSets: { ExcelApi: '1.12' } });
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange().getMergedAreasOrNullObject();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    expect(error.debugInfo?.errorLocation).toBe('Range.getMergedAreasOrNullObject');
    expect(sim.traffic.syncs).toBe(1);
  });

  it('refuses writes to a protected sheet with AccessDenied and changes nothing', async () => {
    const sim = open({ protected: true });
    const before = sim.values();
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    expect(error.debugInfo?.errorLocation).toBe('Range.values');
    expect(sim.values()).toEqual(before);
  });

  it('keeps names with their comment and visibility, moving them when rows are inserted above', async () => {
    const sim = open();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const added = context.workbook.names.add('Statustabel_Datum', sheet.getRange('A5'), 'de stempel');
      added.visible = false;
      sheet.getRange('A2').getEntireRow().insert('Down');
      await context.sync();
    });
    const [formula, comment, visible] = await Excel.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject('statustabel_datum').load('formula,comment,visible');
      await context.sync();
      return [name.formula, name.comment, name.visible];
    });
    expect([formula, comment, visible]).toEqual(["='Stand van zaken'!$A$6", 'de stempel', false]);
    expect(sim.merged()).toEqual(['A3:D3']);
  });

  it('tells a listening add-in of a co-author\'s edit through worksheets.onChanged', async () => {
    const sim = open();
    const seen: string[] = [];
    const subscription = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.onChanged.add(async (event) => {
        seen.push(event.changeType);
      });
      await context.sync();
      return added;
    });
    sim.edit((editor) => editor.setValue('D3', 'VNG'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['RangeEdited']);
    await Excel.run(subscription.context, async (context) => {
      subscription.remove();
      await context.sync();
    });
    sim.edit((editor) => editor.setValue('D3', 'BZK'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['RangeEdited']);
  });

  it('finds the cells holding numbers as areas with their formats (getSpecialCellsOrNullObject, ExcelApi 1.9), a null object where none', async () => {
    const sim = open();
    sim.edit((e) => {
      e.setValue('C3', 44455);
      e.setNumberFormat('C3', 'dd-mm-yyyy');
      e.setValue('D3', 7);
      e.setValue('B6', 44366);
      e.setNumberFormat('B6', '[$-413]d mmmm yyyy');
    });
    const [areas, formulas, empty] = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      const numbers = used.getSpecialCellsOrNullObject('Constants', 'Numbers');
      numbers.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/numberFormat');
      const computed = used.getSpecialCellsOrNullObject('Formulas', 'Numbers');
      computed.load('address');
      const nothing = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2').getSpecialCellsOrNullObject('Constants', 'Numbers');
      nothing.load('address');
      await context.sync();
      return [numbers.areas.items.map((r) => [r.rowIndex, r.columnIndex, r.numberFormat]), computed.isNullObject, nothing.isNullObject];
    });
    expect(areas).toEqual([
      [2, 2, [['dd-mm-yyyy', 'General']]],
      [5, 1, [['[$-413]d mmmm yyyy']]],
    ]);
    expect([formulas, empty]).toEqual([true, true]);
    const error = await failure(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2').getSpecialCells('Constants', 'Numbers').load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('answers a blank sheet\'s used range with its top-left cell (getUsedRange)', async () => {
    const sim = open();
    sim.edit((e) => e.addSheet('Leeg'));
    const [address, values] = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Leeg').getUsedRange(true).load('address,values');
      await context.sync();
      return [used.address, used.values];
    });
    expect([address, values]).toEqual(['Leeg!A1', [['']]]);
  });

  it('refuses a response over the payload limit with ResponsePayloadSizeLimitExceeded, and the next sync of the run still goes', async () => {
    const sim = open({ payloadLimitBytes: 3000 });
    sim.edit((e) => e.setValue('B3', 'x'.repeat(4000)));
    sim.resetTraffic();
    const [code, small] = await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load('values');
      const caught = await context.sync().then(
        () => 'none',
        (error: { code?: string }) => error.code,
      );
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange('A1').load('values');
      await context.sync();
      return [caught, cell.values];
    });
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(small).toEqual([['Ondersteuningsmaatregel']]);
    expect(sim.traffic.records.filter((r) => r.kind === 'sync').map((r) => r.error ?? 'ok')).toEqual(['ResponsePayloadSizeLimitExceeded', 'ok']);
  });
});
