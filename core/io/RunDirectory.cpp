#include "io/RunDirectory.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <locale>
#include <sstream>
#include <system_error>

#include "util/Error.h"

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <process.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace replaylab {

namespace fs = std::filesystem;

const char* const kMetricsHeader = "class_set,condition,seed,day,phase,split,class,accuracy,loss";

namespace {

constexpr std::size_t kMetricsFields = 9;

long processId() {
#if defined(_WIN32)
    return static_cast<long>(_getpid());
#else
    return static_cast<long>(::getpid());
#endif
}

std::FILE* openFile(const fs::path& p, const char* mode) {
#if defined(_WIN32)
    std::wstring wmode(mode, mode + std::strlen(mode));
    return _wfopen(p.c_str(), wmode.c_str());
#else
    return std::fopen(p.c_str(), mode);
#endif
}

/// Flushes the C buffer and asks the OS to put the bytes on disk.
bool flushToDisk(std::FILE* f) {
    if (std::fflush(f) != 0) return false;
#if !defined(_WIN32)
    if (::fsync(::fileno(f)) != 0) return false;
#endif
    return true;
}

/// Best effort: makes a rename durable by syncing the folder that holds it.
void syncFolder([[maybe_unused]] const fs::path& dir) {
#if !defined(_WIN32)
    const fs::path d = dir.empty() ? fs::path(".") : dir;
    const int fd = ::open(d.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

[[noreturn]] void cannotWrite(const fs::path& p, const std::string& why) {
    throw InputError("cannot write " + p.string() + ": " + why);
}

/// Writes data to an open file with one write, then flushes and closes it.
/// Returns 0 on success, else the errno of the first failure.
int writeAllAndClose(std::FILE* f, const std::string& data) {
    int err = 0;
    if (!data.empty() && std::fwrite(data.data(), 1, data.size(), f) != data.size())
        err = errno ? errno : EIO;
    if (!err && !flushToDisk(f)) err = errno ? errno : EIO;
    if (std::fclose(f) != 0 && !err) err = errno ? errno : EIO;
    return err;
}

bool parseInt(const std::string& s, int& out) {
    const char* end = s.data() + s.size();
    const auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end && !s.empty();
}

bool parseDouble(const std::string& s, double& out) {
    if (s.empty()) return false;
#if defined(__cpp_lib_to_chars)
    const char* end = s.data() + s.size();
    const auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end;
#else
    std::istringstream in(s);
    in.imbue(std::locale::classic());
    in >> out;
    return !in.fail() && in.peek() == std::char_traits<char>::eof();
#endif
}

/// RFC 4180 records; quoted fields may hold commas, quotes ("") and newlines.
std::vector<CsvRecord> parseCsv(const std::string& s, const fs::path& file) {
    std::vector<CsvRecord> out;
    std::size_t i = 0;
    if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // a BOM left by spreadsheet programs
    int line = 1;
    const std::size_t n = s.size();
    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (i < n && s[i] == '"') {
                ++i;
                bool closed = false;
                while (i < n) {
                    if (s[i] == '"') {
                        if (i + 1 < n && s[i + 1] == '"') {
                            field += '"';
                            i += 2;
                        } else {
                            ++i;
                            closed = true;
                            break;
                        }
                    } else {
                        if (s[i] == '\n') ++line;
                        field += s[i++];
                    }
                }
                if (!closed)
                    throw InputError(file.string() + ":" + std::to_string(rec.line) +
                                     ": unterminated quoted field");
            }
            while (i < n && s[i] != ',' && s[i] != '\n' && s[i] != '\r') field += s[i++];
            rec.fields.push_back(std::move(field));
            field.clear();
            if (i < n && s[i] == ',') {
                ++i;
                continue;
            }
            if (i < n && s[i] == '\r') ++i;
            if (i < n && s[i] == '\n') {
                ++i;
                rec.terminated = true;
            }
            ++line;
            endOfRecord = true;
        }
        const bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
        if (!blank) out.push_back(std::move(rec));
    }
    return out;
}

}  // namespace

void writeFileAtomic(const fs::path& path, const std::string& content) {
    const fs::path tmp =
        path.parent_path() / (path.filename().string() + ".tmp-" + std::to_string(processId()));
    std::FILE* f = openFile(tmp, "wb");
    if (!f) cannotWrite(path, std::strerror(errno));
    std::error_code ec;
    if (const int err = writeAllAndClose(f, content); err != 0) {
        fs::remove(tmp, ec);
        cannotWrite(path, std::strerror(err));
    }
    fs::rename(tmp, path, ec);  // replaces path in one step; readers see old or new
    if (ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        cannotWrite(path, ec.message());
    }
    syncFolder(path.parent_path());
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    std::string s;
#if defined(__cpp_lib_to_chars)
    char buf[400];  // %.6f of the largest double is 316 characters
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 6);
    if (ec == std::errc()) s.assign(buf, end);
#endif
    if (s.empty()) {
        char fallback[400];
        const int len = std::snprintf(fallback, sizeof fallback, "%.6f", v);
        s.assign(fallback, len > 0 ? static_cast<std::size_t>(len) : 0);
        // snprintf follows LC_NUMERIC (a GUI may have set it): result files always use '.'.
        for (char& c : s)
            if (c == ',') c = '.';
    }
    // -0.0 and tiny negatives would print as "-0.000000"; equal values get equal bytes.
    if (!s.empty() && s[0] == '-' && s.find_first_not_of("0.", 1) == std::string::npos)
        s.erase(0, 1);
    return s;
}

