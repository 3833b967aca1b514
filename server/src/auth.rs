//! Who may connect: trust (loopback only), or a password checked by
//! SCRAM-SHA-256, md5 or cleartext exchange (pgwire's mechanisms), from a
//! users file or `PGSHIM_PASSWORD`.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/auth-password.html>

use std::collections::HashMap;
use std::sync::Arc;

use pgwire::api::auth::mechanism::AuthMechanismFactory;
use pgwire::api::auth::{AuthSource, LoginInfo, Password};
use pgwire::error::{PgWireError, PgWireResult};

/// The password exchange clients go through.
///
/// ```
/// assert_eq!("scram-sha-256".parse::<pgshim_server::Method>(), Ok(pgshim_server::Method::ScramSha256));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// SCRAM-SHA-256 (PostgreSQL's default): the password never crosses
    /// the wire.
    ScramSha256,
    /// md5: a salted hash of the password.
    Md5,
    /// The password itself (use with TLS).
    Password,
}

impl std::str::FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Method, String> {
        match s.to_ascii_lowercase().as_str() {
            "scram-sha-256" | "scram" => Ok(Method::ScramSha256),
            "md5" => Ok(Method::Md5),
            "password" | "cleartext" => Ok(Method::Password),
            other => Err(format!(
                "unknown authentication method {other:?} (scram-sha-256, md5, password)"
            )),
        }
    }
}

/// Who may connect.
///
/// ```
/// let a = pgshim_server::Auth::from_users_file("alice:s3cret\n# a comment\nbob:pw\n", pgshim_server::Method::Md5).unwrap();
/// assert!(a.requires_password());
/// assert!(!pgshim_server::Auth::Trust.requires_password());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// Every client, without a password: allowed on loopback addresses only.
    Trust,
    /// A password per user (`None` as the user: any user name, the
    /// `PGSHIM_PASSWORD` form).
    Password {
        /// The exchange.
        method: Method,
        /// user → password.
        users: HashMap<String, String>,
        /// A password for any user name.
        any: Option<String>,
    },
}

impl Auth {
    /// A users file: one `user:password` per line; `#` comments.
    pub fn from_users_file(text: &str, method: Method) -> Result<Auth, String> {
        let mut users = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (u, p) = line
                .split_once(':')
                .ok_or_else(|| format!("users file line {}: expected user:password", i + 1))?;
            users.insert(u.to_string(), p.to_string());
        }
        Ok(Auth::Password {
            method,
            users,
            any: None,
        })
    }

    /// Whether clients must give a password.
    pub fn requires_password(&self) -> bool {
        !matches!(self, Auth::Trust)
    }

    pub(crate) fn mechanism(&self) -> Option<Arc<dyn AuthMechanismFactory>> {
        let Auth::Password { method, users, any } = self else {
            return None;
        };
        let source = Arc::new(Source {
            method: *method,
            users: users.clone(),
            any: any.clone(),
        });
        Some(match method {
            Method::ScramSha256 => Arc::new(pgwire::api::auth::sasl::scram::ScramAuth::new(source)),
            Method::Md5 => Arc::new(pgwire::api::auth::md5pass::Md5PasswordAuth::new(source)),
            Method::Password => Arc::new(pgwire::api::auth::cleartext::CleartextPasswordAuth::new(
                source,
            )),
        })
    }
}

/// The passwords, in the form each exchange checks.
#[derive(Debug)]
struct Source {
    method: Method,
    users: HashMap<String, String>,
    any: Option<String>,
}

const SCRAM_ITERATIONS: usize = 4096;

#[async_trait::async_trait]
impl AuthSource for Source {
    async fn get_password(&self, login: &LoginInfo) -> PgWireResult<Password> {
        let user = login.user().unwrap_or_default();
        let Some(password) = self.users.get(user).or(self.any.as_ref()) else {
            return Err(PgWireError::InvalidPassword(user.to_string()));
        };
        Ok(match self.method {
            Method::ScramSha256 => {
                let salt = random_bytes(16);
                let salted = pgwire::api::auth::sasl::scram::gen_salted_password(
                    password,
                    &salt,
                    SCRAM_ITERATIONS,
                );
                Password::new(Some(salt), salted)
            }
            Method::Md5 => {
                let salt = random_bytes(4);
                let hash = pgwire::api::auth::md5pass::hash_md5_password(user, password, &salt);
                Password::new(Some(salt), hash.into_bytes())
            }
            Method::Password => Password::new(None, password.as_bytes().to_vec()),
        })
    }
}

/// Bytes from the system's random source (salts).
fn random_bytes(n: usize) -> Vec<u8> {
    use std::io::Read;
    let mut b = vec![0u8; n];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut b))
        .is_err()
    {
        // No /dev/urandom: a salt from the clock and a hasher's random keys.
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        let x = h.finish().to_le_bytes();
        for (i, v) in b.iter_mut().enumerate() {
            *v = x[i % 8] ^ (i as u8);
        }
    }
    b
}
