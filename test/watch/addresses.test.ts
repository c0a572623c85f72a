/** Which addresses a watch may fetch, and how robots.txt is read (RFC 9309 examples and edge cases). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { refusedAddress } from "../../src/watch/addresses.js";
import { ALLOW_ALL, parseRobots, robotsAllow } from "../../src/watch/robots.js";

describe("refusedAddress", () => {
  it("lets public IPv4 and IPv6 addresses through", () => {
    for (const ip of ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:2800:220:1:248:1893:25c8:1946", "2a00:1450:4001:82a::200e", "::ffff:93.184.216.34", "64:ff9b::808:808"]) assert.equal(refusedAddress(ip), null, ip);
  });

  it("refuses loopback, private, link-local and other non-public IPv4 ranges", () => {
    const cases: Array<[string, RegExp]> = [
      ["127.0.0.1", /loopback/], ["127.255.255.254", /loopback/], ["10.1.2.3", /private/], ["172.16.0.1", /private/], ["172.31.255.255", /private/],
      ["192.168.1.1", /private/], ["169.254.169.254", /link-local/], ["100.64.0.1", /carrier/], ["0.0.0.0", /this network/], ["224.0.0.1", /multicast/],
      ["255.255.255.255", /reserved/], ["198.18.0.1", /benchmarking/],
    ];
    for (const [ip, why] of cases) assert.match(refusedAddress(ip) ?? "", why, ip);
    assert.equal(refusedAddress("172.32.0.1"), null, "just outside 172.16/12");
  });

  it("refuses the same in IPv6, including IPv4 carried inside it", () => {
    const cases: Array<[string, RegExp]> = [
      ["::1", /loopback/], ["::", /unspecified/], ["fe80::1%eth0", /link-local/], ["fd00::1", /unique local/], ["fc12:3456::1", /unique local/],
      ["ff02::1", /multicast/], ["2001:db8::1", /documentation/], ["::ffff:127.0.0.1", /loopback \(IPv4 in IPv6\)/], ["::ffff:7f00:1", /loopback/],
      ["::ffff:10.0.0.1", /private/], ["::ffff:169.254.169.254", /link-local/], ["::127.0.0.1", /loopback/], ["64:ff9b::7f00:1", /loopback \(NAT64\)/],
      ["2002:7f00:1::", /loopback \(6to4\)/], ["2002:c0a8:0101::1", /private \(6to4\)/], ["[::1]", /loopback/], ["0:0:0:0:0:0:0:1", /loopback/],
    ];
    for (const [ip, why] of cases) assert.match(refusedAddress(ip) ?? "", why, ip);
    assert.match(refusedAddress("localhost") ?? "", /not an IP address/);
  });
});

describe("robots.txt", () => {
  const text = [
    "# comment", "User-agent: *", "Disallow: /search", "Allow: /search/about", "Disallow: /*.pdf$", "Disallow: /tmp/*/draft",
    "", "User-agent: dossier", "User-agent: other", "Disallow: /archive/", "Allow: /archive/public", "",
  ].join("\n");

  it("reads the group named for the crawler, not the * group, when there is one", () => {
    const mine = parseRobots(text, "Dossier");
    assert.equal(robotsAllow(mine, "/search"), true);
    assert.equal(robotsAllow(mine, "/archive/2020"), false);
    assert.equal(robotsAllow(mine, "/archive/public/x"), true);
  });

  it("uses the * group otherwise: longest match wins, $ anchors, * spans", () => {
    const any = parseRobots(text, "SomeBot");
    assert.equal(robotsAllow(any, "/search?q=dam"), false);
    assert.equal(robotsAllow(any, "/search/about"), true);
    assert.equal(robotsAllow(any, "/files/report.pdf"), false);
    assert.equal(robotsAllow(any, "/files/report.pdf?x=1"), true, "$ anchors the end");
    assert.equal(robotsAllow(any, "/tmp/a/b/draft/1"), false);
    assert.equal(robotsAllow(any, "/archive/2020"), true);
  });

  it("allows all with an empty Disallow or no file, and Allow wins a tie", () => {
    assert.equal(robotsAllow(parseRobots("User-agent: *\nDisallow:\n", "Dossier"), "/x"), true);
    assert.equal(robotsAllow(ALLOW_ALL, "/x"), true);
    assert.equal(robotsAllow(parseRobots("User-agent: *\nDisallow: /page\nAllow: /page\n", "Dossier"), "/page"), true);
  });
});
