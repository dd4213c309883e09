/** A thread list's "new posts" cell: the count in bold (with its meaning for screen readers), or "None". */
export function UnreadPosts({ count }: { count: number }) {
  if (count <= 0) return <>None</>;
  return (
    <strong>
      {count}
      <span className="govuk-visually-hidden"> new {count === 1 ? 'post' : 'posts'}</span>
    </strong>
  );
}
