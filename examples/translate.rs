//! Prints the SQLite translation of a PostgreSQL query:
//! `cargo run --example translate`.

fn main() -> Result<(), pgshim::Error> {
    let mut tr = pgshim::Translator::new(pgshim::Catalog::new());
    for t in tr.translate_script(
        "CREATE TABLE tickets (id serial PRIMARY KEY, title text NOT NULL, open boolean DEFAULT true);
         SELECT count(*), open FROM tickets WHERE title LIKE $1 GROUP BY open ORDER BY open",
    )? {
        println!("{};", t.sql);
        for c in &t.columns {
            println!("  -- {} {}", c.name, c.ty.sql_name());
        }
    }
    Ok(())
}
