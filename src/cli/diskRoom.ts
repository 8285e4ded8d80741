// Room on the disk of the CLI's temporary folder, watched while the CLI writes a file there (a
// decompressed input, a transcoded CSV). Such a file can be many times the input (gzip holds a
// thousand times its size; GBK text grows by half as UTF-8): written until the disk was full, it
// left the user's machine without room for anything else, DuckDB's own spill files included.
import { statfs } from "node:fs/promises";
import { dirname } from "node:path";

/** The disk that holds `dir`: bytes free for this user, and its size. */
export type DiskRoom = (dir: string) => Promise<{ free: number; size: number }>;

export const diskRoom: DiskRoom = async (dir) => {
  const s = await statfs(dir);
  return { free: s.bavail * s.bsize, size: s.blocks * s.bsize };
};

/**
 * Free space the CLI's writing leaves on the temporary folder's disk, at least; a tenth of a
 * disk smaller than 10 GB (a container's small /tmp held 20 MB files before, and still does).
 */
export const KEEP_FREE = 2 ** 30;

/** What the writing leaves free on a disk of `size` bytes. */
export const keptFree = (size: number): number => Math.min(KEEP_FREE, size / 10);
/** Bytes written between two looks at the disk's free space. */
export const LOOK_EVERY = 64 * 2 ** 20;

/** A size as messages give it: "12.3 GB", or "250 MB" below a gigabyte. */
export const sizeText = (bytes: number): string =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;

/** The bytes written to one folder, and whether the disk has room for the next ones. */
export class RoomWatch {
  written = 0;
  private nextLook = 0;
  /** What the last look kept free (keptFree of the disk's size). */
  private keep = KEEP_FREE;

  constructor(
    readonly dir: string,
    private readonly room: DiskRoom = diskRoom
  ) {}

  /**
   * The folder messages name: the system's temporary folder, which TMPDIR sets (the run's own
   * folder in it, `dir`, is removed at once).
   */
  get shownDir(): string {
    return dirname(this.dir);
  }

  /** What a message names: the file, what was written, the room kept and the folder. */
  noRoom(file: string): { file: string; written: string; keep: string; dir: string } {
    return { file, written: sizeText(this.written), keep: sizeText(this.keep), dir: this.shownDir };
  }

  /**
   * Whether `bytes` more may be written: false when they, and the bytes up to the next look,
   * would leave the disk under keptFree. Looks at the disk every LOOK_EVERY bytes (less on a
   * small disk); when the disk does not answer, writing goes on (a full disk still stops the
   * write itself).
   */
  async allows(bytes: number): Promise<boolean> {
    this.written += bytes;
    if (this.written < this.nextLook) return true;
    let disk: { free: number; size: number };
    try {
      disk = await this.room(this.dir);
    } catch {
      this.nextLook = this.written + LOOK_EVERY;
      return true;
    }
    // On a small disk, looks as often as a tenth of it is written.
    const every = Math.min(LOOK_EVERY, disk.size / 10);
    this.nextLook = this.written + every;
    this.keep = keptFree(disk.size);
    return disk.free - bytes - every >= this.keep;
  }
}
