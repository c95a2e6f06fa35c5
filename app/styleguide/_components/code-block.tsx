/** Code shown next to what it makes. Long lines wrap, so the block never needs scrolling. */
export function CodeBlock({ code, className = '' }: { code: string; className?: string }) {
  return (
    <pre className={`bg-subtle p-4 text-sm break-words whitespace-pre-wrap ${className}`}>
      <code>{code}</code>
    </pre>
  );
}
