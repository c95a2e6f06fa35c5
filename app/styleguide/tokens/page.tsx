import type { ReactNode } from 'react';
import { PageHeader } from '@/components/page-header';
import { readDesignTokens, utilitySuffix, type DesignToken } from '@/styleguide/tokens';
import { styleguideMetadata } from '../_components/styleguide-metadata';

export function generateMetadata() {
  return styleguideMetadata('Design tokens');
}

// The spacing steps worth showing: the multiples of --spacing the pages use. Any whole number
// works (p-5, gap-7); these are a sample, not the definition.
const SPACING_STEPS = [1, 2, 3, 4, 6, 8, 12, 16];

// Every sample below is drawn with the variable itself (style={{ fontSize: 'var(--text-4xl)' }}):
// Tailwind only generates the utilities it finds written out in the source, and these class
// names are computed. The utility shown next to each sample sets exactly that variable.

type TokenRow = {
  key: string;
  /** The token drawn: text in its size, a bar of its length, a swatch, a rounded box. */
  sample: ReactNode;
  /** The row's header: the variable, or the step of the spacing scale. */
  name: ReactNode;
  value: ReactNode;
  /** How a page or a component uses it. */
  code: ReactNode;
};

/** One group of tokens: a table captioned by its heading, one row per token. */
function TokenTable({
  heading,
  note,
  columns,
  rows,
}: {
  heading: string;
  /** A sentence under the heading, in the caption. */
  note?: ReactNode;
  /** The headers of the sample, name, value and code columns. */
  columns: [string, string, string, string];
  rows: TokenRow[];
}) {
  return (
    <table className="mb-10 w-full border-collapse text-left">
      <caption className="mb-4 text-left">
        <h2 className="text-2xl font-semibold">{heading}</h2>
        {note && <p className="mt-2">{note}</p>}
      </caption>
      <thead>
        <tr className="border-b-2 border-border">
          {columns.map((column) => (
            <th key={column} scope="col" className="py-2 pr-4">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-border align-middle">
            <td className="py-3 pr-4">{row.sample}</td>
            <th scope="row" className="py-3 pr-4 font-normal">
              {row.name}
            </th>
            <td className="py-3 pr-4">{row.value}</td>
            <td className="py-3 pr-4">{row.code}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Code({ children }: { children: string }) {
  return <code className="block text-sm whitespace-nowrap">{children}</code>;
}

/** "0.25rem" × 4 → "1rem". */
function multiply(length: string, factor: number): string {
  const [, amount = '0', unit = ''] = /^([\d.]+)(\D*)$/.exec(length) ?? [];
  return `${Number(amount) * factor}${unit}`;
}

export default function StyleguideTokensPage() {
  const { typeScale, spacing, colors, radii } = readDesignTokens();

  return (
    <>
      <PageHeader heading="Design tokens" />
      <p className="mb-2">
        Defined once, as Tailwind <code>@theme</code> variables in <code>app/globals.css</code>, and
        read from there by this page. The same token, used two ways:
      </p>
      <ul className="mb-10 list-disc pl-6">
        <li>
          pages use the Tailwind utilities built on it: <code>{'<p className="text-4xl">'}</code>
        </li>
        <li>
          components use the variable in their shadow root&apos;s styles, which inherit across the
          shadow boundary: <code>font-size: var(--text-4xl);</code>
        </li>
      </ul>

      <TokenTable
        heading="Type scale"
        columns={['Sample', 'Variable', 'Size', 'Code']}
        rows={typeScale.map((token) => ({
          key: token.variable,
          sample: (
            <span className="leading-tight" style={{ fontSize: `var(${token.variable})` }}>
              Widgets
            </span>
          ),
          name: <Code>{token.variable}</Code>,
          value: (
            <>
              <Code>{token.value}</Code>
              {token.variable === '--text-base' && '(body text)'}
            </>
          ),
          code: <Code>{`<p className="text-${utilitySuffix(token)}">`}</Code>,
        }))}
      />

      <TokenTable
        heading="Spacing"
        note={
          <>
            Every spacing utility (padding, margin, gap, width, height) is a multiple of{' '}
            <code>{spacing.variable}</code>: {spacing.value}.
          </>
        }
        columns={['Sample', 'Step', 'Size', 'Code']}
        rows={SPACING_STEPS.map((step) => ({
          key: String(step),
          sample: (
            <span
              className="block h-4 bg-brand"
              style={{ width: `calc(var(${spacing.variable}) * ${step})` }}
            />
          ),
          name: step,
          value: <Code>{multiply(spacing.value, step)}</Code>,
          code: (
            <>
              <Code>{`<div className="w-${step} p-${step} gap-${step}">`}</Code>
              <Code>{`calc(var(${spacing.variable}) * ${step})`}</Code>
            </>
          ),
        }))}
      />

      <TokenTable
        heading="Colours"
        columns={['Sample', 'Variable', 'Value', 'Code']}
        rows={colors.map((token) => ({
          key: token.variable,
          sample: <Swatch token={token} />,
          name: <Code>{token.variable}</Code>,
          value: <Code>{token.value}</Code>,
          code: (
            <>
              <Code>{`<p className="text-${utilitySuffix(token)}">`}</Code>
              <Code>{`<div className="bg-${utilitySuffix(token)}">`}</Code>
            </>
          ),
        }))}
      />

      <TokenTable
        heading="Radii"
        columns={['Sample', 'Variable', 'Value', 'Code']}
        rows={radii.map((token) => ({
          key: token.variable,
          sample: (
            <span
              className="block size-12 border-2 border-brand bg-subtle"
              style={{ borderRadius: `var(${token.variable})` }}
            />
          ),
          name: <Code>{token.variable}</Code>,
          value: <Code>{token.value}</Code>,
          code: <Code>{`<div className="rounded-${utilitySuffix(token)}">`}</Code>,
        }))}
      />
    </>
  );
}

/** A colour sample; the border keeps light colours visible on the white page. */
function Swatch({ token }: { token: DesignToken }) {
  return (
    <span
      className="block h-10 w-16 rounded-sm border border-border"
      style={{ background: `var(${token.variable})` }}
    />
  );
}
