#pragma once
// Small helpers the core tests share: the message of an expected InputError, a file's bytes.
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

#include <QString>

#include "util/Error.h"

namespace testutil {

/// The InputError message f throws, or a marker saying that it threw none (or another type),
/// so that comparing it with the expected message fails with something to read.
inline QString inputErrorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const replaylab::InputError& e) {
        return QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        return QStringLiteral("<other exception: %1>").arg(QString::fromUtf8(e.what()));
    }
    return QStringLiteral("<no exception>");
}

/// The whole file as bytes; empty when it cannot be read.
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace testutil
