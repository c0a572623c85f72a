/** A real HTTP server on loopback for the watch tests: routes by path, and a log of every request in arrival order. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  readonly port: number;
  /** "host path" of every request, in the order they arrived. */
  readonly log: string[];
  /** How each response ended, by path: "finished" (all sent) or "closed" (the client hung up first). */
  readonly endings: Map<string, string>;
  close(): Promise<void>;
}

export type Route = (req: IncomingMessage, res: ServerResponse, port: number) => void;

export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const log: string[] = [];
  const endings = new Map<string, string>();
  let port = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    log.push(`${(req.headers.host ?? "").replace(/:\d+$/, "")} ${req.url}`);
    res.on("finish", () => endings.set(path, "finished"));
    res.on("close", () => !endings.has(path) && endings.set(path, "closed"));
    const route = routes[path];
    if (route) route(req, res, port);
    else {
      res.statusCode = 404;
      res.end("not found");
    }
  });
  // Both loopbacks (127.0.0.1 and ::1) where IPv6 is there, so "localhost" reaches it either way.
  await new Promise<void>((resolve, reject) => {
    server.once("error", () => server.listen(0, "127.0.0.1", resolve));
    server.listen({ port: 0, host: "::", ipv6Only: false }, resolve);
    void reject;
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    log,
    endings,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export const send = (status: number, body: string, type = "text/html; charset=utf-8"): Route => (_req, res) => {
  res.writeHead(status, { "content-type": type });
  res.end(body);
};
