// Runs a workload through node-postgres (npm `pg`) and prints one JSON
// line per step. Steps with parameters run as named prepared statements
// (Parse once, then Bind/Execute), as an app's repeated queries do.
//
// usage: node node_pg_client.js URL WORKLOAD.json
const { Client } = require("pg");
const fs = require("fs");

function render(v) {
  if (v === null) return null;
  if (v instanceof Date) return "Date:" + v.toISOString();
  if (typeof v === "object") return "object:" + JSON.stringify(v);
  return typeof v + ":" + String(v);
}

async function main() {
  const [url, workload] = process.argv.slice(2);
  const steps = JSON.parse(fs.readFileSync(workload, "utf8"));
  const client = new Client({ connectionString: url });
  await client.connect();
  let n = 0;
  for (const step of steps) {
    const out = { name: step.name };
    try {
      const query = step.params.length
        ? { name: "s" + n++, text: step.sql, values: step.params }
        : { text: step.sql };
      const r = await client.query(query);
      if (r.fields && r.fields.length) {
        out.columns = r.fields.map((f) => [f.name, f.dataTypeID]);
        out.rows = r.rows.map((row) => r.fields.map((f) => render(row[f.name])));
      } else {
        out.rowCount = r.rowCount;
        out.command = r.command;
      }
    } catch (e) {
      out.error = [e.code, e.message];
    }
    console.log(JSON.stringify(out));
  }
  await client.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