CsvAppender::CsvAppender(fs::path path, std::string header)
    : path_(std::move(path)), header_(std::move(header)) {
    append(std::string());
}

void CsvAppender::append(const std::string& lines) {
    if (path_.empty()) return;
    // Opened per call so that copies of this object never share a stream.
    std::FILE* f = openFile(path_, "ab");
    if (!f) cannotWrite(path_, std::strerror(errno));
    std::string data;
    if (std::fseek(f, 0, SEEK_END) == 0 && std::ftell(f) == 0 && !header_.empty())
        data = header_ + "\n";
    data += lines;
    if (data.empty()) {  // the file exists with its header: nothing to add
        std::fclose(f);
        return;
    }
    if (const int err = writeAllAndClose(f, data); err != 0) cannotWrite(path_, std::strerror(err));
}

std::string toCsvLines(const std::vector<MetricRow>& rows) {
    std::string out;
    for (const auto& r : rows) {
        out += csvField(r.classSet) + ',' + csvField(r.condition) + ',' + std::to_string(r.seed) +
               ',' + std::to_string(r.day) + ',' + csvField(r.phase) + ',' + csvField(r.split) +
               ',' + csvField(r.cls) + ',' + formatNumber(r.accuracy) + ',' +
               formatNumber(r.loss) + '\n';
    }
    return out;
}

FolderLock::FolderLock(const fs::path& root) : file_(root / ".lock") {
    const std::string busy = root.string() + ": another Replay Lab process is writing this run folder (" +
                             file_.string() + " is locked); wait for it to end or stop it first";
#if defined(_WIN32)
    // No sharing: a second open fails while this handle lives; the OS closes it (and
    // deletes the file) when the process ends, however it ends.
    HANDLE h = ::CreateFileW(file_.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                             FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD err = ::GetLastError();
        if (err == ERROR_SHARING_VIOLATION || err == ERROR_ACCESS_DENIED) throw InputError(busy);
        cannotWrite(file_, "error " + std::to_string(err));
    }
    handle_ = h;
#else
    fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) cannotWrite(file_, std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd_);
        fd_ = -1;
        if (err == EWOULDBLOCK) throw InputError(busy);
        cannotWrite(file_, std::strerror(err));
    }
    const std::string pid = std::to_string(processId()) + "\n";
    if (::ftruncate(fd_, 0) == 0 && ::write(fd_, pid.data(), pid.size()) < 0) {
        // the process id is for people looking at the folder; the lock holds without it
    }
#endif
}

FolderLock::~FolderLock() { release(); }

bool FolderLock::held() const {
#if defined(_WIN32)
    return handle_ != nullptr;
#else
    return fd_ >= 0;
#endif
}

FolderLock::FolderLock(FolderLock&& o) noexcept { *this = std::move(o); }

FolderLock& FolderLock::operator=(FolderLock&& o) noexcept {
    if (this != &o) {
        release();
        file_ = std::move(o.file_);
#if defined(_WIN32)
        handle_ = o.handle_;
        o.handle_ = nullptr;
#else
        fd_ = o.fd_;
        o.fd_ = -1;
#endif
    }
    return *this;
}

void FolderLock::release() noexcept {
#if defined(_WIN32)
    if (handle_) ::CloseHandle(static_cast<HANDLE>(handle_));  // deletes the file
    handle_ = nullptr;
#else
    if (fd_ >= 0) {
        ::unlink(file_.c_str());  // while still held, so no other writer sees a stale hold
        ::close(fd_);
    }
    fd_ = -1;
#endif
}

RunDirectory::RunDirectory(fs::path root) : root_(std::move(root)) {
    std::error_code ec;
    if (fs::exists(root_ / "metrics.csv", ec))
        throw InputError(root_.string() +
                         " already holds results (metrics.csv); choose another output folder");
    fs::create_directories(root_, ec);
    if (ec) throw InputError("cannot create folder " + root_.string() + ": " + ec.message());
    if (!fs::is_directory(root_, ec))
        throw InputError("cannot create folder " + root_.string() + ": a file of that name exists");
    lock_ = FolderLock(root_);
    if (fs::exists(root_ / "metrics.csv", ec))  // made by another process in the meantime
        throw InputError(root_.string() +
                         " already holds results (metrics.csv); choose another output folder");
    metrics_ = CsvAppender(root_ / "metrics.csv", kMetricsHeader);
}

