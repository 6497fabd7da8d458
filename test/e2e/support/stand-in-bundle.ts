// Bundles the Office stand-in for the browser with webpack (the project's own bundler).
import path from 'path';
import { promises as fs } from 'fs';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..', '..');
export const STAND_IN_OUT = path.join(ROOT, 'test-results', 'e2e', 'office-stand-in.js');

export async function buildStandIn(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: path.join(__dirname, '..', 'stand-in', 'office-stand-in.ts'),
    output: { path: path.dirname(STAND_IN_OUT), filename: path.basename(STAND_IN_OUT) },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      compiler.close(() => resolve());
    }),
  );
  return fs.readFile(STAND_IN_OUT, 'utf8');
}
