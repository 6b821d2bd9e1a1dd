// Layer rules between src/ folders, checked by dependency-cruiser (`npm run lint:layers`); see README "Layers".
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Two modules that need each other (even for types only) share a type that wants its own file.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment:
        'src/shared is the contract used by main, preload, renderer and the worker: it imports none of them, nor Electron, React or Node.',
      from: { path: '^src/shared/' },
      to: {
        path: [
          '^src/(main|renderer|preload|cli)/',
          'node_modules/(electron|react|react-dom|@xyflow|zustand|better-sqlite3)/',
        ],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      comment: 'src/shared runs in the window and its workers too, where Node built-ins do not exist.',
      from: { path: '^src/shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-main',
      severity: 'error',
      comment: 'The window reaches the data only through the API; it never imports main, preload or the CLI.',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/(main|preload|cli)/', 'node_modules/(electron|better-sqlite3)/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      comment: 'The window is sandboxed: Node built-ins do not exist there.',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sqlite-only-in-store',
      severity: 'error',
      comment: 'SQL and better-sqlite3 live in src/main/store; everything else goes through its functions.',
      from: { path: '^src/', pathNot: '^src/main/store/' },
      to: { path: 'node_modules/better-sqlite3/' },
    },
    {
      name: 'electron-only-in-main-shell',
      severity: 'error',
      comment:
        'Store, commands, import, export and the CLI run under plain Node (tests, CLI): only the shell imports electron.',
      from: { path: '^src/(main/(store|commands|import|files|render|api|demo|settings)|cli)/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'cli-not-app',
      severity: 'error',
      comment: "The command line reuses main's core, never the window or the Electron shell.",
      from: { path: '^src/cli/' },
      to: { path: ['^src/(renderer|preload)/', '^src/main/(app|transport)/'] },
    },
    {
      name: 'main-not-window',
      severity: 'error',
      comment: 'Main and the CLI own the data; they never import the window, React or the canvas.',
      from: { path: '^src/(main|cli)/' },
      to: { path: ['^src/(renderer|preload)/', 'node_modules/(react|react-dom|@xyflow|zustand)/'] },
    },
    {
      name: 'preload-is-narrow',
      severity: 'error',
      comment:
        'The sandboxed preload cannot require packages: it imports Electron and the zod-free operation list only (types aside).',
      from: { path: '^src/preload/' },
      to: { dependencyTypesNot: ['type-only'], pathNot: ['node_modules/electron/', '^src/shared/operations\\.ts$'] },
    },
    {
      name: 'renderer-state-not-features',
      severity: 'error',
      comment: 'state/ is what feature folders read; it must not import them back.',
      from: { path: '^src/renderer/src/state/' },
      to: { path: '^src/renderer/src/', pathNot: ['^src/renderer/src/(state|api)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '^(out|dist|node_modules)/' },
  },
};
