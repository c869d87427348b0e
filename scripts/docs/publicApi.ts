/**
 * The public API as a reader of the reference sees it: every export of the package entries
 * (`cdht-data` from src/index.ts, `cdht-data/schema` from src/schema/index.ts) with its TSDoc,
 * read with the TypeScript compiler. The TSDoc coverage test and the example runner use it.
 */
import { join, relative } from 'node:path'
import ts from 'typescript'

/** The package entries and the source files they are built from (as in tsup.config.ts). */
export const ENTRIES = [
  { entry: 'cdht-data', file: 'src/index.ts' },
  { entry: 'cdht-data/schema', file: 'src/schema/index.ts' },
] as const

/** What kind of declaration an export is. */
export type ExportKind = 'function' | 'variable' | 'class' | 'interface' | 'type' | 'enum' | 'other'

/** One exported name of a package entry, with its documentation. */
export interface PublicExport {
  readonly entry: (typeof ENTRIES)[number]['entry']
  readonly name: string
  readonly kind: ExportKind
  /** The file that declares it, relative to the project root, with `/` separators. */
  readonly file: string
  /** The TSDoc text before the first tag, trimmed. */
  readonly summary: string
  /** Every block tag (`param`, `example`, `throws`, `category`…) with its text. */
  readonly tags: readonly { readonly name: string; readonly text: string }[]
  /** Whether it can be called (a function, or a constant holding one). */
  readonly callable: boolean
  /** For something callable: the parameter names over all its signatures (overloads). */
  readonly parameters: readonly string[]
}

/**
 * Reads the exports of both package entries from the sources.
 *
 * @param root - The project root (where tsconfig.json is).
 * @returns Every export, entry by entry, in the compiler's order.
 */
export function publicExports(root: string): PublicExport[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  })
  if (config === undefined) throw new Error('cannot read tsconfig.json')
  const program = ts.createProgram(
    ENTRIES.map(({ file }) => join(root, file)),
    config.options,
  )
  const checker = program.getTypeChecker()
  return ENTRIES.flatMap(({ entry, file }) => {
    const source = program.getSourceFile(join(root, file))
    const moduleSymbol = source && checker.getSymbolAtLocation(source)
    if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${file}`)
    return checker.getExportsOfModule(moduleSymbol).map((symbol) => describeExport(checker, root, entry, symbol))
  })
}

function describeExport(
  checker: ts.TypeChecker,
  root: string,
  entry: PublicExport['entry'],
  exported: ts.Symbol,
): PublicExport {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
  const declaration = symbol.declarations?.[0]
  const kind = kindOf(symbol)
  const signatures =
    (kind === 'function' || kind === 'variable') && declaration !== undefined
      ? checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures()
      : []
  return {
    entry,
    name: exported.name,
    kind,
    file: declaration ? relative(root, declaration.getSourceFile().fileName).replaceAll('\\', '/') : '',
    summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
    tags: symbol.getJsDocTags(checker).map((tag) => ({ name: tag.name, text: ts.displayPartsToString(tag.text) })),
    callable: signatures.length > 0,
    parameters: [...new Set(signatures.flatMap((signature) => signature.parameters.map((parameter) => parameter.name)))],
  }
}

function kindOf(symbol: ts.Symbol): ExportKind {
  const { flags } = symbol
  if (flags & ts.SymbolFlags.Function) return 'function'
  if (flags & ts.SymbolFlags.Class) return 'class'
  if (flags & ts.SymbolFlags.Variable) return 'variable'
  if (flags & ts.SymbolFlags.Interface) return 'interface'
  if (flags & ts.SymbolFlags.TypeAlias) return 'type'
  if (flags & ts.SymbolFlags.Enum) return 'enum'
  return 'other'
}
