// Starts `waymark lsp` for the Markdown files of a plan: problems as you type, completion of ids and fields, hover, go to definition.
const { workspace } = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const config = workspace.getConfiguration('waymark');
  const plans = config.get('plans');
  const args = ['lsp', '--stdio', ...(plans ? ['--plans', plans] : [])];
  client = new LanguageClient(
    'waymark',
    'Waymark',
    // A relative --plans is read from the workspace's folder. On Windows, npm installs `waymark` as a .cmd file, which only a shell runs.
    { command: config.get('command') || 'waymark', args, options: { cwd: workspace.workspaceFolders?.[0]?.uri.fsPath, shell: process.platform === 'win32' } },
    // With a plans folder of another name, every Markdown file is sent: the server leaves alone those outside the plans.
    { documentSelector: [{ scheme: 'file', language: 'markdown', pattern: plans ? '**/*.md' : '**/plans/**/*.md' }] },
  );
  await client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
