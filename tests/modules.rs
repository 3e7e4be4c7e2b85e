//! The module graph of the sources: no module cycles, and data flowing one
//! way through the stages (source → decode → parse → extract → validate →
//! sink).
//!
//! The modules are found from the crate roots (src/lib.rs, src/main.rs) by
//! their `mod` declarations, each file parsed with `syn`. A module depends
//! on another when its code (tests left out: items under `#[cfg(test)]`)
//! names a path into it: `use crate::parse::Document`, `super::RowView`,
//! `label::norm` for a child module, or an inline `crate::hanzi::simplify(…)`.
//! A name a module re-exports (`pub use rows::RowView`) counts as a path
//! into the module it comes from, so a parent that only re-exports its
//! children's items is not a dependency of those children. Doc comments and
//! string literals are not code and do not count.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// Per module, the names it re-exports and the module each comes from.
type Reexports = BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>>;

/// A module: its path (`crate::extract::tables`) and its parsed code.
struct Module {
    path: Vec<String>,
    ast: syn::File,
    /// Child modules declared in it.
    children: BTreeSet<String>,
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Meta>()
                .is_ok_and(|m| m.path().is_ident("test"))
    })
}

/// Every module reachable from the root file, by `mod` declarations.
fn modules(root: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    let mut todo = vec![(vec!["crate".to_string()], root.to_path_buf())];
    while let Some((path, file)) = todo.pop() {
        let src = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let ast = syn::parse_file(&src).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let dir = match stem {
            "mod" | "lib" | "main" => file.parent().map(Path::to_path_buf),
            _ => file.parent().map(|p| p.join(stem)),
        }
        .unwrap_or_default();
        let mut children = BTreeSet::new();
        for item in &ast.items {
            let syn::Item::Mod(m) = item else { continue };
            if m.content.is_some() || is_test(&m.attrs) {
                continue;
            }
            let name = m.ident.to_string();
            let f = [
                dir.join(format!("{name}.rs")),
                dir.join(&name).join("mod.rs"),
            ]
            .into_iter()
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("{file:?}: no file for mod {name}"));
            let mut p = path.clone();
            p.push(name.clone());
            children.insert(name);
            todo.push((p, f));
        }
        out.push(Module {
            path,
            ast,
            children,
        });
    }
    out
}

/// Collects the paths a module's code names, leaving tests out.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl Paths {
    fn tree(&mut self, prefix: &mut Vec<String>, t: &syn::UseTree) {
        match t {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut v = prefix.clone();
                if n.ident != "self" {
                    v.push(n.ident.to_string());
                }
                self.0.push(v);
            }
            syn::UseTree::Rename(r) => {
                let mut v = prefix.clone();
                v.push(r.ident.to_string());
                self.0.push(v);
            }
            syn::UseTree::Glob(_) => self.0.push(prefix.clone()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.tree(prefix, t);
                }
            }
        }
    }
}

impl<'a> Visit<'a> for Paths {
    fn visit_item(&mut self, i: &'a syn::Item) {
        let attrs: &[syn::Attribute] = match i {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Impl(m) => &m.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Const(c) => &c.attrs,
            syn::Item::Static(s) => &s.attrs,
            syn::Item::Struct(s) => &s.attrs,
            syn::Item::Enum(e) => &e.attrs,
            _ => &[],
        };
        if is_test(attrs) {
            return;
        }
        if let syn::Item::Use(u) = i {
            self.tree(&mut Vec::new(), &u.tree);
            return;
        }
        syn::visit::visit_item(self, i);
    }

    fn visit_path(&mut self, p: &'a syn::Path) {
        self.0
            .push(p.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, p);
    }

    fn visit_visibility(&mut self, _: &'a syn::Visibility) {
        // `pub(crate)`, `pub(super)`: not a use of those modules.
    }

    fn visit_macro(&mut self, m: &'a syn::Macro) {
        // Macro bodies (`format!`, `assert!`) may hold paths too: read them
        // as expressions where they parse.
        if let Ok(args) = m.parse_body_with(
            syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
        ) {
            for e in &args {
                self.visit_expr(e);
            }
        }
        syn::visit::visit_macro(self, m);
    }
}

/// The module graph of one crate: module path → the modules it uses.
fn graph(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules(root);
    let by_path: BTreeMap<Vec<String>, &Module> =
        mods.iter().map(|m| (m.path.clone(), m)).collect();
    // Names each module re-exports: name → the module path it comes from.
    let mut reexports = Reexports::new();
    for m in &mods {
        for item in &m.ast.items {
            let syn::Item::Use(u) = item else { continue };
            if matches!(u.vis, syn::Visibility::Inherited) {
                continue;
            }
            let mut p = Paths::default();
            p.tree(&mut Vec::new(), &u.tree);
            for full in p.0 {
                if let Some(target) = resolve(&m.path, &full, &by_path, None) {
                    if let Some(name) = full.last() {
                        reexports
                            .entry(m.path.clone())
                            .or_default()
                            .insert(name.clone(), target);
                    }
                }
            }
        }
    }
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in &mods {
        let mut p = Paths::default();
        p.visit_file(&m.ast);
        let deps = g.entry(m.path.join("::")).or_default();
        for full in p.0 {
            if let Some(t) = resolve(&m.path, &full, &by_path, Some(&reexports)) {
                // A module declaring a child does not depend on it by the
                // declaration alone; only by naming it in code.
                if t != m.path {
                    deps.insert(t.join("::"));
                }
            }
        }
    }
    g
}

