//! Integration tests: decode_source — every encoding class, binary and
//! oversized input, the folder walk, odd file names, and archives.

use nianbao::config::Limits;
use nianbao::decode::{decode, decode_with_charset, Decoded};
use nianbao::model::{EncodingFrom, Media, Severity};
use nianbao::source::{Plan, RawDoc};
use std::fs;
use std::path::{Path, PathBuf};

const REPORT: &str = "东山街道2020年政府信息公开工作年度报告\n\
一、总体情况\n\
2020年，东山街道认真贯彻落实《中华人民共和国政府信息公开条例》，\
全年共收到政府信息公开申请16件，办理行政复议4件，行政诉讼5件。\
街道坚持以公开为常态、不公开为例外，进一步完善主动公开目录，\
及时发布财政预决算、重大建设项目和社会公益事业建设领域信息。\n\
二、主动公开政府信息情况\n";

const BIG5_TEXT: &str = "政府資訊公開工作年度報告\n\
本年度共受理政府資訊公開申請十六件，行政復議四件，行政訴訟五件。\
本機關堅持以公開為常態、不公開為例外，進一步完善主動公開目錄，\
及時發佈財政預決算、重大建設項目與社會公益事業建設領域資訊。\n";

fn ok(path: &str, bytes: &[u8]) -> Decoded {
    match decode(path, bytes, &Limits::default()) {
        Ok(d) => d,
        Err(i) => panic!("{path}: {}", i.message),
    }
}

fn gbk(s: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(s).0.into_owned()
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

#[test]
fn utf8_detected() {
    let d = ok("r/2020.txt", REPORT.as_bytes());
    assert_eq!(d.text, REPORT);
    assert_eq!(
        (d.encoding, d.from, d.media),
        ("UTF-8", EncodingFrom::Detected, Media::Text)
    );
    assert!(d.issues.is_empty());
}

#[test]
fn utf8_bom() {
    let mut b = vec![0xEF, 0xBB, 0xBF];
    b.extend_from_slice(REPORT.as_bytes());
    let d = ok("r/2020.txt", &b);
    assert_eq!(d.text, REPORT, "BOM removed");
    assert_eq!((d.encoding, d.from), ("UTF-8", EncodingFrom::Bom));
}

#[test]
fn gb2312_meta_decodes_as_gb18030() {
    let html = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\
         </head><body><p>{REPORT}</p></body></html>"
    );
    let d = ok("r/2020.html", &gbk(&html));
    assert_eq!(d.text, html);
    assert_eq!(
        (d.encoding, d.from, d.media),
        ("GB18030", EncodingFrom::Declared, Media::Html)
    );
    assert!(d.issues.is_empty());
}

#[test]
fn gbk_undeclared_is_detected() {
    let d = ok("r/2020.txt", &gbk(REPORT));
    assert_eq!(d.text, REPORT);
    assert_eq!(
        (d.encoding, d.from, d.media),
        ("GB18030", EncodingFrom::Detected, Media::Text)
    );
}

#[test]
fn utf16le_with_bom() {
    let mut b = vec![0xFF, 0xFE];
    b.extend(utf16le(REPORT));
    let d = ok("r/2020.txt", &b);
    assert_eq!(d.text, REPORT);
    assert_eq!((d.encoding, d.from), ("UTF-16LE", EncodingFrom::Bom));
}

