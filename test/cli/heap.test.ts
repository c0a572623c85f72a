import assert from "node:assert/strict";
import { test } from "node:test";
import { boundHeapGrowth } from "../../src/cli/heap.js";

test("the heap's growth is bounded unless the user sized the heap", () => {
  assert.equal(boundHeapGrowth({ NODE_OPTIONS: "--max-old-space-size=4096" }, []), false);
  assert.equal(boundHeapGrowth({}, ["--max_old_space_size=512"]), false);
  assert.equal(boundHeapGrowth({ NODE_OPTIONS: "--enable-source-maps --heap-growing-percent=80" }, []), false);
  assert.equal(boundHeapGrowth({ NODE_OPTIONS: "--enable-source-maps" }, ["--import", "tsx"]), true);
});
