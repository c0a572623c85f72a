/** A worker thread that runs builds on the server's store, so that grouping a large store never stalls the server's requests. */
import { readFileSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/index.js";
import { buildAndReply, type BuildRequest } from "./builders.js";

/** How much lower than the server's requests builds run (a nice value: 19 is lowest). */
const BUILD_NICENESS = 10;

/**
 * Builds yield the processor to requests: on Linux this thread's own id (read from
 * /proc/thread-self) is a process id to setpriority, and only this thread runs lower. Elsewhere,
 * or where it is not allowed, builds run at the server's priority. (Threads inherit the nice
 * value of the thread that starts them; libuv's shared pool is started by the server's own
 * thread, which reads its modules through it before this worker exists.)
 */
function yieldToRequests(): void {
  try {
    const tid = Number(readFileSync("/proc/thread-self/stat", "utf8").split(" ", 1)[0]);
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, BUILD_NICENESS);
  } catch {
    // Not Linux, or not allowed.
  }
}

yieldToRequests();
const port = parentPort!;
const store = await openStore((workerData as { location: string }).location);
port.on("message", (message: BuildRequest | "close") => {
  if (message === "close") {
    void store.close().finally(() => port.close());
    return;
  }
  void buildAndReply(store, message).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true });