#[test]
fn utf16be_with_bom() {
    let mut b = vec![0xFE, 0xFF];
    b.extend(REPORT.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let d = ok("r/2020.txt", &b);
    assert_eq!(d.text, REPORT);
    assert_eq!((d.encoding, d.from), ("UTF-16BE", EncodingFrom::Bom));
}

#[test]
fn utf16le_without_bom() {
    // HTML: the ASCII tags give the alternating NULs.
    let html = format!("<html><body><table><tr><td>{REPORT}</td></tr></table></body></html>");
    let d = ok("r/2020.htm", &utf16le(&html));
    assert_eq!(d.text, html);
    assert_eq!(
        (d.encoding, d.from, d.media),
        ("UTF-16LE", EncodingFrom::Detected, Media::Html)
    );
    // Pure CJK has no NUL at all.
    let cjk = "政府信息公开工作年度报告，行政复议，行政诉讼。东山街道。";
    let d = ok("r/2020.txt", &utf16le(cjk));
    assert_eq!(d.text, cjk);
    assert_eq!((d.encoding, d.from), ("UTF-16LE", EncodingFrom::Detected));
}

#[test]
fn big5_declared_and_detected() {
    let html = format!("<meta charset=\"big5\"><p>{BIG5_TEXT}</p>");
    let bytes = encoding_rs::BIG5.encode(&html).0.into_owned();
    let d = ok("tw/2020.html", &bytes);
    assert_eq!(d.text, html);
    assert!(d.text.contains("政府資訊公開工作年度報告") && d.text.contains("行政復議"));
    assert_eq!((d.encoding, d.from), ("Big5", EncodingFrom::Declared));

    let bytes = encoding_rs::BIG5.encode(BIG5_TEXT).0.into_owned();
    let d = ok("tw/2020.txt", &bytes);
    assert_eq!(d.text, BIG5_TEXT);
    assert_eq!((d.encoding, d.from), ("Big5", EncodingFrom::Detected));
}

#[test]
fn xml_declaration() {
    let xml = format!("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<report><p>{REPORT}</p></report>");
    let d = ok("r/2020.xml", &gbk(&xml));
    assert_eq!(d.text, xml);
    assert_eq!((d.encoding, d.from), ("GB18030", EncodingFrom::Declared));
}

#[test]
fn mislabelled_utf8_declared_but_gbk() {
    let html =
        format!("<html><head><meta charset=\"utf-8\"></head><body><p>{REPORT}</p></body></html>");
    let d = ok("r/2020.html", &gbk(&html));
    assert_eq!(d.text, html);
    assert_eq!((d.encoding, d.from), ("GB18030", EncodingFrom::Detected));
    assert_eq!(d.issues.len(), 1);
    let i = &d.issues[0];
    assert_eq!(
        (i.code.as_str(), i.severity),
        ("input.charset_mismatch", Severity::Warning)
    );
    assert!(
        i.message.contains("UTF-8") && i.message.contains("GB18030"),
        "{}",
        i.message
    );
}

#[test]
fn mislabelled_gb2312_declared_but_utf8() {
    let html = format!("<meta charset=gb2312><p>{REPORT}</p>");
    let d = ok("r/2020.html", html.as_bytes());
    assert_eq!(d.text, html);
    assert_eq!((d.encoding, d.from), ("UTF-8", EncodingFrom::Detected));
    assert_eq!(d.issues[0].code, "input.charset_mismatch");
    assert!(
        d.issues[0].message.contains("GB18030"),
        "{}",
        d.issues[0].message
    );
}

#[test]
fn invalid_bytes_under_declared_charset() {
    let mut b = gbk(&format!("<meta charset=gbk><p>{REPORT}"));
    b.extend_from_slice(b"\x81\x20"); // a lead byte with an ASCII trail
    b.extend(gbk("</p>"));
    let d = ok("r/2020.html", &b);
    assert_eq!((d.encoding, d.from), ("GB18030", EncodingFrom::Declared));
    assert!(d.text.starts_with("<meta charset=gbk><p>东山街道2020年"));
    assert_eq!(d.text.matches('\u{FFFD}').count(), 1);
    assert_eq!(d.issues.len(), 1);
    let i = &d.issues[0];
    assert_eq!(
        (i.code.as_str(), i.severity),
        ("input.bad_bytes", Severity::Warning)
    );
    assert!(
        i.message.starts_with("1 invalid") && i.message.contains("GB18030"),
        "{}",
        i.message
    );
}

#[test]
fn binary_empty_and_too_large() {
    let l = Limits::default();
    let cases: &[(&[u8], &str)] = &[
        (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "binary file (PDF)"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary file (PNG)"),
        (b"PK\x03\x04\x14\0\0\0", "binary file (ZIP)"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0",
            "binary file (OLE/Word 97)",
        ),
        (b"\x7FELF\x02\x01\x01", "binary file (ELF)"),
        (b"GIF89a\x01\0", "binary file (GIF)"),
        (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "binary file (JPEG)"),
        (
            b"abc\0\x01\x02\x03\xF0\x9F\x92\x96\0\0\0\x07",
            "binary file (NUL bytes)",
        ),
        (b"", "empty file"),
    ];
    for (bytes, msg) in cases {
        let i = decode("x/a.html", bytes, &l).expect_err(msg);
        assert_eq!(i.code, "input.unreadable", "{msg}");
        assert_eq!(i.severity, Severity::Error);
        assert_eq!(i.where_, "source");
        // The documents a report may come as say how to turn them into text.
        let advice = [
            "binary file (PDF)",
            "binary file (ZIP)",
            "binary file (OLE/Word 97)",
        ];
        if advice.contains(msg) {
            assert!(i.message.starts_with(&format!("{msg}: ")), "{}", i.message);
        } else {
            assert_eq!(&i.message, msg);
        }
    }
    let small = Limits {
        max_doc_bytes: 16,
        ..Limits::default()
    };
    let i = decode("x/a.txt", REPORT.as_bytes(), &small).expect_err("too large");
    assert_eq!(
        (i.code.as_str(), i.severity),
        ("input.too_large", Severity::Error)
    );
}

#[test]
fn media_by_content_then_extension() {
    assert_eq!(
        ok("a.txt", b"  <!DOCTYPE html><html></html>").media,
        Media::Html
    );
    assert_eq!(
        ok(
            "a.txt",
            "报告\n<TABLE><TR><TD>1</TD></TR></TABLE>".as_bytes()
        )
        .media,
        Media::Html
    );
    assert_eq!(ok("a.shtml", "报告 正文".as_bytes()).media, Media::Html);
    assert_eq!(ok("a.txt", "报告 a<b 正文".as_bytes()).media, Media::Text);
    assert_eq!(ok("a", "报告".as_bytes()).media, Media::Text);
}

#[test]
fn http_charset_counts_as_declared() {
    let l = Limits::default();
    let d = decode_with_charset("c.warc!/http://h/a", &gbk(REPORT), Some("GBK"), &l).unwrap();
    assert_eq!(
        (d.encoding, d.from, d.text.as_str()),
        ("GB18030", EncodingFrom::Declared, REPORT)
    );
    // The header wins over the page's own meta; a BOM wins over both.
    let page = gbk(&format!("<meta charset=utf-8>{REPORT}"));
    let d = decode_with_charset("a", &page, Some("gb2312"), &l).unwrap();
    assert_eq!((d.encoding, d.from), ("GB18030", EncodingFrom::Declared));
    assert!(d.issues.is_empty());
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(REPORT.as_bytes());
    let d = decode_with_charset("a", &bom, Some("gbk"), &l).unwrap();
    assert_eq!((d.encoding, d.from), ("UTF-8", EncodingFrom::Bom));
}

// ---------------------------------------------------------------- source

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

fn read_all(inputs: &[PathBuf], limits: &Limits) -> Vec<RawDoc> {
    Plan::new(inputs, limits).read(limits).collect()
}

/// Reads the folder `root`, checking that its documents are `root`
/// followed by each of `below`, in that order.
fn read_in_order(root: &Path, below: &[&str]) -> Vec<RawDoc> {
    let docs = read_all(&[root.to_path_buf()], &Limits::default());
    let r = s(root);
    let paths: Vec<String> = docs.iter().map(|d| d.path.clone()).collect();
    let want: Vec<String> = below.iter().map(|b| format!("{r}/{b}")).collect();
    assert_eq!(paths, want);
    docs
}

/// The sample tree: relative path → contents.
fn tree() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "江宁区/东山街道/2020.html",
            gbk(&format!("<meta charset=gbk><p>{REPORT}</p>")),
        ),
        ("江宁区/东山街道/2019.txt", REPORT.as_bytes().to_vec()),
        ("Zeta/a.txt", b"zeta".to_vec()),
        ("a b/c.txt", b"space".to_vec()),
        ("top.txt", b"top".to_vec()),
    ]
}

