//! `taipan-bench`: runs a folder of Python benchmark scripts under taipan's JIT tier and
//! `--no-jit` (and, with `--compare CMD`, other interpreters such as python3 or pypy3),
//! checks that every implementation prints the same output, and reports a markdown table
//! (median wall time, min–max, speedup against the baseline, geometric mean) plus an SVG
//! bar chart of the speedups.
//!
//! ```sh
//! cargo run --release --bin taipan-bench -- examples/bench --compare python3 --svg bench.svg
//! ```

use clap::Parser;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

#[derive(Parser)]
#[command(name = "taipan-bench", about = "Time Python benchmark scripts under taipan (JIT and --no-jit) and other interpreters")]
struct Args {
    /// Folder of benchmark scripts (*.py)
    #[arg(default_value = "examples/bench")]
    dir: PathBuf,
    /// Timed runs per script and implementation (the median is reported)
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Another interpreter to compare with (repeatable), e.g. python3 or pypy3
    #[arg(long = "compare")]
    compare: Vec<String>,
    /// The taipan binary (default: the one beside this program)
    #[arg(long)]
    taipan: Option<PathBuf>,
    /// Where to write the SVG chart
    #[arg(long, default_value = "bench.svg")]
    svg: PathBuf,
    /// Also write the markdown table here
    #[arg(long)]
    markdown: Option<PathBuf>,
}

struct Impl {
    label: String,
    cmd: Vec<String>,
}

struct Cell {
    median: f64,
    min: f64,
    max: f64,
    ok: bool,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let taipan = args.taipan.clone().unwrap_or_else(|| {
        let me = std::env::current_exe().expect("own path");
        me.with_file_name("taipan")
    });
    let t = taipan.display().to_string();
    let mut impls = vec![
        Impl { label: "taipan (JIT)".into(), cmd: vec![t.clone()] },
        Impl { label: "taipan --no-jit".into(), cmd: vec![t, "--no-jit".into()] },
    ];
    for c in &args.compare {
        let parts: Vec<String> = c.split_whitespace().map(str::to_string).collect();
        if parts.is_empty() {
            continue;
        }
        let found = Command::new(&parts[0]).arg("-c").arg("pass").output().map(|o| o.status.success()).unwrap_or(false);
        if found {
            impls.push(Impl { label: c.clone(), cmd: parts });
        } else {
            eprintln!("taipan-bench: '{c}' not found or not working; skipped");
        }
    }
    let mut scripts: Vec<PathBuf> = match std::fs::read_dir(&args.dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "py")).collect(),
        Err(e) => {
            eprintln!("taipan-bench: cannot read {}: {e}", args.dir.display());
            return std::process::ExitCode::from(2);
        }
    };
    scripts.sort();
    if scripts.is_empty() {
        eprintln!("taipan-bench: no *.py scripts in {}", args.dir.display());
        return std::process::ExitCode::from(2);
    }
    // The baseline for speedups: the first --compare interpreter, else --no-jit.
    let base = if impls.len() > 2 { 2 } else { 1 };
    let mut rows: Vec<(String, Vec<Cell>)> = Vec::new();
    let mut all_ok = true;
    for script in &scripts {
        let name = script.file_stem().unwrap().to_string_lossy().into_owned();
        let mut cells = Vec::new();
        let mut reference: Option<Vec<u8>> = None;
        for im in &impls {
            let mut times = Vec::new();
            let mut ok = true;
            for run in 0..args.runs.max(1) {
                let start = Instant::now();
                let out = Command::new(&im.cmd[0]).args(&im.cmd[1..]).arg(script).output();
                let secs = start.elapsed().as_secs_f64();
                match out {
                    Ok(o) if o.status.success() => {
                        match &reference {
                            None => reference = Some(o.stdout.clone()),
                            Some(r) if *r != o.stdout => ok = false,
                            _ => {}
                        }
                        times.push(secs);
                    }
                    _ => ok = false,
                }
                eprintln!("[{name}] {} run {}/{}: {secs:.3} s{}", im.label, run + 1, args.runs.max(1), if ok { "" } else { " (WRONG OUTPUT)" });
            }
            all_ok &= ok;
            times.sort_by(|a, b| a.partial_cmp(b).unwrap());
            let median = if times.is_empty() { f64::NAN } else { times[times.len() / 2] };
            cells.push(Cell { median, min: *times.first().unwrap_or(&f64::NAN), max: *times.last().unwrap_or(&f64::NAN), ok });
        }
        rows.push((name, cells));
    }
    let table = markdown(&impls, &rows, base, &args);
    print!("{table}");
    if let Some(p) = &args.markdown {
        let _ = std::fs::write(p, &table);
    }
    match std::fs::write(&args.svg, svg(&impls, &rows, base)) {
        Ok(()) => eprintln!("taipan-bench: chart written to {}", args.svg.display()),
        Err(e) => eprintln!("taipan-bench: cannot write {}: {e}", args.svg.display()),
    }
    if all_ok {
        std::process::ExitCode::SUCCESS
    } else {
        eprintln!("taipan-bench: some outputs differ or runs failed");
        std::process::ExitCode::from(1)
    }
}

