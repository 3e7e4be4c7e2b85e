//! A small seeded PRNG (SplitMix64): the same seed gives the same corpus on
//! every platform and with every crate version.

/// SplitMix64 state.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x6e69_616e_6261_6f00)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// An index into a slice of length `len` (0 when empty).
    pub fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// A copy of one element of a non-empty slice (`fallback` when empty).
    pub fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
        if items.is_empty() {
            fallback
        } else {
            items[self.index(items.len())]
        }
    }

    /// One element of `items`, chosen by weight (`fallback` when all
    /// weights are 0).
    pub fn weighted<T: Copy>(&mut self, items: &[(T, u32)], fallback: T) -> T {
        let total: u64 = items.iter().map(|&(_, w)| w as u64).sum();
        let mut r = self.below(total);
        for &(t, w) in items {
            if r < w as u64 {
                return t;
            }
            r -= w as u64;
        }
        fallback
    }

    /// A small count: mostly 0, sometimes a few, rarely more.
    pub fn count(&mut self, scale: i64) -> i64 {
        match self.below(10) {
            0..=5 => 0,
            6..=8 => self.range(1, 3.max(scale / 4)),
            _ => self.range(1, scale.max(1)),
        }
    }

    /// A new generator derived from this one (for independent streams).
    pub fn fork(&mut self) -> Rng {
        Rng(self.next_u64())
    }
}
