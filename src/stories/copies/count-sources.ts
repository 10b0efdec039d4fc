import type { CopyLink } from './copy-link.js';

/**
 * The story's articles in groups of one piece of reporting each: a group of copies is one
 * source, and an update is the same source as what it updates. Links join articles through
 * their original even when the original is not in the story. Groups are sorted, and sorted by
 * their first article.
 */
export function sourceGroups(
  articleIds: readonly string[],
  links: readonly CopyLink[],
): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    // Path compression: every article on the way now points at the root.
    for (let at = id; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const link of links) {
    const [a, b] = [find(link.article), find(link.of)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const id of new Set(articleIds)) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()]
    .map((group) => group.sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

/** How many independent sources a story's articles are. */
export function countSources(articleIds: readonly string[], links: readonly CopyLink[]): number {
  return sourceGroups(articleIds, links).length;
}
