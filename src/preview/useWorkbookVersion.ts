// A number that changes when the workbook does, at most once per frame: a 200,000-row write is
// hundreds of syncs and the grid only needs to draw the last state of each frame.
import * as React from "react";
import type { InMemoryWorkbook } from "../excelDouble";

export function useWorkbookVersion(workbook: InMemoryWorkbook): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => {
    let frame = 0;
    const stop = workbook.onChange(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    });
    return () => {
      stop();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [workbook]);
  return version;
}
