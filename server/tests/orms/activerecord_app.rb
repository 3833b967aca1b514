# A small Rails-style app through ActiveRecord (Debian's ruby-activerecord
# and ruby-pg): migrations run by a MigrationContext, models, queries and
# the schema cache. Prints one line per step: what the app sees.
#
# usage: ruby activerecord_app.rb DATABASE_URL MIGRATIONS_DIR
require "active_record"
require "json"

url, dir = ARGV
ActiveRecord::Base.establish_connection(url)
ActiveRecord::Migration.verbose = false

def step(name)
  value = yield
  puts JSON.generate([name, value])
rescue StandardError => e
  puts JSON.generate([name, "error", e.class.name, e.message.lines.first.to_s.strip])
end

migrations = {
  "20260101000001_create_agents.rb" => <<~RUBY,
    class CreateAgents < ActiveRecord::Migration[6.1]
      def change
        create_table :agents do |t|
          t.string :name, null: false
          t.string :email
          t.timestamps
        end
        add_index :agents, :email, unique: true
      end
    end
  RUBY
  "20260101000002_create_tickets.rb" => <<~RUBY,
    class CreateTickets < ActiveRecord::Migration[6.1]
      def change
        create_table :tickets do |t|
          t.references :agent, foreign_key: true
          t.string :subject, null: false
          t.string :status, default: "open"
          t.datetime :resolved_at
          t.interval :sla
          t.timestamps
        end
        add_index :tickets, [:status, :created_at]
      end
    end
  RUBY
  "20260101000003_change_tickets.rb" => <<~RUBY,
    class ChangeTickets < ActiveRecord::Migration[6.1]
      def change
        add_column :tickets, :priority, :integer, default: 1
        change_column_default :tickets, :status, from: "open", to: "new"
        rename_column :tickets, :subject, :title
      end
    end
  RUBY
}
migrations.each { |file, body| File.write(File.join(dir, file), body) }

step("migrate") do
  ActiveRecord::MigrationContext.new(dir, ActiveRecord::SchemaMigration).migrate
  ActiveRecord::SchemaMigration.order(:version).pluck(:version)
end

class Agent < ActiveRecord::Base
  has_many :tickets
end

class Ticket < ActiveRecord::Base
  belongs_to :agent, optional: true
  attribute :sla, :interval
end

conn = ActiveRecord::Base.connection
step("tables") { conn.tables.sort }
step("primary key") { conn.primary_key(:tickets) }
step("columns") do
  Ticket.reset_column_information
  Ticket.columns.map { |c| [c.name, c.sql_type, c.type.to_s, c.default, c.null, c.default_function] }
end
step("indexes") { conn.indexes(:tickets).map { |i| [i.name, i.columns, i.unique] } }
step("agent indexes") { conn.indexes(:agents).map { |i| [i.name, i.columns, i.unique] } }
step("schema cache") do
  cache = conn.schema_cache
  cache.clear!
  [cache.data_source_exists?("tickets"), cache.columns_hash("tickets").keys.sort, cache.primary_keys("agents")]
end

t0 = Time.utc(2026, 3, 8, 6, 30)
step("create") do
  a = Agent.create!(name: "Ann", email: "ann@example.com", created_at: t0, updated_at: t0)
  b = Agent.create!(name: "Bo", email: "bo@example.com", created_at: t0, updated_at: t0)
  5.times do |i|
    Ticket.create!(agent: i.even? ? a : b, title: "t#{i}", created_at: t0 + i * 86_400, updated_at: t0,
                   sla: ActiveSupport::Duration.build(3600 * (i + 1)))
  end
  [Agent.count, Ticket.count]
end
step("defaults") { Ticket.order(:id).pluck(:status, :priority).uniq }
step("where range") { Ticket.where(created_at: t0..(t0 + 2 * 86_400)).order(:id).pluck(:title) }
step("group count") { Ticket.group(:agent_id).order(:agent_id).count.to_a }
step("pluck") { Ticket.order(:id).pluck(:id, :title, :created_at).map { |r| [r[0], r[1], r[2].utc.iso8601(6)] } }
step("find_each") do
  seen = []
  Ticket.find_each(batch_size: 2) { |t| seen << t.title }
  seen
end
step("interval") { Ticket.order(:id).first(2).map { |t| t.sla.iso8601 } }
step("join") { Ticket.joins(:agent).where(agents: { name: "Ann" }).order(:id).pluck(:title) }
step("insert_all") do
  Ticket.insert_all([{ title: "bulk1", status: "open", created_at: t0, updated_at: t0 },
                     { title: "bulk2", status: "open", created_at: t0, updated_at: t0 }])
  Ticket.where("title LIKE 'bulk%'").order(:id).pluck(:title, :priority)
end
step("upsert_all") do
  Ticket.upsert_all([{ id: 1, title: "upserted", status: "closed", created_at: t0, updated_at: t0 }])
  Ticket.find(1).slice(:title, :status)
end
step("transaction") do
  Ticket.transaction { Ticket.find(2).update!(title: "in tx") }
  begin
    Ticket.transaction do
      Ticket.find(3).update!(title: "rolled back")
      raise ActiveRecord::Rollback
    end
  end
  Ticket.where(id: [2, 3]).order(:id).pluck(:title)
end
step("update_all") { Ticket.where(agent_id: nil).update_all(status: "triage") }
step("destroy") do
  Ticket.find_by(title: "bulk2").destroy
  Ticket.count
end
step("date_trunc") do
  day = Arel.sql("date_trunc('day', created_at)")
  Ticket.group(day).order(day).count.map { |k, v| [k.utc.iso8601, v] }
end
# db/schema.rb as Rails dumps it after migrating. One justified
# difference is left out: PostgreSQL's dump enables plpgsql (every
# PostgreSQL database has the extension), and pgshim has no extensions.
step("schema dump") do
  out = StringIO.new
  ActiveRecord::SchemaDumper.dump(conn, out)
  out.string.lines.map(&:rstrip).reject do |l|
    l.lstrip.start_with?("#") || l.strip.empty? || l.include?("ActiveRecord::Schema") ||
      l.strip == 'enable_extension "plpgsql"'
  end
end
