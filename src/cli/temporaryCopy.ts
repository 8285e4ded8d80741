// A copy of the user's file the CLI writes to its temporary folder (a legacy-encoded CSV as
// UTF-8, for DuckDB): the disk's free space watched (diskRoom.ts), and a write that fails (the
// disk full, a folder that cannot be written) reported in words naming the user's file. Before,
// a full disk ended the run with node's "Unhandled 'error' event" and a stack trace.
import { createWriteStream, type WriteStream } from "node:fs";
import { dirname } from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { CliError } from "./cliError";
import { diskRoom, RoomWatch, type DiskRoom } from "./diskRoom";
import { messageOf } from "./errorText";

export class TemporaryCopy {
  private readonly stream: WriteStream;
  private readonly watch: RoomWatch;
  private failure: unknown = null;

  /** Writes to `path`; messages name `file`, the user's file it is a copy of. */
  constructor(
    readonly path: string,
    private readonly file: string,
    room: DiskRoom = diskRoom
  ) {
    this.stream = createWriteStream(path);
    // Kept, and reported by the next write or by close(): an 'error' event without a listener
    // ends the process.
    this.stream.on("error", (error) => (this.failure ??= error));
    this.watch = new RoomWatch(dirname(path), room);
  }

  /** Writes the bytes, waiting while the stream's buffer is full. */
  async write(bytes: Buffer): Promise<void> {
    if (!(await this.watch.allows(bytes.length))) {
      this.stream.destroy();
      throw new CliError("file.copyNoRoom", this.watch.noRoom(this.file));
    }
    this.check();
    if (this.stream.write(bytes)) return;
    try {
      await once(this.stream, "drain"); // rejects on the stream's error
    } catch (error) {
      this.failure ??= error;
      this.check();
    }
  }

  /** Ends the file; throws file.copyFailed when a write failed. */
  async close(): Promise<void> {
    if (this.failure === null) {
      this.stream.end();
      await finished(this.stream).catch((error: unknown) => (this.failure ??= error));
    }
    this.check();
  }

  /** Stops writing (after another error): the file is left for its folder's removal. */
  abort(): void {
    this.stream.destroy();
  }

  private check(): void {
    if (this.failure === null) return;
    this.stream.destroy();
    const params = { file: this.file, dir: this.watch.shownDir, reason: messageOf(this.failure) };
    throw new CliError("file.copyFailed", params);
  }
}