fn make_tree(root: &Path) {
    for (rel, bytes) in tree() {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    }
}

fn expected_sorted(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = tree()
        .into_iter()
        .map(|(r, b)| (format!("{prefix}{r}"), b))
        .collect();
    v.sort();
    v
}

fn ok_docs(docs: Vec<RawDoc>) -> Vec<(String, Vec<u8>)> {
    docs.into_iter()
        .map(|d| match d.bytes {
            Ok(b) => (d.path, b),
            Err(i) => panic!("{}: {}", d.path, i.message),
        })
        .collect()
}

#[test]
fn walk_order_and_display_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("reports");
    make_tree(&root);
    let l = Limits::default();
    let docs = ok_docs(read_all(std::slice::from_ref(&root), &l));
    assert_eq!(docs, expected_sorted(&format!("{}/", s(&root))));
    // A trailing slash on the argument does not double.
    let docs = ok_docs(read_all(&[PathBuf::from(format!("{}/", s(&root)))], &l));
    assert_eq!(docs, expected_sorted(&format!("{}/", s(&root))));
    // Files given one by one, out of order, come out sorted as given.
    let a = root.join("top.txt");
    let b = root.join("Zeta/a.txt");
    let plan = Plan::new(&[a.clone(), b.clone()], &l);
    let paths: Vec<String> = plan.into_items().map(|i| i.path).collect();
    assert_eq!(paths, vec![s(&b), s(&a)]);
}

