/**
 * A record's source: a link when it is a web address (opened without referrer), text
 * otherwise (e.g. a reference to the domain notes).
 */
export function SourceLink({ source }: { source: string }) {
  if (/^https:\/\/[^\s]+$/.test(source)) {
    return (
      <a href={source} rel="noreferrer noopener" target="_blank" className="source-link">
        {new URL(source).hostname}
      </a>
    );
  }
  return <span className="source-text">{source}</span>;
}
