//! The binary over a folder of hostile files: one line per document, exit
//! 0, bounded time and peak memory; folder and archive traps end to end;
//! the `--max-*` flags.

use super::cases::{corpus, Expect};
use super::timed;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Peak resident memory allowed for the run over the hostile corpus
/// (about 70 files, 180 MB, read and parsed on two threads; measured
/// 520-560 MB on 2026-12-03).
const PEAK_RSS_MB: u64 = 1_024;
/// Wall time allowed for that run (about 8 s alone).
const RUN_BUDGET: Duration = Duration::from_secs(60);

fn records(bytes: &[u8]) -> Vec<Value> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// Runs the binary in `cwd`; under `/usr/bin/time` when it is there, to
/// read the peak RSS (KB). Returns stdout, stderr and the peak.
fn ingest(args: &[&str], cwd: &Path) -> (Vec<u8>, String, Option<u64>) {
    let bin = env!("CARGO_BIN_EXE_nianbao");
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "peak-rss-kb=%M"]).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let out = cmd.args(args).current_dir(cwd).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "nianbao {args:?}: {stderr}");
    let peak = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak-rss-kb="))
        .and_then(|v| v.trim().parse().ok());
    (out.stdout, stderr, peak)
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Traps in the folder itself: a symlink loop, a dangling link, a name
/// that is not UTF-8, a fifo, a zip bomb, a lying archive.
fn folder_traps(dir: &Path) -> Vec<(&'static str, &'static str)> {
    let mut want = Vec::new();
    std::os::unix::fs::symlink("..", dir.join("loop")).unwrap();
    want.push(("h/loop", "input.unreadable"));
    std::os::unix::fs::symlink("gone.html", dir.join("dangling.html")).unwrap();
    want.push(("h/dangling.html", "input.unreadable"));
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"bad-\xFF\xFE-name.html");
        std::fs::write(dir.join(name), b"<p>x</p>").unwrap();
        want.push(("h/bad-\\xFF\\xFE-name.html", "input.not_a_report"));
    }
    if Command::new("mkfifo")
        .arg(dir.join("pipe.html"))
        .status()
        .is_ok_and(|s| s.success())
    {
        want.push(("h/pipe.html", "input.unreadable"));
    }
    std::fs::write(dir.join("fake.zip"), b"PK\x03\x04 not really a zip").unwrap();
    want.push(("h/fake.zip", "input.unreadable"));
    #[cfg(feature = "archives")]
    {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(std::fs::File::create(dir.join("bomb.zip")).unwrap());
        let opt = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("zeros.html", opt).unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..100 {
            z.write_all(&zeros).unwrap();
        }
        z.start_file("ok.txt", opt).unwrap();
        z.write_all("安镇街道2020年政府信息公开工作年度报告".as_bytes())
            .unwrap();
        z.finish().unwrap();
        want.push(("h/bomb.zip!/zeros.html", "input.too_large"));
        // A .tar.gz cut in half: the members before the cut, one record
        // for the rest.
        let mut tar = tar::Builder::new(Vec::new());
        for k in 0..4 {
            // Incompressible, so that half the .gz holds whole members.
            let data: Vec<u8> = super::Rng::new(k)
                .bytes(20_000)
                .into_iter()
                .map(|b| b'a' + b % 26)
                .collect();
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            tar.append_data(&mut h, format!("m{k}.txt"), &data[..])
                .unwrap();
        }
        let raw = tar.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&raw).unwrap();
        let gz = gz.finish().unwrap();
        std::fs::write(dir.join("cut.tar.gz"), &gz[..gz.len() / 2]).unwrap();
    }
    want
}

