#pragma once
// The binomial distribution, for the Anhøj crossings rule: the fewest crossings a random
// series of n useful points shows is the 5th percentile of Binomial(n - 1, 0.5)
// (Anhøj & Olesen 2014; qicharts2 uses R's qbinom). Computed here without R, accurately
// enough to decide P(X <= k) >= 0.05 for any n up to 2^31.

namespace stegvis::stats {

// P(X = k) for X ~ Binomial(size, prob), by Loader's saddle-point method ("Fast and accurate
// computation of binomial probabilities", 2000), the method R's dbinom uses; relative error
// about 1e-15. 0 outside 0..size.
double BinomialPmf(int k, int size, double prob);

// P(X <= k) for X ~ Binomial(size, prob).
double BinomialCdf(int k, int size, double prob);

// The smallest k with P(X <= k) >= q (R's qbinom(q, size, prob)). Requires 0 < q < 1,
// size >= 0 and 0 < prob < 1; size 0 gives 0.
int BinomialQuantile(double q, int size, double prob);

}  // namespace stegvis::stats
