import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Progress photos (兑现照片): judged by their bytes, never by their name or declared type;
// shrunk for a phone on a weak signal; stripped of EXIF (and so of the GPS position of a
// herder's pasture) unless the secretary asks to keep it.

/** Refused before any decoding: a photo is never this large after a phone has compressed it. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** The longer side of a stored photo, in pixels. */
export const MAX_PHOTO_SIDE = 1600;
const QUALITY = 80;
/** A decompression bomb guard: 50 megapixels is past any phone camera. */
const MAX_INPUT_PIXELS = 50_000_000;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "heif", "gif", "tiff"]);

export type ProcessedPhoto = {
  data: Buffer;
  mimeType: "image/jpeg" | "image/webp";
  extension: "jpg" | "webp";
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  keepsLocation: boolean;
};

/**
 * Checks that `input` is an image by its content, then orients, resizes (longer side at most
 * MAX_PHOTO_SIDE) and re-encodes it: JPEG stays JPEG, anything else becomes WebP. Errors are
 * field errors of "files": TOO_LARGE, NOT_AN_IMAGE.
 */
export async function processPhoto(input: Blob, options: { keepLocation: boolean }): Promise<ProcessedPhoto> {
  if (input.size > MAX_UPLOAD_BYTES) throw new AppError("INVALID", "TOO_LARGE", "files");
  const source = Buffer.from(await input.arrayBuffer());
  let format: string | undefined;
  try {
    format = (await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw new AppError("INVALID", "NOT_AN_IMAGE", "files");
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) throw new AppError("INVALID", "NOT_AN_IMAGE", "files");

  const asJpeg = format === "jpeg";
  let pipeline = sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
    .autoOrient()
    .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true });
  // Default output carries no metadata at all; keeping it keeps EXIF with the location.
  if (options.keepLocation) pipeline = pipeline.keepExif();
  pipeline = asJpeg ? pipeline.jpeg({ quality: QUALITY, mozjpeg: true }) : pipeline.webp({ quality: QUALITY });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true }).catch(() => {
    throw new AppError("INVALID", "NOT_AN_IMAGE", "files");
  });
  return {
    data,
    mimeType: asJpeg ? "image/jpeg" : "image/webp",
    extension: asJpeg ? "jpg" : "webp",
    width: info.width,
    height: info.height,
    bytes: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    keepsLocation: options.keepLocation,
  };
}

/** The directory photos are stored under (UPLOAD_DIR, resolved against the working directory). */
export function uploadRoot(): string {
  return path.resolve(env().UPLOAD_DIR);
}

/** Writes a processed photo under a random key ("ab/abcdef….jpg") and returns the key. */
export async function storePhoto(photo: ProcessedPhoto): Promise<string> {
  const name = randomBytes(16).toString("hex");
  const storageKey = `${name.slice(0, 2)}/${name}.${photo.extension}`;
  const target = path.join(uploadRoot(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, photo.data, { flag: "wx" });
  return storageKey;
}

/** Removes stored photos whose database rows were never written (the transaction failed). */
export async function removeStoredPhotos(storageKeys: readonly string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => rm(path.join(uploadRoot(), key), { force: true })));
}
