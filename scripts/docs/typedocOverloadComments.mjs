// A TypeDoc plugin that prints an overloaded function's comment once. TypeDoc gives every
// overload signature the comment written above the first, so a page such as `growthRate` shows
// the whole comment, example and all, twice. A later signature whose comment is the same as the
// first's gets a one-line pointer to it instead.
import { Comment, Converter, ReflectionKind } from 'typedoc'

const POINTER = 'The same function for these argument types: see the first signature above for what it does, its errors and its example.'

const sameText = (a, b) => JSON.stringify(a?.summary) === JSON.stringify(b?.summary) && JSON.stringify(a?.blockTags) === JSON.stringify(b?.blockTags)

/** TypeDoc's entry point. */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Function | ReflectionKind.Method)) {
      const [first, ...rest] = reflection.signatures ?? []
      if (first?.comment === undefined) continue
      for (const signature of rest) {
        if (!sameText(signature.comment, first.comment)) continue
        signature.comment = new Comment([{ kind: 'text', text: POINTER }])
      }
    }
  })
}
