// Interns customer ids in order of first appearance, which is what makes the output order
// deterministic and lets per-row data refer to customers by a small integer.
/** The customers of a run in order of first appearance: what aggregation reads. */
export interface CustomerKeyList {
  readonly ids: string[];
  readonly names: (string | null)[];
  /** Index into the input values where each customer first appears. */
  readonly firstIndex: number[];
  readonly size: number;
}

export class CustomerKeys implements CustomerKeyList {
  readonly ids: string[] = [];
  readonly names: (string | null)[] = [];
  /** Index into the input values where each customer first appears. */
  readonly firstIndex: number[] = [];
  private readonly byId = new Map<string, number>();

  intern(id: string, rowIndex: number): number {
    let k = this.byId.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.byId.set(id, k);
      this.ids.push(id);
      this.names.push(null);
      this.firstIndex.push(rowIndex);
    }
    return k;
  }

  /** Keeps the first non-blank display name seen for a customer. */
  nameIfMissing(k: number, name: string): void {
    if (this.names[k] === null && name !== "") this.names[k] = name;
  }

  get size(): number {
    return this.ids.length;
  }
}
