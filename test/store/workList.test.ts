/**
 * The analysis work list (story_queue) on every backend: an analysis is written only while its
 * story is queued with the memberships the analysis read; otherwise the story stays as it is.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Story } from "../../src/model.js";
import type { StoryRow } from "../../src/store/index.js";
import { backends, dropCreatedDatabases } from "./backends.js";

after(dropCreatedDatabases);

/** The row an analysis that read these memberships writes. */
function row(id: string, members: Array<[string, number]>): StoryRow {
  const articleIds = members.map(([a]) => a);
  const story: Story = { id, headline: id, articleIds, copies: [], citations: [], origins: [], claims: [], quoteVariants: [], entities: [], timeline: [], framing: [] };
  const seqs = members.map(([, seq]) => seq);
  return { story, position: 0, updatedSeq: Math.max(...seqs), memberCount: seqs.length, memberSeqSum: seqs.reduce((a, b) => a + b, 0) };
}

for (const backend of backends) {
  describe(`${backend.name} analysis work list`, { skip: backend.skip }, () => {
    test("a story stays queued when an article joined it after its analysis read the members", async () => {
      const store = await backend.open(await backend.fresh());
      try {
        await store.assign(async (tx) => {
          await tx.addMembers([{ articleId: "a1", storyId: "s", seq: 1 }, { articleId: "b1", storyId: "t", seq: 2 }]);
          await tx.queueStories([{ storyId: "s", position: 0 }, { storyId: "t", position: 1 }]);
        });
        // A job reads s (members up to seq 1); meanwhile another build assigns a3 (seq 3) to s and queues it again.
        await store.assign(async (tx) => {
          await tx.addMembers([{ articleId: "a3", storyId: "s", seq: 3 }]);
          await tx.queueStories([{ storyId: "s", position: 0 }]);
        });
        assert.deepEqual(await store.putStories([row("s", [["a1", 1]]), row("t", [["b1", 2]])]), ["t"]);
        assert.deepEqual(await store.queuedStories(10), [{ storyId: "s", position: 0 }], "s is analysed again; t, whose members were all read, is done");
        assert.equal((await store.getStories(["s"])).size, 0, "the stale analysis of s is not written");
        assert.deepEqual(await store.putStories([row("s", [["a1", 1], ["a3", 3]])]), ["s"]);
        assert.deepEqual(await store.queuedStories(10), []);
        assert.deepEqual((await store.getStories(["s"])).get("s")?.articleIds, ["a1", "a3"]);
        // A late job's analysis of a story no longer queued (written since by another) is not written over it.
        assert.deepEqual(await store.putStories([row("s", [["a1", 1], ["a3", 3]])]), []);
      } finally {
        await store.close();
      }
    });

    test("an analysis read before a removal is not written after it", async () => {
      const store = await backend.open(await backend.fresh());
      try {
        await store.assign(async (tx) => {
          await tx.addMembers([{ articleId: "a1", storyId: "s", seq: 1 }, { articleId: "a2", storyId: "s", seq: 2 }, { articleId: "a3", storyId: "s", seq: 3 }]);
          await tx.queueStories([{ storyId: "s", position: 0 }]);
        });
        const stale = row("s", [["a1", 1], ["a2", 2], ["a3", 3]]);
        // a2 is removed and the rest regrouped into s again, before the job that read a2 writes.
        await store.assign(async (tx) => {
          await tx.clearGrouping();
          await tx.addMembers([{ articleId: "a1", storyId: "s", seq: 1 }, { articleId: "a3", storyId: "s", seq: 3 }]);
          await tx.queueStories([{ storyId: "s", position: 0 }]);
        });
        assert.deepEqual(await store.putStories([stale]), []);
        assert.deepEqual(await store.putStories([row("s", [["a1", 1], ["a3", 3]])]), ["s"]);
        assert.deepEqual((await store.getStories(["s"])).get("s")?.articleIds, ["a1", "a3"]);
      } finally {
        await store.close();
      }
    });

    test("the work list pages by position", async () => {
      const store = await backend.open(await backend.fresh());
      try {
        // Positions may repeat after grouping again (a story queued before keeps its place): ties go by id.
        await store.assign((tx) => tx.queueStories([["e", 5], ["a", 1], ["c", 2], ["b", 2], ["d", 4]].map(([storyId, position]) => ({ storyId: storyId as string, position: position as number }))));
        const pages: string[][] = [];
        let after: { storyId: string; position: number } | undefined;
        for (;;) {
          const page = await store.queuedStories(2, after);
          if (page.length === 0) break;
          pages.push(page.map((q) => q.storyId));
          after = page.at(-1);
        }
        assert.deepEqual(pages, [["a", "b"], ["c", "d"], ["e"]]);
        await store.assign((tx) => tx.queueStories([{ storyId: "e", position: 0 }]));
        assert.deepEqual((await store.queuedStories(1))[0], { storyId: "e", position: 0 }, "queued again at its new place");
      } finally {
        await store.close();
      }
    });
  });
}
