// The official TypeScript MCP client against Trust Atlas: over stdio to `atlas mcp` (ATLAS_MCP_COMMAND,
// a JSON array: the command and its arguments) and over streamable HTTP to a running server's /mcp
// (ATLAS_MCP_URL). For each: list the tools, call search and plan, check the answers (the client
// itself checks each structured result against the tool's output schema), an error with a
// suggestion, and a resource. Exits 0 when every check holds. Run with NODE_PATH pointing at the
// node_modules that tools/install-mcp-client.sh filled.
'use strict';
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');
const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

const TOOLS = ['search', 'show_concept', 'related', 'plan', 'resources', 'checkin_questions', 'checkin_answer',
  'scenarios', 'simulate'];

function check(label, condition, detail) {
  if (!condition) {
    throw new Error(`${label} failed${detail ? ': ' + detail : ''}`);
  }
  console.log(`  ok ${label}`);
}

async function exercise(name, transport) {
  const client = new Client({ name: 'trust-atlas-ci', version: '1.0.0' });
  await client.connect(transport);
  try {
    console.log(`${name}: connected to ${client.getServerVersion().name} ${client.getServerVersion().version}`);
    const tools = (await client.listTools()).tools;
    check(`${name} tools/list names every tool`, TOOLS.every(t => tools.some(tool => tool.name === t)),
      tools.map(t => t.name).join(', '));
    check(`${name} every tool has an output schema`, tools.every(t => t.outputSchema && t.outputSchema.type === 'object'));

    const search = await client.callTool({ name: 'search', arguments: { query: 'my partner cheated on me', limit: 3 } });
    check(`${name} search finds infidelity first`, !search.isError && search.structuredContent.hits[0].id === 'infidelity',
      JSON.stringify(search.content));

    const plan = await client.callTool({ name: 'plan', arguments: { challenges: ['infidelity'], role: 'hurt-partner',
      flags: { 'fear-of-partner': 'yes' }, region: 'GB' } });
    check(`${name} plan answers`, !plan.isError, JSON.stringify(plan.content));
    check(`${name} plan: safety first in structuredContent`, Object.keys(plan.structuredContent)[0] === 'safety');
    check(`${name} plan: safety first in the text`, plan.content[0].text.startsWith('{"safety":'));
    check(`${name} plan: the emergency number leads the safety block`,
      plan.structuredContent.safety.items[0].type === 'emergency-number');

    const wrong = await client.callTool({ name: 'show_concept', arguments: { id: 'cheating' } });
    check(`${name} an unknown id is a tool error suggesting infidelity`,
      wrong.isError === true && wrong.content[0].text.includes("did you mean 'infidelity'"), JSON.stringify(wrong));

    const resource = await client.readResource({ uri: 'atlas://concepts/infidelity' });
    check(`${name} resources/read atlas://concepts/infidelity`,
      JSON.parse(resource.contents[0].text).concept.id === 'infidelity');
  } finally {
    await client.close();
  }
}

async function main() {
  let ran = 0;
  if (process.env.ATLAS_MCP_COMMAND) {
    const [command, ...args] = JSON.parse(process.env.ATLAS_MCP_COMMAND);
    await exercise('stdio', new StdioClientTransport({ command, args, stderr: 'inherit' }));
    ran++;
  }
  if (process.env.ATLAS_MCP_URL) {
    await exercise('http', new StreamableHTTPClientTransport(new URL(process.env.ATLAS_MCP_URL)));
    ran++;
  }
  if (ran === 0) {
    throw new Error('set ATLAS_MCP_COMMAND and/or ATLAS_MCP_URL');
  }
  console.log(`TypeScript MCP client: every check held over ${ran} transport(s)`);
}

main().catch(error => {
  console.error(`TypeScript MCP client: ${error.message}`);
  process.exit(1);
});
