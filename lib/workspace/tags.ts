/** Limits mirror the Contact schema: 50 tags of at most 60 characters. */
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 60;

/** The tags with `raw` added, or why it cannot be. A tag already there (any case) is a no-op. */
export function addTag(tags: readonly string[], raw: string): { tags: string[] } | { error: string } {
  const tag = raw.trim().replace(/\s+/g, ' ');
  if (!tag) return { error: 'Type a tag first.' };
  if (tag.length > MAX_TAG_LENGTH) return { error: `A tag can be at most ${MAX_TAG_LENGTH} characters.` };
  if (tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return { tags: [...tags] };
  if (tags.length >= MAX_TAGS) return { error: `A contact can have at most ${MAX_TAGS} tags.` };
  return { tags: [...tags, tag] };
}
