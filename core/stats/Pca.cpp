#include "stats/Pca.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <Eigen/Dense>

namespace replaylab {
namespace {

using RowMat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Eigen::MatrixXd sqrtPsd(const Eigen::MatrixXd& m) {
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(m);
    const Eigen::VectorXd ev = es.eigenvalues().cwiseMax(0.0).cwiseSqrt();
    return es.eigenvectors() * ev.asDiagonal() * es.eigenvectors().transpose();
}

void meanCov(const RowMat& x, Eigen::VectorXd& mu, Eigen::MatrixXd& cov) {
    mu = x.colwise().mean().transpose();
    const Eigen::MatrixXd c = x.rowwise() - mu.transpose();
    cov = x.rows() > 1 ? Eigen::MatrixXd(c.transpose() * c / static_cast<double>(x.rows() - 1))
                       : Eigen::MatrixXd::Zero(x.cols(), x.cols());
}

}  // namespace

std::vector<double> pcaScores(const std::vector<float>& rows, int n, int d, int k) {
    if (n < 2 || d < 1) throw std::invalid_argument("pcaScores: need at least 2 rows");
    if (static_cast<long long>(rows.size()) != static_cast<long long>(n) * d)
        throw std::invalid_argument("pcaScores: rows.size() != n * d");
    k = std::max(1, std::min(k, n - 1));
    Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> x(
        rows.data(), n, d);
    RowMat c = x.cast<double>();
    c.rowwise() -= c.colwise().mean();
    const Eigen::MatrixXd gram = c * c.transpose();  // n x n
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(gram);
    // Eigenvalues ascend: the last k columns are the leading components. The score of row i
    // on component j is u_ij sqrt(lambda_j); the sign is fixed so each column sums positive.
    std::vector<double> out(static_cast<std::size_t>(n) * static_cast<std::size_t>(k));
    for (int j = 0; j < k; ++j) {
        const int col = n - 1 - j;
        const double s = std::sqrt(std::max(0.0, es.eigenvalues()(col)));
        Eigen::VectorXd u = es.eigenvectors().col(col);
        double sum = 0;
        for (int i = 0; i < n; ++i) sum += u(i) * std::abs(u(i));
        if (sum < 0) u = -u;
        for (int i = 0; i < n; ++i) out[static_cast<std::size_t>(i) * k + j] = u(i) * s;
    }
    return out;
}

double frechetDistance(const std::vector<double>& a, int na, const std::vector<double>& b, int nb,
                       int k) {
    Eigen::Map<const RowMat> xa(a.data(), na, k), xb(b.data(), nb, k);
    Eigen::VectorXd ma, mb;
    Eigen::MatrixXd sa, sb;
    meanCov(xa, ma, sa);
    meanCov(xb, mb, sb);
    const Eigen::MatrixXd ra = sqrtPsd(sa);
    const Eigen::MatrixXd cross = sqrtPsd(ra * sb * ra);
    const double d = (ma - mb).squaredNorm() + sa.trace() + sb.trace() - 2.0 * cross.trace();
    return std::max(0.0, d);
}

}  // namespace replaylab
