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

const tableClass = 'mb-10 w-full border-collapse text-left';
const captionClass = 'mb-4 text-left';
const headingClass = 'text-2xl font-semibold';
const rowClass = 'border-b border-border align-middle';
const cellClass = 'py-3 pr-4';

function ColumnHeaders({ names }: { names: string[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-border">
        {names.map((name) => (
          <th key={name} scope="col" className="py-2 pr-4">
            {name}
          </th>
        ))}
      </tr>
    </thead>
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
      <h1 className="mb-4 text-3xl font-bold">Design tokens</h1>
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

      <table className={tableClass}>
        <caption className={captionClass}>
          <h2 className={headingClass}>Type scale</h2>
        </caption>
        <ColumnHeaders names={['Sample', 'Variable', 'Size', 'Code']} />
        <tbody>
          {typeScale.map((token) => (
            <tr key={token.variable} className={rowClass}>
              <td className={cellClass}>
                <span className="leading-tight" style={{ fontSize: `var(${token.variable})` }}>
                  Widgets
                </span>
              </td>
              <th scope="row" className={`${cellClass} font-normal`}>
                <Code>{token.variable}</Code>
              </th>
              <td className={cellClass}>
                <Code>{token.value}</Code>
                {token.variable === '--text-base' && '(body text)'}
              </td>
              <td className={cellClass}>
                <Code>{`<p className="text-${utilitySuffix(token)}">`}</Code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className={tableClass}>
        <caption className={captionClass}>
          <h2 className={headingClass}>Spacing</h2>
          <p className="mt-2">
            Every spacing utility (padding, margin, gap, width, height) is a multiple of{' '}
            <code>{spacing.variable}</code>: {spacing.value}.
          </p>
        </caption>
        <ColumnHeaders names={['Sample', 'Step', 'Size', 'Code']} />
        <tbody>
          {SPACING_STEPS.map((step) => (
            <tr key={step} className={rowClass}>
              <td className={cellClass}>
                <span
                  className="block h-4 bg-brand"
                  style={{ width: `calc(var(${spacing.variable}) * ${step})` }}
                />
              </td>
              <th scope="row" className={`${cellClass} font-normal`}>
                {step}
              </th>
              <td className={cellClass}>
                <Code>{multiply(spacing.value, step)}</Code>
              </td>
              <td className={cellClass}>
                <Code>{`<div className="w-${step} p-${step} gap-${step}">`}</Code>
                <Code>{`calc(var(${spacing.variable}) * ${step})`}</Code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className={tableClass}>
        <caption className={captionClass}>
          <h2 className={headingClass}>Colours</h2>
        </caption>
        <ColumnHeaders names={['Sample', 'Variable', 'Value', 'Code']} />
        <tbody>
          {colors.map((token) => (
            <tr key={token.variable} className={rowClass}>
              <td className={cellClass}>
                <Swatch token={token} />
              </td>
              <th scope="row" className={`${cellClass} font-normal`}>
                <Code>{token.variable}</Code>
              </th>
              <td className={cellClass}>
                <Code>{token.value}</Code>
              </td>
              <td className={cellClass}>
                <Code>{`<p className="text-${utilitySuffix(token)}">`}</Code>
                <Code>{`<div className="bg-${utilitySuffix(token)}">`}</Code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className={tableClass}>
        <caption className={captionClass}>
          <h2 className={headingClass}>Radii</h2>
        </caption>
        <ColumnHeaders names={['Sample', 'Variable', 'Value', 'Code']} />
        <tbody>
          {radii.map((token) => (
            <tr key={token.variable} className={rowClass}>
              <td className={cellClass}>
                <span
                  className="block size-12 border-2 border-brand bg-subtle"
                  style={{ borderRadius: `var(${token.variable})` }}
                />
              </td>
              <th scope="row" className={`${cellClass} font-normal`}>
                <Code>{token.variable}</Code>
              </th>
              <td className={cellClass}>
                <Code>{token.value}</Code>
              </td>
              <td className={cellClass}>
                <Code>{`<div className="rounded-${utilitySuffix(token)}">`}</Code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
