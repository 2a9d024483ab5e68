#pragma once
#include <stdexcept>
#include <string>

namespace replaylab {

/// Bad input from the user (a file, a folder, a setting). The message names the file or
/// setting and the problem, in one line, and is meant to be shown as it is.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The run was stopped on request (CancelToken); not an error.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("stopped by the user") {}
};

}  // namespace replaylab