/// A folder is walked as the run reads it, each folder's listing sorted
/// when entered; the documents still come in the byte order of their whole
/// display paths, where names with `-`, `.` or a space sort before `/`
/// (`a-b/y.txt` before `a/x.txt`), as a sort of every path would give.
#[test]
fn walked_folders_come_in_whole_path_order() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("r");
    let names = [
        "a/x.txt",
        "a/z/1.txt",
        "a-b/y.txt",
        "a.b/w.txt",
        "a b.txt",
        "a.txt",
        "ab.txt",
        "a/0/deep/er/n.txt",
        "b.txt",
        "a!.txt",
        "A/up.txt",
    ];
    for n in names {
        let p = root.join(n);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, n).unwrap();
    }
    let l = Limits::default();
    let got: Vec<String> = Plan::new(std::slice::from_ref(&root), &l)
        .into_items()
        .map(|i| i.path)
        .collect();
    let mut want: Vec<String> = names.iter().map(|n| format!("{}/{n}", s(&root))).collect();
    want.sort();
    assert_eq!(got, want);
    // Overlapping inputs (a folder and one inside it) merge in path order,
    // a document met twice coming twice, in the order of the inputs.
    let inner = root.join("a");
    let got: Vec<String> = Plan::new(&[inner.clone(), root.clone()], &l)
        .into_items()
        .map(|i| i.path)
        .collect();
    let mut want: Vec<String> = want
        .iter()
        .cloned()
        .chain(
            want.iter()
                .filter(|p| p.starts_with(&format!("{}/", s(&inner))))
                .cloned(),
        )
        .collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn missing_input_is_one_unreadable_doc() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("nope.html");
    let docs = read_all(std::slice::from_ref(&p), &Limits::default());
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].path, s(&p));
    let i = docs[0].bytes.as_ref().unwrap_err();
    assert_eq!(i.code, "input.unreadable");
    assert!(
        i.message.contains("nope.html") && i.message.contains("No such file"),
        "{}",
        i.message
    );
}

