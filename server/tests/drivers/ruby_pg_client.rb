# Runs a workload through Ruby's pg (Debian's ruby-pg), as ActiveRecord
# drives it: exec_params for steps with parameters, exec for the rest.
# Values are the text the server sends, with each column's type OID
# (PG::BasicTypeMapForResults reads pg_type, a catalog: issue 16). One
# JSON line per step.
#
# usage: ruby ruby_pg_client.rb URL WORKLOAD.json
require "json"
require "pg"

def render(v)
  return nil if v.nil?
  case v
  when Time then "Time:" + v.strftime("%Y-%m-%d %H:%M:%S.%6N %z")
  when Date then "Date:" + v.iso8601
  else "#{v.class}:#{v}"
  end
end

url, workload = ARGV
steps = JSON.parse(File.read(workload))
conn = PG.connect(url)
steps.each do |step|
  out = { "name" => step["name"] }
  begin
    r = step["params"].empty? ? conn.exec(step["sql"]) : conn.exec_params(step["sql"], step["params"])
    if r.nfields > 0
      out["columns"] = (0...r.nfields).map { |i| [r.fname(i), r.ftype(i)] }
      out["rows"] = r.values.map { |row| row.map { |v| render(v) } }
    else
      out["cmd_tuples"] = r.cmd_tuples
      out["cmd_status"] = r.cmd_status
    end
  rescue PG::Error => e
    out["error"] = [e.result&.error_field(PG::Result::PG_DIAG_SQLSTATE), e.result&.error_field(PG::Result::PG_DIAG_MESSAGE_PRIMARY)]
  end
  out["status"] = conn.transaction_status
  out["TimeZone"] = conn.parameter_status("TimeZone")
  puts JSON.generate(out)
end
conn.close
