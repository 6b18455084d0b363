import { useState } from "react";
import type { InMemoryWorkbook } from "../../in-memory-excel";
import { cellAddress, parseCell } from "../../src/template/address";

/** A plain grid of one sheet: cell text, fill and merges; unlocked cells take input like Excel (validation applies). */
export function SheetGrid({
  wb,
  sheet,
  onEdited,
}: {
  wb: InMemoryWorkbook;
  sheet: string;
  onEdited(): void;
}) {
  const [alert, setAlert] = useState<string | null>(null);
  const view = wb.sheet(sheet);
  const last = parseCell((view.usedAddress ?? "A1").split(":").pop() ?? "A1");
  const type = (address: string, input: string) => {
    try {
      wb.typeIntoCell(sheet, address, input);
      setAlert(null);
    } catch (error) {
      setAlert(error instanceof Error ? error.message : String(error));
    }
    onEdited();
  };
  return (
    <div>
      {alert && (
        <p role="alert" style={{ color: "#a4262c", margin: 4 }}>
          {alert}
        </p>
      )}
      <table style={{ borderCollapse: "collapse", fontSize: 12 }} data-sheet={sheet}>
        <tbody>
          {Array.from({ length: last.row + 1 }, (_, r) => (
            <tr key={r}>
              {Array.from({ length: last.column + 1 }, (_, c) => {
                const address = cellAddress(r, c);
                const cell = view.cell(address);
                const merge = cell.merged?.split(":") ?? null;
                if (merge && merge[0] !== address) return null;
                const end = merge ? parseCell(merge[1] ?? address) : { row: r, column: c };
                const editable = !cell.locked || !view.protection.protected;
                return (
                  <td
                    key={address}
                    data-address={address}
                    title={cell.formula ?? undefined}
                    rowSpan={end.row - r + 1}
                    colSpan={end.column - c + 1}
                    style={{
                      border: "1px solid #d0d0d0",
                      padding: "2px 4px",
                      background: cell.fill ?? undefined,
                      fontWeight: cell.fontBold ? 700 : 400,
                      maxWidth: 220,
                    }}
                  >
                    {editable && cell.formula === null ? (
                      <input
                        aria-label={`${sheet}!${address}`}
                        defaultValue={cell.text}
                        key={`${cell.text}|${cell.fill}`}
                        style={{ width: 64, border: "none", background: "transparent" }}
                        onKeyDown={(event) =>
                          event.key === "Enter" && type(address, event.currentTarget.value)
                        }
                      />
                    ) : cell.formula ? (
                      <i style={{ color: "#8a8886" }}>ƒx</i>
                    ) : (
                      cell.text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