#[cfg(unix)]
#[test]
fn non_utf8_file_names() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("old");
    fs::create_dir(&dir).unwrap();
    let gbk_name = gbk("东山街道2020.html");
    fs::write(dir.join(OsStr::from_bytes(&gbk_name)), b"gbk-named").unwrap();
    fs::write(
        dir.join(OsStr::from_bytes(b"bad\xFF\xFE.txt")),
        b"bad-named",
    )
    .unwrap();
    let docs = ok_docs(read_all(std::slice::from_ref(&dir), &Limits::default()));
    let d = s(&dir);
    assert_eq!(
        docs,
        vec![
            (format!("{d}/bad\\xFF\\xFE.txt"), b"bad-named".to_vec()),
            (format!("{d}/东山街道2020.html"), b"gbk-named".to_vec()),
        ]
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_and_dangling_link() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("r");
    fs::create_dir_all(root.join("sub")).unwrap();
    fs::write(root.join("sub/a.txt"), b"a").unwrap();
    std::os::unix::fs::symlink("..", root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink("missing.html", root.join("dangling.html")).unwrap();
    let docs = read_in_order(&root, &["dangling.html", "sub/a.txt", "sub/loop"]);
    assert_eq!(docs[1].bytes.as_deref().unwrap(), b"a");
    let dangling = docs[0].bytes.as_ref().unwrap_err();
    assert_eq!(dangling.code, "input.unreadable");
    assert!(
        dangling.message.contains("dangling.html"),
        "{}",
        dangling.message
    );
    let lp = docs[2].bytes.as_ref().unwrap_err();
    assert_eq!(lp.code, "input.unreadable");
    assert!(lp.message.contains("symlink loop"), "{}", lp.message);
}

/// A link out of the walked folder to a folder whose own link leads back
/// above it is not followed a second time: each file is read once and the
/// loop is one failed document (`r/link -> ../ext/x`, `ext/x/up -> ..`).
/// A hidden link back into the walk (`r/.self -> .`) is left out as a
/// hidden folder, not reported as a loop.
#[cfg(unix)]
#[test]
fn loops_through_links_out_of_the_walk() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("r");
    fs::create_dir_all(root.join("sub")).unwrap();
    fs::create_dir_all(tmp.path().join("ext/x")).unwrap();
    fs::write(tmp.path().join("ext/x/c.txt"), b"c").unwrap();
    fs::write(root.join("a.txt"), b"a").unwrap();
    std::os::unix::fs::symlink("../ext/x", root.join("link")).unwrap();
    std::os::unix::fs::symlink("..", tmp.path().join("ext/x/up")).unwrap();
    std::os::unix::fs::symlink(".", root.join(".self")).unwrap();
    let docs = read_in_order(&root, &["a.txt", "link/c.txt", "link/up"]);
    let lp = docs[2].bytes.as_ref().unwrap_err();
    assert!(lp.message.contains("symlink loop"), "{}", lp.message);
    let mut reader =
        Plan::new(std::slice::from_ref(&root), &Limits::default()).pending(&Limits::default());
    assert_eq!(reader.by_ref().count(), 3);
    let left = reader.left_out();
    assert_eq!(left.hidden_folders, 1);
    assert_eq!(left.examples, vec![format!("{}/.self", s(&root))]);
}

/// Links to a file and to a folder are followed: the walk that reads
/// file types from the listing meets the link and walks again.
#[cfg(unix)]
#[test]
fn links_to_files_and_folders_are_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir_all(elsewhere.join("d")).unwrap();
    fs::write(elsewhere.join("f.txt"), b"linked file").unwrap();
    fs::write(elsewhere.join("d/g.txt"), b"in a linked folder").unwrap();
    let root = tmp.path().join("r");
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("a.txt"), b"plain").unwrap();
    std::os::unix::fs::symlink(elsewhere.join("f.txt"), root.join("f.txt")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("d"), root.join("d")).unwrap();
    let docs = read_all(std::slice::from_ref(&root), &Limits::default());
    let r = s(&root);
    let mut got: Vec<(String, Vec<u8>)> = docs
        .iter()
        .map(|d| (d.path.clone(), d.bytes.clone().unwrap()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (format!("{r}/a.txt"), b"plain".to_vec()),
            (format!("{r}/d/g.txt"), b"in a linked folder".to_vec()),
            (format!("{r}/f.txt"), b"linked file".to_vec()),
        ]
    );
}

#[cfg(unix)]
#[test]
fn fifo_is_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("r");
    fs::create_dir(&root).unwrap();
    let fifo = root.join("pipe.html");
    match std::process::Command::new("mkfifo").arg(&fifo).status() {
        Ok(st) if st.success() => {}
        _ => {
            eprintln!("skipped: mkfifo not available");
            return;
        }
    }
    // Reading a fifo would block forever: it must be refused from metadata.
    let docs = read_all(&[root.clone(), fifo.clone()], &Limits::default());
    assert_eq!(docs.len(), 2);
    for d in &docs {
        assert_eq!(d.path, s(&fifo));
        let i = d.bytes.as_ref().unwrap_err();
        assert!(
            i.message.contains("not a regular file (fifo)"),
            "{}",
            i.message
        );
    }
}

#[cfg(unix)]
#[test]
fn unreadable_directory() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("r");
    fs::create_dir_all(root.join("locked")).unwrap();
    fs::write(root.join("locked/a.txt"), b"a").unwrap();
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read_dir(root.join("locked")).is_ok() {
        // Running as root: permissions do not stop reads.
        fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: running as root, chmod 000 does not stop reads");
        return;
    }
    let docs = read_all(std::slice::from_ref(&root), &Limits::default());
    fs::set_permissions(root.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].path, format!("{}/locked", s(&root)));
    let i = docs[0].bytes.as_ref().unwrap_err();
    assert!(i.message.contains("ermission denied"), "{}", i.message);
}

