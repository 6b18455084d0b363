/**
 * The template's record as a returned file carries it (custom properties, or the information sheet).
 * B-06 and B-07 name no lead unit in the policy (正文: 每年新增2500万元; 工业用地比例不低于35%): the
 * task force may assign them, and the record says to whom.
 */
import { templateRecordOf } from "../../src/reader/template-record";
import { templateProperties } from "../../src/template/types";

describe("a returned file's record", () => {
  test("keeps the units B-06 and B-07 were assigned to, and drops an assignment to no unit", () => {
    const record = templateRecordOf({
      [templateProperties.planId]: "beilun-2022-1",
      [templateProperties.leadUnit]: "区经信局",
      [templateProperties.assignments]: JSON.stringify({ "B-06": "", "B-07": "区经信局", "B-01": 3 }),
    });
    expect(record?.assignments).toEqual({ "B-07": "区经信局" });
  });

  test("damaged assignments are none, not an error", () => {
    const record = templateRecordOf({
      [templateProperties.leadUnit]: "区经信局",
      [templateProperties.assignments]: "{不是 JSON",
    });
    expect(record?.assignments).toEqual({});
  });
});
