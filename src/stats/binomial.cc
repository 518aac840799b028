#include "stats/binomial.h"

#include <cfloat>
#include <cmath>

namespace stegvis::stats {
namespace {

constexpr double kLn2Pi = 1.837877066409345483560659472811;      // log(2π)
constexpr double kLnSqrt2Pi = 0.918938533204672741780329736406;  // log(sqrt(2π))

// The error of Stirling's formula: log(n!) - log(sqrt(2πn) (n/e)^n) (Loader 2000, sec. 2).
double StirlingError(double n) {
  constexpr double kS0 = 1.0 / 12, kS1 = 1.0 / 360, kS2 = 1.0 / 1260, kS3 = 1.0 / 1680,
                   kS4 = 1.0 / 1188;
  if (n <= 15) {
    // Small n: direct; lgamma(16) is about 28, so the absolute error stays near 1e-14.
    return std::lgamma(n + 1) - (n + 0.5) * std::log(n) + n - kLnSqrt2Pi;
  }
  const double nn = n * n;
  if (n > 500) return (kS0 - kS1 / nn) / n;
  if (n > 80) return (kS0 - (kS1 - kS2 / nn) / nn) / n;
  if (n > 35) return (kS0 - (kS1 - (kS2 - kS3 / nn) / nn) / nn) / n;
  return (kS0 - (kS1 - (kS2 - (kS3 - kS4 / nn) / nn) / nn) / nn) / n;
}

// The deviance term x log(x/np) + np - x, accurate when x is close to np (Loader 2000, sec. 3).
double Deviance(double x, double np) {
  if (std::fabs(x - np) < 0.1 * (x + np)) {
    double v = (x - np) / (x + np);
    double s = (x - np) * v;
    if (std::fabs(s) < DBL_MIN) return s;
    double ej = 2 * x * v;
    v = v * v;
    for (int j = 1; j < 1000; ++j) {
      ej *= v;
      const double s1 = s + ej / (2 * j + 1);
      if (s1 == s) return s1;
      s = s1;
    }
  }
  return x * std::log(x / np) + np - x;
}

}  // namespace

double BinomialPmf(int k, int size, double prob) {
  if (k < 0 || k > size) return 0;
  const double n = size, x = k, q = 1 - prob;
  if (k == 0) {
    if (size == 0) return 1;
    return std::exp(prob < 0.1 ? -Deviance(n, n * q) - n * prob : n * std::log(q));
  }
  if (k == size) {
    return std::exp(q < 0.1 ? -Deviance(n, n * prob) - n * q : n * std::log(prob));
  }
  const double lc = StirlingError(n) - StirlingError(x) - StirlingError(n - x) -
                    Deviance(x, n * prob) - Deviance(n - x, n * q);
  const double lf = kLn2Pi + std::log(x) + std::log1p(-x / n);
  return std::exp(lc - 0.5 * lf);
}

double BinomialCdf(int k, int size, double prob) {
  if (k < 0) return 0;
  if (k >= size) return 1;
  const double q = 1 - prob;
  if (k < size * prob) {
    // Sum the lower tail downwards from k: terms shrink geometrically.
    double term = BinomialPmf(k, size, prob);
    double sum = term;
    for (int i = k; i > 0 && term > sum * 1e-18; --i) {
      term *= static_cast<double>(i) / (size - i + 1) * (q / prob);
      sum += term;
    }
    return sum;
  }
  // Upper half: 1 - P(X > k), summing upwards from k + 1.
  double term = BinomialPmf(k + 1, size, prob);
  double sum = term;
  for (int i = k + 1; i < size && term > sum * 1e-18; ++i) {
    term *= static_cast<double>(size - i) / (i + 1) * (prob / q);
    sum += term;
  }
  return 1 - sum;
}

int BinomialQuantile(double q, int size, double prob) {
  if (size <= 0) return 0;
  const double odds = prob / (1 - prob);
  // Start at the mean and walk one step at a time, updating the cdf with the neighbouring
  // probability: about 1.6 standard deviations of steps for q = 0.05.
  int k = static_cast<int>(std::floor(size * prob));
  double cdf = BinomialCdf(k, size, prob);
  double pmf = BinomialPmf(k, size, prob);
  if (cdf >= q) {
    while (k > 0 && cdf - pmf >= q) {
      cdf -= pmf;
      pmf *= static_cast<double>(k) / (size - k + 1) / odds;  // P(X = k - 1)
      --k;
    }
    return k;
  }
  while (cdf < q && k < size) {
    pmf *= static_cast<double>(size - k) / (k + 1) * odds;  // P(X = k + 1)
    ++k;
    cdf += pmf;
  }
  return k;
}

}  // namespace stegvis::stats