fn speedup(cells: &[Cell], i: usize, base: usize) -> f64 {
    cells[base].median / cells[i].median
}

fn geomean(xs: &[f64]) -> f64 {
    let v: Vec<f64> = xs.iter().copied().filter(|x| x.is_finite() && *x > 0.0).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp()
}

fn markdown(impls: &[Impl], rows: &[(String, Vec<Cell>)], base: usize, args: &Args) -> String {
    let mut s = format!(
        "Median of {} runs (min–max), wall time; speedup against {}.\n\n| benchmark |",
        args.runs.max(1),
        impls[base].label
    );
    for im in impls {
        s.push_str(&format!(" {} |", im.label));
    }
    s.push_str("\n|---|");
    for _ in impls {
        s.push_str("---:|");
    }
    s.push('\n');
    for (name, cells) in rows {
        s.push_str(&format!("| {name} |"));
        for (i, c) in cells.iter().enumerate() {
            let mark = if c.ok { "" } else { " ✗" };
            s.push_str(&format!(" {:.3} s ({:.3}–{:.3}) {:.2}x{mark} |", c.median, c.min, c.max, speedup(cells, i, base)));
        }
        s.push('\n');
    }
    s.push_str("| **geomean speedup** |");
    for i in 0..impls.len() {
        let g = geomean(&rows.iter().map(|(_, c)| speedup(c, i, base)).collect::<Vec<_>>());
        s.push_str(&format!(" **{g:.2}x** |"));
    }
    s.push('\n');
    s
}

/// A grouped horizontal bar chart of speedups (one group per benchmark, one bar per
/// implementation), with the baseline's 1.0 marked.
fn svg(impls: &[Impl], rows: &[(String, Vec<Cell>)], base: usize) -> String {
    const COLORS: [&str; 6] = ["#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"];
    let bar = 14.0;
    let gap = 10.0;
    let left = 150.0;
    let width = 520.0;
    let n = impls.len() as f64;
    let mut groups: Vec<(String, Vec<f64>)> =
        rows.iter().map(|(name, c)| (name.clone(), (0..impls.len()).map(|i| speedup(c, i, base)).collect())).collect();
    groups.push((
        "geomean".into(),
        (0..impls.len()).map(|i| geomean(&rows.iter().map(|(_, c)| speedup(c, i, base)).collect::<Vec<_>>())).collect(),
    ));
    let max = groups.iter().flat_map(|(_, v)| v.iter().copied()).filter(|x| x.is_finite()).fold(1.0f64, f64::max) * 1.1;
    let top = 40.0;
    let height = top + groups.len() as f64 * (n * bar + gap) + 30.0 + n * 18.0;
    let x = |v: f64| left + v / max * width;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n",
        left + width + 60.0
    );
    s.push_str(&format!(
        "<text x=\"{left}\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Speedup against {} (higher is better)</text>\n",
        esc(&impls[base].label)
    ));
    let mut y = top;
    for (name, vals) in &groups {
        s.push_str(&format!("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 8.0, y + n * bar / 2.0 + 4.0, esc(name)));
        for (i, v) in vals.iter().enumerate() {
            let w = if v.is_finite() { x(*v) - left } else { 0.0 };
            s.push_str(&format!(
                "<rect x=\"{left}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{}\">{v:.2}x</text>\n",
                bar - 2.0,
                COLORS[i % COLORS.len()],
                left + w + 4.0,
                y + bar - 4.0
            ));
            y += bar;
        }
        y += gap;
    }
    let one = x(1.0);
    s.push_str(&format!("<line x1=\"{one:.1}\" y1=\"{top}\" x2=\"{one:.1}\" y2=\"{y}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n"));
    y += 10.0;
    for (i, im) in impls.iter().enumerate() {
        s.push_str(&format!(
            "<rect x=\"{left}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text>\n",
            COLORS[i % COLORS.len()],
            left + 18.0,
            y + 10.0,
            esc(&im.label)
        ));
        y += 18.0;
    }
    s.push_str("</svg>\n");
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::geomean;

    #[test]
    fn geometric_mean() {
        assert!((geomean(&[2.0, 8.0]) - 4.0).abs() < 1e-12);
        assert!(geomean(&[]).is_nan());
    }
}

