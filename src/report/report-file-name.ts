/** The file a story's report goes to by default: its title as a slug, then its id. */
export function reportFileName(story: { id: string; title: string }, extension: string): string {
  const slug = story.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const id = story.id.replace(/[^A-Za-z0-9_-]/g, '');
  return `${slug ? `${slug}-` : ''}${id || 'story'}.${extension}`;
}
