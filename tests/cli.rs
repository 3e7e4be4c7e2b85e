//! The `nianbao` binary end to end: ordering, thread-count invariance,
//! atomic output, resume, sharding, the streaming contract, exit codes.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEED: &str = include_str!("../fixtures/seed/anzhen-2020.txt");

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_nianbao"))
}

fn run(args: &[&str], cwd: &Path) -> Output {
    let out = bin().args(args).current_dir(cwd).output().unwrap();
    assert!(
        out.status.success(),
        "nianbao {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn records(bytes: &[u8]) -> Vec<Value> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// A small corpus: the seed under several offices, a copy, a non-report,
/// an empty file.
fn corpus() -> (tempfile::TempDir, Vec<&'static str>) {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "reports/江宁区/东山街道/2020.txt",
            SEED.replace("安镇街道", "东山街道"),
        ),
        ("reports/江宁区/安镇街道/2020.txt", SEED.to_string()),
        (
            "reports/锡山区/安镇街道/2020.txt",
            SEED.replace("16条", "4条"),
        ),
        (
            "reports/news/index.html",
            "<html><body><p>天气预报</p></body></html>".to_string(),
        ),
        ("reports/empty.txt", String::new()),
    ];
    for (p, text) in &files {
        let path = dir.path().join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let mut names: Vec<&str> = files.iter().map(|(p, _)| *p).collect();
    names.sort();
    (dir, names)
}

fn paths(recs: &[Value]) -> Vec<String> {
    recs.iter()
        .map(|r| r["source"]["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn one_record_per_document_sorted_by_path_as_typed() {
    let (dir, names) = corpus();
    let out = run(&["ingest", "reports"], dir.path());
    let recs = records(&out.stdout);
    assert_eq!(paths(&recs), names);
    let by_path = |p: &str| recs.iter().find(|r| r["source"]["path"] == p).unwrap();
    assert_eq!(by_path("reports/empty.txt")["status"], "unreadable");
    assert_eq!(
        by_path("reports/news/index.html")["issues"][0]["code"],
        "input.not_a_report"
    );
    assert_eq!(
        by_path("reports/江宁区/东山街道/2020.txt")["office"],
        "东山街道"
    );
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("5 documents"), "{summary}");
}

#[test]
fn folder_walks_leave_json_data_files_out_and_say_so() {
    let (dir, names) = corpus();
    std::fs::write(dir.path().join("reports/old-run.jsonl"), "{}\n").unwrap();
    std::fs::write(dir.path().join("reports/empty.txt.expected.json"), "{}").unwrap();
    let out = run(&["ingest", "reports"], dir.path());
    assert_eq!(paths(&records(&out.stdout)), names);
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(
        summary.contains("left out of folder walks: 2 JSON data files; --all-files reads them"),
        "{summary}"
    );
    // Named on the command line, a JSON file is read like any file.
    let named = run(&["ingest", "reports/old-run.jsonl"], dir.path());
    assert_eq!(
        paths(&records(&named.stdout)),
        vec!["reports/old-run.jsonl"]
    );
}

#[test]
fn same_output_at_any_thread_count() {
    let (dir, _) = corpus();
    let one = run(&["ingest", "-j", "1", "reports"], dir.path()).stdout;
    let two = run(&["ingest", "-j", "2", "reports"], dir.path()).stdout;
    let eight = run(&["ingest", "-j", "8", "reports"], dir.path()).stdout;
    assert_eq!(one, two);
    assert_eq!(one, eight);
}

#[test]
fn output_file_is_written_whole_and_resume_keeps_records() {
    let (dir, names) = corpus();
    run(&["ingest", "reports", "-o", "out.jsonl"], dir.path());
    let first = std::fs::read(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(paths(&records(&first)), names);
    assert!(!dir.path().join("out.jsonl.partial").exists());
    // Resume: nothing to redo, same records.
    let out = run(
        &["ingest", "reports", "-o", "out.jsonl", "--resume"],
        dir.path(),
    );
    let second = std::fs::read(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(records(&first), records(&second));
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("kept from the previous run"), "{summary}");
    assert!(!dir.path().join("out.jsonl.resume").exists());
}

#[test]
fn resume_after_an_interrupted_run_uses_its_spool() {
    let (dir, names) = corpus();
    run(&["ingest", "reports", "-o", "full.jsonl"], dir.path());
    let full = std::fs::read(dir.path().join("full.jsonl")).unwrap();
    // An interrupted run: two whole lines and a cut one in the spool.
    let lines: Vec<&[u8]> = full.split_inclusive(|b| *b == b'\n').collect();
    let mut partial = lines[0].to_vec();
    partial.extend_from_slice(lines[1]);
    partial.extend_from_slice(&lines[2][..10]);
    std::fs::write(dir.path().join("out.jsonl.partial"), partial).unwrap();
    run(
        &["ingest", "reports", "-o", "out.jsonl", "--resume"],
        dir.path(),
    );
    let resumed = std::fs::read(dir.path().join("out.jsonl")).unwrap();
    assert_eq!(paths(&records(&resumed)), names);
    assert_eq!(records(&resumed), records(&full));
}

#[test]
fn shards_partition_the_work() {
    let (dir, names) = corpus();
    let mut all: Vec<String> = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let out = run(
            &["ingest", "--no-corpus-checks", "--shard", &shard, "reports"],
            dir.path(),
        );
        all.extend(paths(&records(&out.stdout)));
    }
    all.sort();
    assert_eq!(all, names);
}

#[test]
fn streaming_mapper_contract() {
    // `find … | nianbao ingest - > out`: paths on stdin, records on stdout,
    // one per path, in path order, the same records as a file run.
    let (dir, names) = corpus();
    let mut child = bin()
        .args(["ingest", "-"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        for n in names.iter().rev() {
            writeln!(stdin, "{n}").unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let streamed = records(&out.stdout);
    assert_eq!(paths(&streamed), names);
    let batch = records(&run(&["ingest", "--no-corpus-checks", "reports"], dir.path()).stdout);
    assert_eq!(streamed, batch);
}

#[test]
fn exit_codes() {
    let (dir, _) = corpus();
    let bad = bin()
        .args(["ingest"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let unwritable = bin()
        .args(["ingest", "reports", "-o", "no/such/dir/out.jsonl"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(unwritable.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unwritable.stderr).contains("no/such/dir/out.jsonl"));
    let _ = PathBuf::new();
}

/// The contract for archives: the fixtures packed as `.zip`,
/// `.tar.gz` and `.warc.gz` ingest to the same records as the unpacked
/// files (paths aside: `x.zip!/name`, `x.warc.gz!/http://host/name`).
#[cfg(feature = "archives")]
#[test]
fn archives_ingest_to_the_same_records_as_their_unpacked_files() {
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/layouts");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    assert!(files.len() >= 16);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("unpacked")).unwrap();
    for (name, bytes) in &files {
        std::fs::write(d.join("unpacked").join(name), bytes).unwrap();
    }
    // zip, members in reverse order (the archive's order is not the output's)
    let mut z = zip::ZipWriter::new(std::fs::File::create(d.join("l.zip")).unwrap());
    for (name, bytes) in files.iter().rev() {
        z.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
    // tar.gz
    let mut t = tar::Builder::new(GzEncoder::new(
        std::fs::File::create(d.join("l.tar.gz")).unwrap(),
        Compression::default(),
    ));
    for (name, bytes) in files.iter().rev() {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        t.append_data(&mut h, name, &bytes[..]).unwrap();
    }
    t.into_inner().unwrap().finish().unwrap();
    // warc.gz: one gzip member per record, as crawlers write
    let mut warc = Vec::new();
    for (name, bytes) in files.iter().rev() {
        let mut block =
            format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", bytes.len()).into_bytes();
        block.extend_from_slice(bytes);
        let mut rec = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://gov.example/{name}\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        rec.extend_from_slice(&block);
        rec.extend_from_slice(b"\r\n\r\n");
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(&rec).unwrap();
        warc.extend(e.finish().unwrap());
    }
    std::fs::write(d.join("l.warc.gz"), warc).unwrap();

    let by_name = |arg: &str| -> Vec<(String, Value)> {
        let out = run(&["ingest", "--no-corpus-checks", arg], d);
        records(&out.stdout)
            .into_iter()
            .map(|mut r| {
                let path = r["source"]["path"].as_str().unwrap().to_string();
                let name = path.rsplit('/').next().unwrap().to_string();
                r["source"]["path"] = Value::Null;
                (name, r)
            })
            .collect()
    };
    let unpacked = by_name("unpacked");
    assert_eq!(unpacked.len(), files.len());
    for arc in ["l.zip", "l.tar.gz", "l.warc.gz"] {
        let packed = by_name(arc);
        assert_eq!(packed.len(), unpacked.len(), "{arc}");
        for ((n1, r1), (n2, r2)) in unpacked.iter().zip(&packed) {
            assert_eq!(n1, n2, "{arc}: order");
            assert_eq!(r1, r2, "{arc}: {n1} differs from its unpacked file");
        }
    }
}
