// Builds the add-in into dist/: the task pane page (which is also the shared runtime and the custom functions'
// page), the engine's Web Worker, functions.json from the functions' JSDoc, office.js copied from
// @microsoft/office-js (only what Excel needs), the icons and the manifest.
// URLs: development uses https://localhost:3000/ (manifest.xml as committed); the production build rewrites every
// localhost URL of the manifest to DIENHINH_URL (env), default https://dienhinh.example.invalid/ (see scripts/manifest-urls.js).
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { rewriteManifest } = require('./scripts/manifest-urls');

const dist = path.resolve(__dirname, 'dist');
const officeJs = path.dirname(require.resolve('@microsoft/office-js/package.json'));

// office.js loads the host's script for the platform it runs on (Excel on Windows, Mac, the web, iPad) and its
// strings; telemetry scripts and the other hosts' files are left out.
const OFFICE_FILES = [
  'dist/office.js',
  'dist/custom-functions-runtime.js',
  'dist/excel-win32-16.00.js',
  'dist/excel-win32-16.01.js',
  'dist/excel-win32-16.01-core.js',
  'dist/excel-web-16.00.js',
  'dist/excel-web-16.00-core.js',
  'dist/excel-mac-16.00.js',
  'dist/excel-mac-16.00-core.js',
  'dist/excel-ios-16.00.js',
  'dist/excel-android-16.00.js',
  'dist/excel-winrt-16.00.js',
  'dist/en-us/office_strings.js',
  'dist/vi-vn/office_strings.js',
  'LICENSE.md',
];

/**
 * Writes chunks.json: for each named chunk group (the entry and every named dynamic import), the JavaScript files
 * it loads. bench/bundle-size.ts measures the task pane's initial JavaScript from it.
 */
class ChunkListPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ChunkListPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ChunkListPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const groups = {};
        for (const [name, group] of compilation.namedChunkGroups) {
          groups[name] = [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith('.js')).sort();
        }
        compilation.emitAsset('chunks.json', new sources.RawSource(`${JSON.stringify(groups, null, 2)}\n`));
      });
    });
  }
}

function common(production) {
  return {
    mode: production ? 'production' : 'development',
    // Never an eval-based devtool: the page's Content Security Policy forbids eval.
    devtool: production ? false : 'cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            // ES modules let webpack drop what the page does not use (the tsconfig's CommonJS is for Node).
            compilerOptions: { module: 'esnext', sourceMap: !production },
          },
        },
      ],
    },
    performance: { hints: false },
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const page = {
    ...common(production),
    name: 'page',
    target: 'web',
    // No `global` shim: webpack's shim falls back to `new Function`, which the page's CSP (no eval) forbids.
    node: { global: false },
    entry: { taskpane: './src/taskpane/bootstrap.ts' },
    // Chunks load relative to the page (no automatic public path, whose runtime needs webpack's `global` shim).
    output: { path: dist, publicPath: '', filename: '[name].js', chunkFilename: '[name].js', clean: { keep: /^(engine-worker|worker-)/ } },
    plugins: [
      new ChunkListPlugin(),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          ...OFFICE_FILES.map((f) => ({ from: path.join(officeJs, f), to: path.join('office-js', f.replace(/^dist\//, '')) })),
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'assets/icons/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? rewriteManifest(content.toString('utf8')) : content),
          },
        ],
      }),
    ],
  };
  const worker = {
    ...common(production),
    name: 'worker',
    target: 'webworker',
    entry: { 'engine-worker': './src/worker/engine.worker.ts' },
    node: { global: false },
    output: { path: dist, publicPath: '', filename: '[name].js', chunkFilename: 'worker-[name].js' },
  };
  return [page, worker];
};
