// Interns strings into small integers with an open-addressing table over typed arrays: on a
// million order ids this is several times cheaper than a Map<string, number>.
export class StringInterner {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly keys: string[] = [];

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(Math.max(16, capacity));
  }

  /** The index of s, adding it when new. */
  intern(s: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const k = this.slots[p];
      if (k < 0) {
        const id = this.keys.length;
        this.keys.push(s);
        this.hashes[id] = h;
        this.slots[p] = id;
        return id;
      }
      if (this.hashes[k] === h && this.keys[k] === s) return k;
    }
  }
}
