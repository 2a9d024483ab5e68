#pragma once
// Principal components of activations and the Frechet distance between two point clouds,
// for comparing what the network imagines with what it really saw.
#include <vector>

namespace replaylab {

/// Scores of n rows (row-major, n x d) on the leading k principal components, n x k
/// row-major. Computed from the n x n Gram matrix, so d may be large. k <= n - 1.
std::vector<double> pcaScores(const std::vector<float>& rows, int n, int d, int k);

/// Frechet distance between Gaussians fitted to two sets of k-dimensional points
/// (row-major): |mu_a - mu_b|^2 + tr(Sa + Sb - 2 (Sa^1/2 Sb Sa^1/2)^1/2).
double frechetDistance(const std::vector<double>& a, int na, const std::vector<double>& b, int nb,
                       int k);

}  // namespace replaylab
