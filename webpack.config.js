// Builds the task pane and the ribbon command page into dist/ (with the manifest and icons), and serves
// them over https on localhost:3000 for sideloading. Node-only modules never enter these bundles.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PORT = 3000;

// office-addin-dev-certs keeps a CA-signed localhost certificate here that Office trusts; without it the
// dev server makes a self-signed one, which a browser accepts after a warning but desktop Excel may not.
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = Object.fromEntries(
      Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
    );
    return { type: 'https', options };
  }
  return 'https';
}

const SIDELOAD_HELP = `
Add-in files are served at https://localhost:${PORT}/ (taskpane.html, commands.html, manifest.xml).
Sideload the manifest (dist/manifest.xml or ./manifest.xml):
  Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in > manifest.xml
  Excel on Windows: share a folder holding manifest.xml, add it under File > Options > Trust Center >
    Trust Center Settings > Trusted Add-in Catalogs (Show in menu), restart Excel, then
    Home > Add-ins > More add-ins > Shared folder.
  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
First open https://localhost:${PORT}/taskpane.html in a browser and accept the certificate
(or install trusted dev certificates: npx office-addin-dev-certs install).
`;

module.exports = (_env, argv = {}) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps, in development either: the pages' Content-Security-Policy allows no eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules (not tsconfig's commonjs) so webpack can tree-shake Fluent UI down to what is used.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'notice.html',
        template: './src/commands/notice.html',
        chunks: ['notice'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/pages.css', to: 'pages.css' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: {
      // Tree-shaken Fluent UI makes the pane ~0.4 MB minified; warn if that grows much (a lost tree-shake).
      maxEntrypointSize: 700_000,
      maxAssetSize: 700_000,
    },
    devServer: {
      port: PORT,
      server: httpsServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      // `npm start` and `npm run start:web` both serve; tell the developer how to sideload.
      onListening: () => console.log(SIDELOAD_HELP),
    },
  };
};
