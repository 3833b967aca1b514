//! Session-level advisory locks: `pg_try_advisory_lock`,
//! `pg_advisory_unlock` and `pg_advisory_unlock_all`, which Rails'
//! migrations take so that one migrator runs at a time.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS>:
//! a lock is held by a session until it is unlocked or the session ends
//! (a ROLLBACK does not release it), and a session may take it again,
//! needing as many unlocks. A key of one bigint and a key of two integers
//! are separate lock spaces.
//!
//! # Differences
//! The locks live in this process: the connections of one `pgshim serve`
//! or of one application share them, another process on the same file
//! does not see them.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use rusqlite::{Connection, Result};

use super::{int_arg, volatile};

/// `(file, lock space, key)` → `(holder, times taken)`.
type Locks = HashMap<(String, i64, i64), (u64, u32)>;

fn locks() -> std::sync::MutexGuard<'static, Locks> {
    static LOCKS: OnceLock<Mutex<Locks>> = OnceLock::new();
    LOCKS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner())
}

/// One SQLite connection's session, as a lock holder: its locks are
/// released when the connection closes (the functions holding it drop).
struct Holder {
    id: u64,
    file: String,
}

impl Drop for Holder {
    fn drop(&mut self) {
        locks().retain(|_, (holder, _)| *holder != self.id);
    }
}

impl Holder {
    fn key(&self, space: i64, key: i64) -> (String, i64, i64) {
        (self.file.clone(), space, key)
    }

    fn try_lock(&self, space: i64, key: i64) -> bool {
        let mut all = locks();
        let entry = all.entry(self.key(space, key)).or_insert((self.id, 0));
        if entry.0 != self.id {
            return false;
        }
        entry.1 += 1;
        true
    }

    fn unlock(&self, space: i64, key: i64) -> bool {
        let mut all = locks();
        let k = self.key(space, key);
        match all.get_mut(&k) {
            Some((holder, n)) if *holder == self.id => {
                *n -= 1;
                if *n == 0 {
                    all.remove(&k);
                }
                true
            }
            _ => false,
        }
    }
}

/// Registers the advisory lock functions for this connection's session.
pub fn register(conn: &Connection) -> Result<()> {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    // A file's connections share its locks; an in-memory database has its
    // own.
    let file = match conn.path() {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => format!(":memory:{id}"),
    };
    let holder = Arc::new(Holder { id, file });
    // The key and its lock space: 1 for one bigint, 2 for two integers.
    fn key(ctx: &rusqlite::functions::Context<'_>) -> Result<Option<(i64, i64)>> {
        if ctx.len() == 1 {
            return Ok(int_arg(ctx, 0)?.map(|k| (1, k)));
        }
        Ok(match (int_arg(ctx, 0)?, int_arg(ctx, 1)?) {
            (Some(a), Some(b)) => Some((2, (a << 32) | (b & 0xffff_ffff))),
            _ => None,
        })
    }
    for n in [1, 2] {
        let h = holder.clone();
        conn.create_scalar_function("pg_try_advisory_lock", n, volatile(), move |ctx| {
            Ok(key(ctx)?.map(|(space, k)| h.try_lock(space, k)))
        })?;
        let h = holder.clone();
        conn.create_scalar_function("pg_advisory_unlock", n, volatile(), move |ctx| {
            Ok(key(ctx)?.map(|(space, k)| h.unlock(space, k)))
        })?;
    }
    let h = holder;
    conn.create_scalar_function("pg_advisory_unlock_all", 0, volatile(), move |_| {
        let id = h.id;
        locks().retain(|_, (holder, _)| *holder != id);
        // void, shown as an empty string.
        Ok(String::new())
    })?;
    Ok(())
}
