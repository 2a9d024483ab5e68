#include "util/Csv.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <locale>
#include <sstream>

#include "util/Error.h"
#include "util/Files.h"

namespace replaylab {

namespace fs = std::filesystem;

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

std::string csvLine(const std::vector<std::string>& fields) {
    std::string l;
    for (std::size_t i = 0; i < fields.size(); ++i) l += (i ? "," : "") + csvField(fields[i]);
    return l + '\n';
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

std::vector<CsvRecord> readCsvFile(const fs::path& file) { return parseCsv(readWholeFile(file), file); }

bool isCutShort(const std::vector<CsvRecord>& records, std::size_t k) {
    return k + 1 == records.size() && !records[k].terminated;
}

CsvAppender::CsvAppender(fs::path path, std::string header)
    : path_(std::move(path)), header_(std::move(header)) {
    append(std::string());
}

void CsvAppender::append(const std::string& lines) {
    if (path_.empty()) return;
    // Opened per call so that copies of this object never share a stream.
    std::FILE* f = openFile(path_, "ab");
    if (!f) throw InputError("cannot write " + path_.string() + ": " + std::strerror(errno));
    std::string data;
    if (std::fseek(f, 0, SEEK_END) == 0 && std::ftell(f) == 0 && !header_.empty())
        data = header_ + "\n";
    data += lines;
    if (data.empty()) {  // the file exists with its header: nothing to add
        std::fclose(f);
        return;
    }
    if (const int err = writeAllAndClose(f, data); err != 0)
        throw InputError("cannot write " + path_.string() + ": " + std::strerror(err));
}

}  // namespace replaylab
