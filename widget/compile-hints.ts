import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint: a file that starts with this comment has all its functions compiled at once,
 * while the script is streamed (off the main thread where the browser can), and kept in the code cache.
 * Without it each function is compiled on its first call, on the main thread, in the middle of the page's
 * load. Browsers that do not know the comment read it as a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the output files that run on every page view: the chunks of the given source modules and the chunks
 * they import statically. For those, eager compilation is what happens anyway, only earlier and cheaper; what
 * loads on first use stays lazily compiled. Added after minification, which would drop the comment.
 */
export function compileHints(runOnLoad: readonly string[]): Plugin {
  return {
    name: 'mitgestalten-compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const marked = new Set<string>();
      const mark = (fileName: string) => {
        const chunk = chunks.find((candidate) => candidate.fileName === fileName);
        if (!chunk || marked.has(fileName)) return;
        marked.add(fileName);
        chunk.code = COMPILE_HINT + chunk.code;
        chunk.imports.forEach(mark);
      };
      for (const chunk of chunks) if (Object.keys(chunk.modules).some((id) => runOnLoad.some((source) => id.endsWith(source)))) mark(chunk.fileName);
    },
  };
}
