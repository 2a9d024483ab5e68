// The tools of core/util on their own, with no test framework, so that the same file runs
// on Linux and, cross-compiled with MinGW-w64, on Windows or under Wine (scripts/mingw.sh):
// CSV written and read back, atomic writes over an existing file, a folder lock that
// refuses a second holder (in this process and in another one), paths, text helpers and
// the silencing of stderr. Prints one line per failed check; exit status 1 when any failed.
//   tst_util_portable                 runs every check
//   tst_util_portable --try-lock DIR  (used by the test itself) exits 0 when it could lock
//                                     DIR, 3 when another holder refused it, 4 on an error
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "util/Blas.h"
#include "util/Csv.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/FolderLock.h"
#include "util/Paths.h"
#include "util/QuietStderr.h"
#include "util/Random.h"
#include "util/Text.h"

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <fcntl.h>
#include <io.h>
#include <process.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;
using namespace replaylab;

namespace {

int gFailed = 0;
int gChecks = 0;

void check(bool ok, const std::string& what, int line) {
    ++gChecks;
    if (!ok) {
        ++gFailed;
        std::cout << "FAIL line " << line << ": " << what << "\n";
    }
}
#define CHECK(cond) check((cond), #cond, __LINE__)
#define CHECK_EQ(a, b) check((a) == (b), std::string(#a " == " #b "  (got \"") + toText(a) + "\")", __LINE__)

std::string toText(const std::string& s) { return s; }
std::string toText(const fs::path& p) { return p.u8string(); }
std::string toText(long long v) { return std::to_string(v); }
std::string toText(int v) { return std::to_string(v); }
std::string toText(std::size_t v) { return std::to_string(v); }

/// The message of the InputError that f throws, or "" when it throws none.
std::string inputErrorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

void setEnv(const char* name, const std::string& value) {
#if defined(_WIN32)
    _putenv_s(name, value.c_str());  // an empty value removes the variable
#else
    if (value.empty())
        unsetenv(name);
    else
        setenv(name, value.c_str(), 1);
#endif
}

fs::path selfPath() {
#if defined(_WIN32)
    wchar_t buf[32768];
    const DWORD n = GetModuleFileNameW(nullptr, buf, 32768);
    return fs::path(std::wstring(buf, n));
#else
    return fs::read_symlink("/proc/self/exe");
#endif
}

/// Runs this program with --try-lock dir in a new process and returns its exit status.
int tryLockInOtherProcess(const fs::path& dir) {
#if defined(_WIN32)
    // _wspawnv joins the arguments into one command line: quote them.
    const std::wstring exe = selfPath().wstring();
    const std::wstring a0 = L"\"" + exe + L"\"", a2 = L"\"" + dir.wstring() + L"\"";
    const wchar_t* argv[] = {a0.c_str(), L"--try-lock", a2.c_str(), nullptr};
    return static_cast<int>(_wspawnv(_P_WAIT, exe.c_str(), argv));
#else
    const std::string exe = selfPath().string(), d = dir.string();
    const pid_t pid = fork();
    if (pid == 0) {
        execl(exe.c_str(), exe.c_str(), "--try-lock", d.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
#endif
}

void testCsv(const fs::path& tmp) {
    const fs::path file = tmp / fs::u8path("r\xC3\xA9sultats \xC3\xBC.csv");  // "résultats ü.csv"
    {
        CsvAppender out(file, "name,value,note");
        out.append(csvLine({"plain", formatNumber(0.5), "no quotes"}));
        out.append(csvLine({"comma, inside", formatNumber(-1e-9), "say \"hi\""}) +
                   csvLine({"two\nlines", formatNumber(1234.5678901), ""}));
        CsvAppender again(file, "name,value,note");  // the header is not written twice
        again.append(std::string());
    }
    CHECK(fs::exists(file));
    const auto recs = readCsvFile(file);
    CHECK_EQ(recs.size(), std::size_t(4));
    if (recs.size() == 4) {
        CHECK_EQ(recs[0].fields.size(), std::size_t(3));
        CHECK_EQ(recs[0].fields[1], std::string("value"));
        CHECK_EQ(recs[1].fields[1], std::string("0.500000"));
        CHECK_EQ(recs[2].fields[0], std::string("comma, inside"));
        CHECK_EQ(recs[2].fields[1], std::string("0.000000"));  // "-0.000000" is written "0.000000"
        CHECK_EQ(recs[2].fields[2], std::string("say \"hi\""));
        CHECK_EQ(recs[3].fields[0], std::string("two\nlines"));
        CHECK_EQ(recs[3].line, 4);
        CHECK(recs[3].terminated);
        double v = 0;
        CHECK(parseDouble(recs[3].fields[1], v) && v == 1234.567890);
    }
    // '\n' line ends in the file on Windows too (binary writes), and a BOM is skipped.
    CHECK(readWholeFile(file).find('\r') == std::string::npos);
    CHECK_EQ(parseCsv("\xEF\xBB\xBF" "a,b\r\n1,2", "bom.csv").at(1).fields.at(1), std::string("2"));
    CHECK(isCutShort(parseCsv("a,b\n1,2", "cut.csv"), 1));
    CHECK(inputErrorOf([] { parseCsv("a,\"b\n", "bad.csv"); }).find("bad.csv:1: unterminated") == 0);
    int i = 0;
    CHECK(parseInt("42", i) && i == 42);
    CHECK(!parseInt("4x", i) && !parseInt("", i));
    double d = 0;
    CHECK(!parseDouble("0,5", d) && parseDouble("nan", d));
    CHECK(inputErrorOf([&] { readCsvFile(tmp / "absent.csv"); }).find("absent.csv") != std::string::npos);
}

void testAtomicWrite(const fs::path& tmp) {
    const fs::path file = tmp / "config.json";
    writeFileAtomic(file, "first\n");
    CHECK_EQ(readWholeFile(file), std::string("first\n"));
    writeFileAtomic(file, "second, longer\n");  // replaces a file that exists
    CHECK_EQ(readWholeFile(file), std::string("second, longer\n"));
    writeFileAtomic(file, "");
    CHECK_EQ(fs::file_size(file), std::uintmax_t(0));
    int left = 0;  // no temporary file left behind
    for (const auto& e : fs::directory_iterator(tmp))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) ++left;
    CHECK_EQ(left, 0);
    CHECK(processId() > 0);
    // A folder that does not exist: an InputError naming the file, nothing left behind.
    CHECK(inputErrorOf([&] { writeFileAtomic(tmp / "absent" / "x.txt", "x"); })
              .find("cannot write") == 0);
    CHECK(inputErrorOf([&] { readWholeFile(tmp); }).find("it is a folder") != std::string::npos);
    const fs::path odd = tmp / fs::u8path("\xE6\x97\xA5\xE6\x9C\xAC.txt");  // two CJK letters
    writeFileAtomic(odd, "x");
    CHECK_EQ(readWholeFile(odd), std::string("x"));
}

void testFolderLock(const fs::path& tmp) {
    const fs::path run = tmp / "run";
    fs::create_directories(run);
    {
        FolderLock lock(run);
        CHECK(lock.held());
        CHECK(fs::exists(run / ".lock"));
        // A second holder in this process is refused, naming the folder...
        const std::string msg = inputErrorOf([&] { FolderLock again(run); });
        CHECK(msg.find("another Replay Lab process") != std::string::npos);
        CHECK(msg.find(run.string()) == 0);
        // ... and so is one in another process.
        CHECK_EQ(tryLockInOtherProcess(run), 3);
        FolderLock moved(std::move(lock));
        CHECK(moved.held() && !lock.held());
        CHECK(!inputErrorOf([&] { FolderLock again(run); }).empty());
    }
    CHECK(!fs::exists(run / ".lock"));  // the hold's end removes the file
    CHECK_EQ(tryLockInOtherProcess(run), 0);
    {
        FolderLock free(run);
        CHECK(free.held());
    }
    CHECK(inputErrorOf([&] { FolderLock none(tmp / "no such folder"); }).find("cannot write") == 0);
}

void testPaths(const fs::path& tmp) {
    CHECK_EQ(dataDir("given"), fs::path("given"));
    setEnv("REPLAYLAB_DATA", (tmp / "data").string());
    CHECK_EQ(dataDir(), tmp / "data");
    setEnv("REPLAYLAB_DATA", "");
#if defined(_WIN32)
    setEnv("LOCALAPPDATA", (tmp / "local").string());
    CHECK_EQ(dataDir(), tmp / "local" / "replaylab");
#else
    setEnv("XDG_DATA_HOME", (tmp / "xdg").string());
    CHECK_EQ(dataDir(), tmp / "xdg" / "replaylab");
#endif
    CHECK_EQ(quickDrawDir(tmp), tmp / "quickdraw");

    const fs::path res = tmp / "resources";
    fs::create_directories(res / "class_sets");
    writeFileAtomic(res / "class_sets" / "mine.json", "{}");
    setEnv("REPLAYLAB_RESOURCES", res.string());
    CHECK_EQ(resourceDir(), res);
    CHECK_EQ(resolveResourceFile("", "class_sets/mine.json"), res / "class_sets" / "mine.json");
    CHECK_EQ(resolveResourceFile("class_sets/mine.json"), res / "class_sets" / "mine.json");
    CHECK_EQ(resolveResourceFile("class_sets/other.json"), fs::path("class_sets/other.json"));
    const fs::path abs = tmp / "abs.json";
    CHECK_EQ(resolveResourceFile(abs.string()), abs);
    setEnv("REPLAYLAB_RESOURCES", "");
    // Without the variable, in a build that names no source tree: <the program's
    // folder>/../share/replaylab (GetModuleFileNameW on Windows, /proc/self/exe on Linux).
    std::cout << "resourceDir() without REPLAYLAB_RESOURCES: \"" << resourceDir().u8string() << "\"\n";
    CHECK(!resourceDir().empty());
    CHECK_EQ(resourceDir().filename(), fs::path("replaylab"));
    CHECK_EQ(resourceDir().parent_path().filename(), fs::path("share"));
}

void testText() {
    CHECK_EQ(firstLine("one\ntwo"), std::string("one"));
    const auto items = splitList(" a, b ,,c ");
    CHECK(items == std::vector<std::string>({"a", "b", "c"}));
    CHECK_EQ(formatDuration(3723), std::string("1:02:03"));
    CHECK_EQ(formatDuration(9), std::string("0:09"));
    CHECK_EQ(formatSpan(42), std::string("42 s"));
    CHECK_EQ(formatSpan(750), std::string("12.5 min"));
    const std::string now = utcNow();
    CHECK(now.size() == 20 && now[4] == '-' && now[10] == 'T' && now.back() == 'Z');
    CHECK_EQ(localStamp(std::time(nullptr)).size(), std::size_t(15));

    // A locale with a decimal comma, where the system has one: ClassicNumbers gives '.'
    // on this thread while it lives.
    const char* names[] = {"de_DE.UTF-8", "German_Germany.1252", "de-DE", "German"};
    bool comma = false;
    const char* used = "";
    for (const char* n : names)
        if (std::setlocale(LC_NUMERIC, n)) {
            comma = true;
            used = n;
            break;
        }
    char buf[32];
    if (comma) {
        std::snprintf(buf, sizeof buf, "%.1f", 0.5);
        comma = std::string(buf) == "0,5";
    }
    if (comma) {
        std::cout << "ClassicNumbers checked under the locale " << used << " (decimal comma)\n";
        {
            ClassicNumbers classic;
            std::snprintf(buf, sizeof buf, "%.1f", 0.5);
            CHECK_EQ(std::string(buf), std::string("0.5"));
            CHECK_EQ(formatNumber(0.25), std::string("0.250000"));
        }
        std::snprintf(buf, sizeof buf, "%.1f", 0.5);
        CHECK_EQ(std::string(buf), std::string("0,5"));
        CHECK_EQ(formatNumber(0.25), std::string("0.250000"));
    } else {
        std::cout << "no locale with a decimal comma here: ClassicNumbers checked under \"C\" only\n";
        ClassicNumbers classic;
        std::snprintf(buf, sizeof buf, "%.1f", 0.5);
        CHECK_EQ(std::string(buf), std::string("0.5"));
    }
    std::setlocale(LC_NUMERIC, "C");
}

#if defined(_WIN32)
#define T_DUP _dup
#define T_DUP2 _dup2
#define T_CLOSE _close
#else
#define T_DUP dup
#define T_DUP2 dup2
#define T_CLOSE close
#endif

void testQuietStderr(const fs::path& tmp) {
    // stderr into a file for the test; what a QuietStderr covers must not reach it.
    const fs::path file = tmp / "stderr.txt";
    std::fflush(stderr);
    const int saved = T_DUP(2);
    std::FILE* f = openFile(file, "wb");
    CHECK(saved >= 0 && f);
    if (saved < 0 || !f) return;
    T_DUP2(fileno(f), 2);
    std::fprintf(stderr, "shown 1\n");
    {
        QuietStderr quiet;
        std::fprintf(stderr, "hidden\n");
        {
            QuietStderr nested;
            std::fprintf(stderr, "hidden too\n");
        }
        std::fprintf(stderr, "still hidden\n");
    }
    std::fprintf(stderr, "shown 2\n");
    std::fflush(stderr);
    T_DUP2(saved, 2);
    T_CLOSE(saved);
    std::fclose(f);
    CHECK_EQ(readWholeFile(file), std::string("shown 1\nshown 2\n"));
}

void testRandomAndBlas() {
    // Same seed, same numbers, on every platform (Random.h is header-only): the 10000th
    // draw of std::mt19937_64's default seed is fixed by the standard.
    Rng rng(5489);
    for (int k = 1; k < 10000; ++k) rng.next();
    CHECK(rng.next() == 9981545732273789042ull);
    CHECK(Rng::derive(7, "a") == Rng::derive(7, "a") && Rng::derive(7, "a") != Rng::derive(7, "b"));
    CHECK(Rng::derive(7, "night") == 8341368593120216233ull);
    std::vector<int> v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Rng(3).shuffle(v);
    CHECK(v == std::vector<int>({1, 6, 0, 4, 8, 5, 2, 3, 9, 7}));
#if defined(__unix__) || defined(__APPLE__)
    (void)pinBlasToCallingThread();  // true only where OpenBLAS is loaded
#else
    CHECK(!pinBlasToCallingThread());  // no OpenBLAS lookup on Windows
#endif
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--try-lock") == 0) {
        try {
            FolderLock lock{fs::u8path(argv[2])};
            return lock.held() ? 0 : 4;
        } catch (const InputError& e) {
            return std::string(e.what()).find("another Replay Lab process") != std::string::npos ? 3 : 4;
        }
    }
    const fs::path tmp = fs::temp_directory_path() / ("replaylab-util-" + std::to_string(processId()));
    std::error_code ec;
    fs::remove_all(tmp, ec);
    fs::create_directories(tmp);
    const std::vector<std::pair<const char*, std::function<void()>>> tests = {
        {"csv", [&] { testCsv(tmp); }},
        {"atomic write", [&] { testAtomicWrite(tmp); }},
        {"folder lock", [&] { testFolderLock(tmp); }},
        {"paths", [&] { testPaths(tmp); }},
        {"text", [] { testText(); }},
        {"quiet stderr", [&] { testQuietStderr(tmp); }},
        {"random, blas", [] { testRandomAndBlas(); }},
    };
    for (const auto& [name, run] : tests) {
        const int before = gFailed;
        try {
            run();
        } catch (const std::exception& e) {
            ++gFailed;
            std::cout << "FAIL " << name << ": exception: " << e.what() << "\n";
        }
        std::cout << (gFailed == before ? "ok   " : "FAIL ") << name << "\n";
    }
    fs::remove_all(tmp, ec);
    std::cout << gChecks << " checks, " << gFailed << " failed\n";
    return gFailed == 0 ? 0 : 1;
}
