/** A worker thread that runs builds on the server's store, so that grouping a large store never stalls the server's requests. */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/index.js";
import { buildAndReply, type BuildRequest } from "./builders.js";

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
