#pragma once
// How to cite Replay Lab and the paper it implements, read from CITATION.cff (embedded in the
// app as :/citation/CITATION.cff, so the About box says what the file says). Reads the subset
// of YAML that file uses: top-level keys, the authors list and the first reference.
#include <QString>
#include <QStringList>

namespace replaylab::ui {

struct CitationEntry {
    QString title;
    QStringList authors;  ///< "Barry, D. N." or a plain name ("The Replay Lab developers")
    QString year, version, journal, volume, issue, pages, doi;
};

struct CitationInfo {
    CitationEntry software;  ///< the top level of the file
    CitationEntry paper;     ///< its first reference; empty title when it has none
};

/// Parses the text of a CITATION.cff. Unknown keys are ignored; a missing key stays empty.
CitationInfo parseCitationCff(const QString& text);
/// The embedded CITATION.cff, parsed.
const CitationInfo& citation();

/// "The Replay Lab developers (2026). Title (version 0.1.0) [Computer software]."
QString formatSoftwareCitation(const CitationEntry& e);
/// "Barry, D. N., & Love, B. C. (2023). Title. Cerebral Cortex, 33(1), 83–95."
QString formatPaperCitation(const CitationEntry& e);

}  // namespace replaylab::ui