RunDirectory RunDirectory::reopen(fs::path root, const std::vector<SimulationKey>& finished, FolderLock held) {
    RunDirectory d;
    d.root_ = std::move(root);
    std::error_code ec;
    if (!fs::is_regular_file(d.root_ / "metrics.csv", ec))
        throw InputError(d.root_.string() + ": no metrics.csv here, so no run to resume");
    d.lock_ = held.held() ? std::move(held) : FolderLock(d.root_);
    keepSimulationRows(d.root_ / "metrics.csv", finished);
    d.metrics_ = CsvAppender(d.root_ / "metrics.csv", kMetricsHeader);
    keepSimulationRows(d.root_ / "rl.csv", finished);
    return d;
}

void RunDirectory::writeConfig(const std::string& json) const {
    writeFileAtomic(root_ / "config.json", json);
}

void RunDirectory::writeManifest(const std::string& json) const {
    writeFileAtomic(root_ / "manifest.json", json);
}

void RunDirectory::appendMetrics(const std::vector<MetricRow>& rows) {
    metrics_.append(toCsvLines(rows));
}

void RunDirectory::appendRl(const std::string& header, const std::string& lines) {
    if (rl_.path().empty()) rl_ = CsvAppender(root_ / "rl.csv", header);
    else if (rl_.header() != header)
        throw std::logic_error("rl.csv: the header changed during a run");
    rl_.append(lines);
}

namespace {

std::string readWhole(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError("cannot read " + file.string() + ": " + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw InputError("cannot read " + file.string() + ": read error");
    return buf.str();
}

}  // namespace

bool isCutShort(const std::vector<CsvRecord>& records, std::size_t k) {
    return k + 1 == records.size() && !records[k].terminated;
}

std::vector<CsvRecord> readCsvFile(const fs::path& file) { return parseCsv(readWhole(file), file); }

std::size_t keepSimulationRows(const fs::path& file, const std::vector<SimulationKey>& keep) {
    std::error_code ec;
    if (!fs::exists(file, ec)) return 0;
    std::string text = readWhole(file);
    // A kill during a write can leave a last line without its newline: it is not a row.
    const auto lastNewline = text.rfind('\n');
    text.erase(lastNewline == std::string::npos ? 0 : lastNewline + 1);
    const auto records = parseCsv(text, file);
    if (records.empty()) throw InputError(file.string() + ": no header line");
    auto line = [](const std::vector<std::string>& fields) {
        std::string l;
        for (std::size_t i = 0; i < fields.size(); ++i) l += (i ? "," : "") + csvField(fields[i]);
        return l + '\n';
    };
    const auto& header = records[0].fields;
    if (header.size() < 3 || header[0] != "class_set" || header[1] != "condition" || header[2] != "seed")
        throw InputError(file.string() + ":" + std::to_string(records[0].line) +
                         ": expected a header starting 'class_set,condition,seed'");
    std::string out = line(header);
    std::size_t kept = 0;
    for (std::size_t k = 1; k < records.size(); ++k) {
        const auto& f = records[k].fields;
        SimulationKey key;
        if (f.size() != header.size() || !parseInt(f[2], key.seed)) continue;  // cut short
        key.classSet = f[0];
        key.condition = f[1];
        if (std::find(keep.begin(), keep.end(), key) == keep.end()) continue;
        out += line(f);
        ++kept;
    }
    writeFileAtomic(file, out);
    return kept;
}

std::vector<MetricRow> readMetricsCsv(const fs::path& file) {
    const auto records = readCsvFile(file);
    if (records.empty())
        throw InputError(file.string() + ": empty file, expected the header '" +
                         kMetricsHeader + "'");

    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + v[i];
        return s;
    };
    if (const std::string header = join(records[0].fields); header != kMetricsHeader)
        throw InputError(file.string() + ":" + std::to_string(records[0].line) +
                         ": expected the header '" + kMetricsHeader + "', got '" + header + "'");

    std::vector<MetricRow> rows;
    rows.reserve(records.size() - 1);
    for (std::size_t k = 1; k < records.size(); ++k) {
        const auto& rec = records[k];
        try {
            const std::string where = file.string() + ":" + std::to_string(rec.line) + ": ";
            if (rec.fields.size() != kMetricsFields)
                throw InputError(where + "expected " + std::to_string(kMetricsFields) +
                                 " fields, got " + std::to_string(rec.fields.size()));
            const auto& f = rec.fields;
            MetricRow r;
            r.classSet = f[0];
            r.condition = f[1];
            r.phase = f[4];
            r.split = f[5];
            r.cls = f[6];
            if (!parseInt(f[2], r.seed)) throw InputError(where + "bad number '" + f[2] + "'");
            if (!parseInt(f[3], r.day)) throw InputError(where + "bad number '" + f[3] + "'");
            if (!parseDouble(f[7], r.accuracy)) throw InputError(where + "bad number '" + f[7] + "'");
            if (!parseDouble(f[8], r.loss)) throw InputError(where + "bad number '" + f[8] + "'");
            rows.push_back(std::move(r));
        } catch (const InputError&) {
            if (isCutShort(records, k)) break;
            throw;
        }
    }
    return rows;
}

}  // namespace replaylab