#[test]
fn too_large_file_is_not_read() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("big.txt");
    fs::write(&p, vec![b'x'; 1000]).unwrap();
    let l = Limits {
        max_doc_bytes: 100,
        ..Limits::default()
    };
    let docs = read_all(std::slice::from_ref(&p), &l);
    let i = docs[0].bytes.as_ref().unwrap_err();
    assert_eq!(
        (i.code.as_str(), i.severity),
        ("input.too_large", Severity::Error)
    );
    assert!(
        i.message.contains("1000") && i.message.contains("100"),
        "{}",
        i.message
    );
}

#[test]
fn shards_partition_the_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("r");
    fs::create_dir(&root).unwrap();
    for i in 0..40 {
        fs::write(root.join(format!("{i:02}.txt")), b"x").unwrap();
    }
    let l = Limits::default();
    let all: Vec<String> = Plan::new(std::slice::from_ref(&root), &l)
        .into_items()
        .map(|i| i.path)
        .collect();
    assert_eq!(all.len(), 40);
    let mut union = Vec::new();
    for k in 1..=3 {
        let mut p = Plan::new(std::slice::from_ref(&root), &l);
        p.shard(k, 3);
        let shard: Vec<String> = p.into_items().map(|i| i.path).collect();
        assert!(
            !shard.is_empty() && shard.len() < 40,
            "shard {k} has {}",
            shard.len()
        );
        union.extend(shard);
    }
    union.sort();
    assert_eq!(union, all, "shards are disjoint and cover the plan");
    // Stable across runs and machines: FNV-1a 64 of the display path.
    assert_eq!(
        nianbao::source::fnv1a64(b"reports/a.html"),
        0x95a8_a01c_85cb_53db
    );
}

#[cfg(feature = "archives")]
mod archives {
    use super::*;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn write_zip(path: &Path) {
        let mut z = zip::ZipWriter::new(fs::File::create(path).unwrap());
        let opt = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.add_directory("江宁区/", opt).unwrap();
        // Archive order differs from sorted order on purpose.
        for (rel, bytes) in tree().into_iter().rev() {
            z.start_file(rel, opt).unwrap();
            z.write_all(&bytes).unwrap();
        }
        z.finish().unwrap();
    }

    fn tar_bytes() -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        for (rel, bytes) in tree().into_iter().rev() {
            let mut h = tar::Header::new_gnu();
            h.set_size(bytes.len() as u64);
            h.set_mode(0o644);
            b.append_data(&mut h, rel, &bytes[..]).unwrap();
        }
        b.into_inner().unwrap()
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn warc_record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    /// One WARC record per gzip member when `gzip` (as crawlers write).
    fn warc_bytes(gzip: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let mut push = |rec: Vec<u8>| {
            if gzip {
                out.extend(gz(&rec));
            } else {
                out.extend(rec);
            }
        };
        push(warc_record("warcinfo", "", b"software: test\r\n"));
        for (i, (rel, bytes)) in tree().into_iter().rev().enumerate() {
            let uri = format!("http://gov.example/{rel}");
            push(warc_record("request", &uri, b"GET / HTTP/1.1\r\n\r\n"));
            let mut block = match i % 3 {
                // chunked
                0 => {
                    let mut b = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\n\
                                  Transfer-Encoding: chunked\r\n\r\n"
                        .to_vec();
                    let (x, y) = bytes.split_at(bytes.len() / 2);
                    for part in [x, y] {
                        b.extend(format!("{:x}\r\n", part.len()).into_bytes());
                        b.extend_from_slice(part);
                        b.extend_from_slice(b"\r\n");
                    }
                    b.extend_from_slice(b"0\r\n\r\n");
                    b
                }
                // gzip content encoding
                1 => {
                    let mut b = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
                    b.extend(gz(&bytes));
                    b
                }
                _ => {
                    let mut b = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n".to_vec();
                    b.extend_from_slice(&bytes);
                    b
                }
            };
            if i == 0 {
                // A redirect for the same URI first: not a document.
                push(warc_record(
                    "response",
                    &format!("{uri}?old"),
                    b"HTTP/1.1 301 Moved\r\nLocation: /\r\n\r\n",
                ));
            }
            push(warc_record("response", &uri, &std::mem::take(&mut block)));
        }
        out
    }

