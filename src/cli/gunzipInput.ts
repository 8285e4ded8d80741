// A gzip-compressed input (how warehouses export: Snowflake's and Redshift's unloads, BigQuery's
// EXPORT DATA, `gzip orders.csv`) read as the file it holds. It is decompressed as a stream to a
// temporary folder of this run, never held whole, and the rest of the CLI reads that file as
// any other: its content still decides whether it is a CSV, a Parquet or an XLSX file, and its
// rows keep their numbers. Messages name the file the user gave, not the temporary one.
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename, join } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { CodedError } from "../core";
import { CliError } from "./cliError";
import { diskRoom, RoomWatch, type DiskRoom } from "./diskRoom";
import { messageOf } from "./errorText";
import { temporaryFolder } from "./tempFolders";

/** The two bytes every gzip member starts with (RFC 1952, section 2.3.1). */
const GZIP_MAGIC = [0x1f, 0x8b];

/** True when the file starts as gzip data; false when it does not, or cannot be read. */
export async function isGzip(file: string): Promise<boolean> {
  try {
    const handle = await open(file, "r");
    try {
      const bytes = Buffer.alloc(GZIP_MAGIC.length);
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
      return bytesRead === bytes.length && GZIP_MAGIC.every((b, i) => bytes[i] === b);
    } finally {
      await handle.close();
    }
  } catch {
    return false; // a folder, a missing file: the readers name what is wrong with it
  }
}

/** The name inside: orders.csv.gz holds orders.csv (the extension tells an XLSX from a CSV). */
export function innerName(file: string): string {
  const name = basename(file).replace(/\.(gz|gzip)$/i, "");
  return name === "" || name === basename(file) ? "input" : name;
}

/** The error with the temporary file's path, wherever a message quotes it, put back as `file`. */
function named(error: unknown, inner: string, file: string): unknown {
  if (!(error instanceof CodedError)) return error;
  const params = error.params as Record<string, unknown>;
  for (const [key, value] of Object.entries(params))
    if (typeof value === "string" && value.includes(inner))
      params[key] = value.split(inner).join(file);
  return error;
}

/** Passes the bytes through, and stops them when the disk would keep less than KEEP_FREE. */
class RoomKeeper extends Transform {
  private readonly watch: RoomWatch;

  constructor(
    private readonly file: string,
    dir: string,
    room: DiskRoom
  ) {
    super();
    this.watch = new RoomWatch(dir, room);
  }

  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    this.watch.allows(chunk.length).then((room) => {
      if (room) done(null, chunk);
      else done(this.noRoom());
    }, done);
  }

  private noRoom(): CliError {
    return new CliError("file.gunzipNoRoom", this.watch.noRoom(this.file));
  }
}

/**
 * Runs `read` over the file, or over what it holds when it is gzip data (several members, as
 * `cat a.gz b.gz` makes, read as one file). CliError file.gunzipFailed when it cannot be
 * decompressed (cut short, corrupt), file.gunzipNoRoom when what it holds would leave less than
 * KEEP_FREE on the disk of the temporary folder.
 */
export async function withGunzipped<T>(
  file: string,
  read: (file: string) => Promise<T>,
  room: DiskRoom = diskRoom
): Promise<T> {
  if (!(await isGzip(file))) return read(file);
  const folder = temporaryFolder("tiering-gunzip-");
  const inner = join(folder.dir, innerName(file));
  try {
    try {
      await pipeline(
        createReadStream(file),
        createGunzip(),
        new RoomKeeper(file, folder.dir, room),
        createWriteStream(inner)
      );
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError("file.gunzipFailed", { file, reason: messageOf(error) });
    }
    return await read(inner);
  } catch (error) {
    throw named(error, inner, file);
  } finally {
    folder.remove();
  }
}
