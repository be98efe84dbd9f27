// Villagers reading boards: one autocannon instance per kind of page, each connection asking for a
// page picked at random from every board, every published pledge or every board's open data, each
// request from a new villager's address. A page other than 200 is an error (a 429 from the
// open-data limit would be one too). Requests still waiting when the time is up are not counted.
// Each asks for a compressed answer, as every phone's browser does.
import autocannon from "autocannon";
import { readerAddress } from "./addresses";
import type { Kind, Recorder } from "./stats";

export type ReaderStream = { kind: Kind; connections: number; paths: string[] };

/** A request unanswered after this many seconds is an error. */
export const TIMEOUT_SECONDS = 10;

function runStream(base: string, seconds: number, stream: ReaderStream, recorder: Recorder): Promise<void> {
  const pick = () => stream.paths[Math.floor(Math.random() * stream.paths.length)]!;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: stream.connections,
        pipelining: 1,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        requests: [
          {
            method: "GET",
            setupRequest: (request) => ({ ...request, path: pick(), headers: { ...request.headers, "accept-encoding": "gzip", "x-forwarded-for": readerAddress() } }),
          },
        ],
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on("response", (_client, status, _bytes, ms) => recorder.ended(stream.kind, ms, status === 200 ? undefined : `answered ${status}`));
    // autocannon reports a timeout (and a dropped connection) without its time: a timeout waited TIMEOUT_SECONDS.
    instance.on("reqError", (error: unknown) => recorder.ended(stream.kind, TIMEOUT_SECONDS * 1000, error instanceof Error ? error.message : String(error)));
  });
}

/** Runs every stream at once for `seconds`; resolves when all have finished. */
export async function runReaders(base: string, seconds: number, streams: ReaderStream[], recorder: Recorder): Promise<void> {
  await Promise.all(streams.filter((stream) => stream.connections > 0 && stream.paths.length > 0).map((stream) => runStream(base, seconds, stream, recorder)));
}