#[test]
fn peak_memory_over_the_hostile_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("h");
    std::fs::create_dir(&dir).unwrap();
    let cases = corpus(true);
    let mut total = 0usize;
    for c in &cases {
        write(&dir, &c.name, &c.bytes);
        total += c.bytes.len();
    }
    let traps = folder_traps(&dir);
    let start = Instant::now();
    let (out, stderr, peak) = ingest(&["ingest", "-q", "-j", "2", "h"], tmp.path());
    let took = start.elapsed();
    let recs = records(&out);
    let by_path: BTreeMap<&str, &Value> = recs
        .iter()
        .map(|r| (r["source"]["path"].as_str().unwrap(), r))
        .collect();
    assert_eq!(by_path.len(), recs.len(), "one record per path");
    for c in &cases {
        let p = format!("h/{}", c.name);
        let r = by_path
            .get(p.as_str())
            .unwrap_or_else(|| panic!("no record for {p}"));
        let codes: Vec<&str> = r["issues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["code"].as_str().unwrap())
            .collect();
        assert!(
            !codes.iter().any(|c| c.starts_with("internal.")),
            "{p}: {codes:?}"
        );
        match c.expect {
            Expect::Unreadable(code) => {
                assert_eq!(r["status"], "unreadable", "{p}");
                assert!(codes.contains(&code), "{p}: {codes:?}");
            }
            Expect::Report(code) => {
                assert!(!r["template"].is_null(), "{p}: {codes:?}");
                assert!(code.is_none_or(|c| codes.contains(&c)), "{p}: {codes:?}");
            }
            Expect::Issue(code) => assert!(codes.contains(&code), "{p}: {codes:?}"),
            Expect::Record => {}
        }
    }
    for (p, code) in &traps {
        let r = by_path
            .get(p)
            .unwrap_or_else(|| panic!("no record for {p}: {:?}", by_path.keys()));
        assert!(
            r["issues"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["code"] == *code),
            "{p}: {r}"
        );
    }
    // The loop's record names the loop; the dangling link's the OS error.
    assert!(by_path["h/loop"].to_string().contains("loop"));
    assert!(by_path["h/dangling.html"]
        .to_string()
        .contains("No such file"));
    #[cfg(feature = "archives")]
    {
        assert_eq!(by_path["h/bomb.zip!/ok.txt"]["year"], 2020);
        assert!(by_path.contains_key("h/cut.tar.gz!/m0.txt"));
        assert!(by_path
            .keys()
            .any(|p| p.starts_with("h/cut.tar.gz") && by_path[p]["status"] == "unreadable"));
    }
    eprintln!(
        "hostile corpus: {} files, {} MB, {} records in {took:?}, peak RSS {:?} KB; {}",
        cases.len() + traps.len(),
        total >> 20,
        recs.len(),
        peak,
        stderr.lines().last().unwrap_or("")
    );
    if timed() {
        assert!(took < RUN_BUDGET, "{took:?}");
        if let Some(kb) = peak {
            assert!(
                kb < PEAK_RSS_MB << 10,
                "peak RSS {kb} KB over {PEAK_RSS_MB} MB"
            );
        }
    }
}

#[test]
fn max_flags_set_the_limits() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("r");
    let table = format!(
        "<table>{}</table>",
        "<tr><td rowspan=5 colspan=5>x</td><td>1</td><td>2</td></tr>".repeat(20)
    );
    write(&dir, "big.html", &vec![b'a'; (1 << 20) + 10]);
    write(&dir, "table.html", table.as_bytes());
    write(&dir, "deep.html", "<table><tr><td>".repeat(10).as_bytes());
    write(&dir, "lines.txt", "行\n".repeat(10).as_bytes());
    write(&dir, "long.txt", "长".repeat(1000).as_bytes());
    let args = [
        "ingest",
        "-q",
        "--max-doc-mb",
        "1",
        "--max-cells",
        "10",
        "--max-span",
        "2",
        "--max-depth",
        "2",
        "--max-member-mb",
        "1",
        "--max-ratio",
        "2",
        "--max-lines",
        "3",
        "--max-line-kb",
        "1",
        "--max-tables",
        "1",
        "r",
    ];
    let (out, _, _) = ingest(&args, tmp.path());
    let recs = records(&out);
    assert_eq!(recs.len(), 5);
    let issue = |p: &str, code: &str| {
        recs.iter().find(|r| r["source"]["path"] == p).unwrap()["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["code"] == code)
    };
    assert!(issue("r/big.html", "input.too_large"));
    assert!(issue("r/table.html", "input.limit"));
    assert!(issue("r/deep.html", "input.limit"));
    assert!(issue("r/lines.txt", "input.limit"));
    assert!(issue("r/long.txt", "input.limit"));
    // Without the flags, none of that.
    let (out, _, _) = ingest(&["ingest", "-q", "r"], tmp.path());
    let recs = records(&out);
    assert!(!recs
        .iter()
        .any(|r| r.to_string().contains("input.too_large")));
}
