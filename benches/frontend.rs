//! Front-end throughput: tokenize + parse over a fixed corpus (placeholder until the corpus lands).
fn main() {}
