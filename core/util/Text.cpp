#include "util/Text.h"

#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>

#if defined(_WIN32)
#include <clocale>
#include <locale.h>
#else
#include <locale.h>
#endif

namespace replaylab {

std::string firstLine(const std::string& what) {
    const auto nl = what.find('\n');
    return nl == std::string::npos ? what : what.substr(0, nl);
}

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, ',')) {
        const auto a = cur.find_first_not_of(' ');
        const auto b = cur.find_last_not_of(' ');
        if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
    }
    return out;
}

std::string formatDuration(double seconds) {
    if (seconds < 0) return "?";
    const long s = std::lround(seconds);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string formatSpan(double seconds) {
    if (!(seconds >= 0) || !std::isfinite(seconds)) return "?";
    char buf[48];
    if (seconds < 60)
        std::snprintf(buf, sizeof buf, "%.0f s", seconds);
    else if (seconds < 3600)
        std::snprintf(buf, sizeof buf, "%.1f min", seconds / 60);
    else if (seconds < 86400)
        std::snprintf(buf, sizeof buf, "%.1f h", seconds / 3600);
    else if (seconds < 365.0 * 86400)
        std::snprintf(buf, sizeof buf, "%.1f days", seconds / 86400);
    else
        std::snprintf(buf, sizeof buf, "%.1f years", seconds / (365.25 * 86400));
    return buf;
}

std::string utcNow() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
#if defined(_WIN32)
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string localStamp(std::time_t t) {
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

#if defined(_WIN32)
ClassicNumbers::ClassicNumbers() {
    mode_ = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
    const char* old = std::setlocale(LC_NUMERIC, nullptr);
    previous_ = new std::string(old ? old : "C");
    std::setlocale(LC_NUMERIC, "C");
}
ClassicNumbers::~ClassicNumbers() {
    auto* old = static_cast<std::string*>(previous_);
    std::setlocale(LC_NUMERIC, old->c_str());
    delete old;
    _configthreadlocale(mode_);
}
#else
namespace {
locale_t classicLocale() {
    static const locale_t c = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(0));
    return c;
}
}  // namespace
ClassicNumbers::ClassicNumbers() { previous_ = static_cast<void*>(uselocale(classicLocale())); }
ClassicNumbers::~ClassicNumbers() { uselocale(static_cast<locale_t>(previous_)); }
#endif

}  // namespace replaylab