/// The module a path points into, seen from module `from`: the longest
/// prefix that is a module, then through a re-export of its last name.
fn resolve(
    from: &[String],
    path: &[String],
    mods: &BTreeMap<Vec<String>, &Module>,
    reexports: Option<&Reexports>,
) -> Option<Vec<String>> {
    let first = path.first()?;
    let mut abs: Vec<String> = match first.as_str() {
        "crate" => vec!["crate".into()],
        "self" => from.to_vec(),
        "super" => from[..from.len().saturating_sub(1)].to_vec(),
        // A child module by its bare name (`label::norm`); one segment
        // alone is a local name.
        name if path.len() > 1 && mods.get(from).is_some_and(|m| m.children.contains(name)) => {
            let mut v = from.to_vec();
            v.push(name.to_string());
            return resolve_abs(v, &path[1..], mods, reexports);
        }
        _ => return None,
    };
    let mut rest = &path[1..];
    while rest.first().is_some_and(|s| s == "super") {
        abs.pop();
        rest = &rest[1..];
    }
    resolve_abs(abs, rest, mods, reexports)
}

fn resolve_abs(
    mut at: Vec<String>,
    rest: &[String],
    mods: &BTreeMap<Vec<String>, &Module>,
    reexports: Option<&Reexports>,
) -> Option<Vec<String>> {
    if !mods.contains_key(&at) {
        return None;
    }
    let mut i = 0;
    while i < rest.len() {
        let mut next = at.clone();
        next.push(rest[i].clone());
        if !mods.contains_key(&next) {
            break;
        }
        at = next;
        i += 1;
    }
    if let (Some(name), Some(re)) = (rest.get(i), reexports) {
        if let Some(target) = re.get(&at).and_then(|r| r.get(name)) {
            return Some(target.clone());
        }
    }
    Some(at)
}

/// The cycles of a graph: its strongly connected components of more than
/// one module (Tarjan's algorithm).
fn cycles(g: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'g> {
        g: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on: BTreeSet<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(t: &mut T<'g>, v: &'g str) {
        let n = t.index.len();
        t.index.insert(v, n);
        t.low.insert(v, n);
        t.stack.push(v);
        t.on.insert(v);
        if let Some(ws) = t.g.get(v) {
            for w in ws {
                let w = w.as_str();
                if !t.index.contains_key(w) {
                    visit(t, w);
                    let lw = t.low[w];
                    let lv = t.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if t.on.contains(w) {
                    let iw = t.index[w];
                    let lv = t.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in g.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    t.out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The pipeline's stages, in the order data flows through them.
const STAGES: [&str; 6] = ["source", "decode", "parse", "extract", "validate", "sink"];

/// The top-level module (`extract`) of a module path (`crate::extract::label`).
fn top(m: &str) -> &str {
    m.split("::").nth(1).unwrap_or("")
}

#[test]
fn the_library_has_no_module_cycles() {
    let g = graph(&src().join("lib.rs"));
    assert!(g.len() >= 25, "{} modules", g.len());
    if std::env::var_os("NIANBAO_PRINT_MODULES").is_some() {
        for (m, deps) in &g {
            eprintln!(
                "{m} -> {}",
                deps.iter().cloned().collect::<Vec<_>>().join(", ")
            );
        }
    }
    // The graph is read right: a few edges the code certainly has.
    for (a, b) in [
        ("crate::pipeline", "crate::decode"),
        ("crate::extract::label", "crate::hanzi"),
        ("crate::extract", "crate::extract::meta"),
        ("crate::parse::html", "crate::parse"),
    ] {
        assert!(g[a].contains(b), "{a} -> {b} not found: {:?}", g[a]);
    }
    // The source stage's own cycle (`source` ↔ its archive readers) is
    // being taken apart separately; every other module is checked.
    let found: Vec<Vec<String>> = cycles(&g)
        .into_iter()
        .filter(|c| !c.iter().all(|m| top(m) == "source"))
        .collect();
    assert!(found.is_empty(), "module cycles: {found:?}\ngraph: {g:#?}");
}

#[test]
fn the_binary_has_no_module_cycles() {
    let g = graph(&src().join("main.rs"));
    assert!(g.len() >= 5, "{} modules", g.len());
    // `cli` ↔ its commands (they use the argument types its mod.rs
    // defines; moving them to a module of their own ends it) is being
    // changed separately; any other cycle fails.
    let found: Vec<Vec<String>> = cycles(&g)
        .into_iter()
        .filter(|c| !c.iter().all(|m| m.starts_with("crate::cli")))
        .collect();
    assert!(found.is_empty(), "module cycles: {found:?}\ngraph: {g:#?}");
}

#[test]
fn data_flows_one_way_through_the_stages() {
    let g = graph(&src().join("lib.rs"));
    let mut back = Vec::new();
    for (from, deps) in &g {
        let Some(i) = STAGES.iter().position(|s| *s == top(from)) else {
            continue;
        };
        for to in deps {
            if let Some(j) = STAGES.iter().position(|s| *s == top(to)) {
                if j > i {
                    back.push(format!("{from} -> {to}"));
                }
            }
        }
    }
    assert!(
        back.is_empty(),
        "stages that use a later stage:\n{}",
        back.join("\n")
    );
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let g: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a", "d"]),
        ("d", vec![]),
        ("e", vec!["e"]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(cycles(&g), vec![vec!["a", "b", "c"]]);
}
