/**
 * A record's source: a link to a web address (opened without referrer, named by its host),
 * or the citation as text.
 */
export function SourceText({ source }: { source: string }) {
  if (/^https:\/\/[^\s]+$/.test(source)) {
    return (
      <a href={source} rel="noreferrer noopener" target="_blank">
        {new URL(source).hostname}
      </a>
    );
  }
  return <span>{source}</span>;
}