    #[test]
    fn every_archive_kind_matches_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        write_zip(&d.join("r.zip"));
        fs::write(d.join("r.tar"), tar_bytes()).unwrap();
        fs::write(d.join("r.tar.gz"), gz(&tar_bytes())).unwrap();
        fs::write(d.join("r.tgz"), gz(&tar_bytes())).unwrap();
        fs::write(d.join("crawl.warc"), warc_bytes(false)).unwrap();
        fs::write(d.join("crawl.warc.gz"), warc_bytes(true)).unwrap();
        let l = Limits::default();
        for name in ["r.zip", "r.tar", "r.tar.gz", "r.tgz"] {
            let p = d.join(name);
            let docs = ok_docs(read_all(std::slice::from_ref(&p), &l));
            assert_eq!(docs, expected_sorted(&format!("{}!/", s(&p))), "{name}");
        }
        for name in ["crawl.warc", "crawl.warc.gz"] {
            let p = d.join(name);
            let raw = read_all(std::slice::from_ref(&p), &l);
            let charsets: Vec<Option<String>> = raw.iter().map(|r| r.charset.clone()).collect();
            assert_eq!(
                charsets
                    .iter()
                    .filter(|c| c.as_deref() == Some("GBK"))
                    .count(),
                2,
                "{name}"
            );
            let docs = ok_docs(raw);
            assert_eq!(
                docs,
                expected_sorted(&format!("{}!/http://gov.example/", s(&p))),
                "{name}"
            );
        }
        // The whole folder at once: archives in place, in one sorted order.
        let all = read_all(&[d.to_path_buf()], &l);
        assert_eq!(all.len(), 6 * 5);
        let paths: Vec<&String> = all.iter().map(|r| &r.path).collect();
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted);
        assert!(all.iter().all(|r| r.bytes.is_ok()));
    }

    /// A zip written byte by byte: names as given (no UTF-8 flag), and
    /// sizes as given, so a header can lie.
    struct RawEntry<'a> {
        name: &'a [u8],
        method: u16,
        payload: Vec<u8>,
        size: u32,
        crc: u32,
    }

    fn stored<'a>(name: &'a [u8], data: &[u8]) -> RawEntry<'a> {
        let mut crc = flate2::Crc::new();
        crc.update(data);
        RawEntry {
            name,
            method: 0,
            payload: data.to_vec(),
            size: data.len() as u32,
            crc: crc.sum(),
        }
    }

    fn raw_zip(entries: &[RawEntry]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for e in entries {
            let offset = out.len() as u32;
            let n = e.name.len() as u16;
            let clen = e.payload.len() as u32;
            let mut fields = Vec::new();
            fields.extend(e.method.to_le_bytes());
            fields.extend([0u8; 4]); // time, date
            fields.extend(e.crc.to_le_bytes());
            fields.extend(clen.to_le_bytes());
            fields.extend(e.size.to_le_bytes());
            fields.extend(n.to_le_bytes());
            fields.extend(0u16.to_le_bytes()); // extra length
            out.extend(0x04034b50u32.to_le_bytes());
            out.extend(20u16.to_le_bytes()); // version needed
            out.extend(0u16.to_le_bytes()); // flags: no UTF-8 bit
            out.extend(&fields);
            out.extend_from_slice(e.name);
            out.extend_from_slice(&e.payload);
            central.extend(0x02014b50u32.to_le_bytes());
            central.extend(20u16.to_le_bytes()); // made by
            central.extend(20u16.to_le_bytes()); // needed
            central.extend(0u16.to_le_bytes()); // flags
            central.extend(&fields);
            central.extend([0u8; 6]); // comment length, disk, internal attrs
            central.extend([0u8; 4]); // external attrs
            central.extend(offset.to_le_bytes());
            central.extend_from_slice(e.name);
        }
        let cd_offset = out.len() as u32;
        let cd_len = central.len() as u32;
        out.extend(central);
        out.extend(0x06054b50u32.to_le_bytes());
        out.extend([0u8; 4]);
        out.extend((entries.len() as u16).to_le_bytes());
        out.extend((entries.len() as u16).to_le_bytes());
        out.extend(cd_len.to_le_bytes());
        out.extend(cd_offset.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }

    #[test]
    fn lying_zip_header_is_cut_off() {
        // Declares 10 bytes, inflates to 4 MiB: found by reading through
        // a bounded reader, not by trusting (or allocating) the header.
        let zeros = vec![0u8; 4 << 20];
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&zeros).unwrap();
        let payload = enc.finish().unwrap();
        let mut crc = flate2::Crc::new();
        crc.update(&zeros);
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("liar.zip");
        let liar = RawEntry {
            name: b"liar.html",
            method: 8,
            payload,
            size: 10,
            crc: crc.sum(),
        };
        fs::write(&p, raw_zip(&[liar, stored(b"ok.txt", b"fine")])).unwrap();
        let l = Limits {
            max_member_bytes: 1000,
            ..Limits::default()
        };
        let docs = read_all(std::slice::from_ref(&p), &l);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].path, format!("{}!/liar.html", s(&p)));
        let i = docs[0].bytes.as_ref().unwrap_err();
        assert_eq!(i.code, "input.too_large");
        assert!(i.message.contains("inflates past 1000"), "{}", i.message);
        assert_eq!(docs[1].bytes.as_deref().unwrap(), b"fine");
    }

    #[test]
    fn gbk_zip_member_names() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("旧档案.zip");
        let n1 = gbk("江宁区/东山街道/2020年报告.html");
        let n2 = gbk("江宁区/汤山街道/2019.txt");
        fs::write(&p, raw_zip(&[stored(&n2, b"two"), stored(&n1, b"one")])).unwrap();
        let docs = ok_docs(read_all(std::slice::from_ref(&p), &Limits::default()));
        let a = s(&p);
        assert_eq!(
            docs,
            vec![
                (
                    format!("{a}!/江宁区/东山街道/2020年报告.html"),
                    b"one".to_vec()
                ),
                (format!("{a}!/江宁区/汤山街道/2019.txt"), b"two".to_vec()),
            ]
        );
    }

    #[test]
    fn zip_bomb_and_oversized_members() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("bomb.zip");
        let mut z = zip::ZipWriter::new(fs::File::create(&p).unwrap());
        let opt = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("bomb.html", opt).unwrap();
        z.write_all(&vec![0u8; 400_000]).unwrap();
        z.start_file("big.txt", opt).unwrap();
        let big: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
        z.write_all(&big).unwrap();
        z.start_file("ok.txt", opt).unwrap();
        z.write_all(b"fine").unwrap();
        z.finish().unwrap();
        let l = Limits {
            max_member_bytes: 500_000,
            max_ratio: 100,
            ..Limits::default()
        };
        let docs = read_all(std::slice::from_ref(&p), &l);
        let a = s(&p);
        let paths: Vec<String> = docs.iter().map(|d| d.path.clone()).collect();
        assert_eq!(
            paths,
            vec![
                format!("{a}!/big.txt"),
                format!("{a}!/bomb.html"),
                format!("{a}!/ok.txt")
            ]
        );
        let big_issue = docs[0].bytes.as_ref().unwrap_err();
        assert_eq!(big_issue.code, "input.too_large");
        assert!(
            big_issue.message.contains("800000"),
            "{}",
            big_issue.message
        );
        let bomb = docs[1].bytes.as_ref().unwrap_err();
        assert_eq!(
            (bomb.code.as_str(), bomb.severity),
            ("input.too_large", Severity::Error)
        );
        assert!(bomb.message.contains("ratio"), "{}", bomb.message);
        assert_eq!(docs[2].bytes.as_deref().unwrap(), b"fine");
    }

    #[test]
    fn broken_archive_is_one_unreadable_doc() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("broken.zip");
        fs::write(&p, b"this is not a zip archive at all").unwrap();
        let t = tmp.path().join("broken.tar.gz");
        fs::write(&t, b"\x1f\x8b\x08\0garbage").unwrap();
        let docs = read_all(&[p.clone(), t.clone()], &Limits::default());
        assert_eq!(docs.len(), 2);
        for (d, want) in docs.iter().zip([&t, &p]) {
            assert_eq!(d.path, s(want));
            assert_eq!(d.bytes.as_ref().unwrap_err().code, "input.unreadable");
        }
    }
}
