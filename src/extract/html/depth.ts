/**
 * How deep a parsed page nests. The extractor's tree walks recurse once per level, and Node's
 * stack ends a little over 3,000 levels down ("Maximum call stack size exceeded"), so a page
 * nested deeper than MAX_HTML_DEPTH is refused with a reason before any walk starts.
 */
import type { AnyNode } from "domhandler";

/**
 * Far beyond any real page (the 1,171 benchmark pages nest at most 52 deep, half of them 18 or
 * less), and a third of the depth at which the walks overflow the stack: room for their frames.
 */
export const MAX_HTML_DEPTH = 1000;

/** Whether any node lies more than MAX_HTML_DEPTH levels below `root`; walks without recursion. */
export function nestedTooDeep(root: AnyNode): boolean {
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > MAX_HTML_DEPTH) return true;
    if ("children" in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}
