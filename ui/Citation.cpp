#include "Citation.h"

#include <QFile>
#include <QRegularExpression>

namespace replaylab::ui {
namespace {

int indentOf(const QString& line) {
    int i = 0;
    while (i < line.size() && line[i] == QLatin1Char(' ')) ++i;
    return i;
}

QString unquote(QString v) {
    v = v.trimmed();
    if (v.size() >= 2 &&
        ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith('\'') && v.endsWith('\''))))
        v = v.mid(1, v.size() - 2);
    return v;
}

/// "Daniel N." -> "D. N."
QString initials(const QString& given) {
    QStringList out;
    for (const QString& part : given.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(part.left(1) + QLatin1Char('.'));
    return out.join(QLatin1Char(' '));
}

/// One person of an authors list, from its keys.
QString person(const QString& family, const QString& given, const QString& name) {
    if (!family.isEmpty())
        return given.isEmpty() ? family : family + QStringLiteral(", ") + initials(given);
    return name;
}

/// "A", "A, & B", "A, B, & C" (APA).
QString joinAuthors(const QStringList& a) {
    if (a.size() <= 1) return a.value(0);
    return QStringList(a.mid(0, a.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(", & ") +
           a.last();
}

}  // namespace

CitationInfo parseCitationCff(const QString& text) {
    CitationInfo out;
    // Where a line belongs: the top level, its authors, or the first reference (and its authors).
    enum class Block { Top, TopAuthors, Reference, ReferenceAuthors, Other } block = Block::Top;
    int references = 0;
    QString family, given, name;  // the person being read
    auto flushPerson = [&] {
        const QString p = person(family, given, name);
        if (!p.isEmpty()) {
            if (block == Block::TopAuthors)
                out.software.authors.push_back(p);
            else if (block == Block::ReferenceAuthors)
                out.paper.authors.push_back(p);
        }
        family.clear();
        given.clear();
        name.clear();
    };
    static const QRegularExpression keyValue(QStringLiteral("^(\\s*)(- )?([A-Za-z-]+):\\s*(.*)$"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#')) continue;
        const auto m = keyValue.match(line);
        if (!m.hasMatch()) continue;  // a folded value's continuation, a plain list item
        const int indent = indentOf(line);
        const bool item = !m.captured(2).isEmpty();
        const QString key = m.captured(3);
        const QString value = unquote(m.captured(4));
        if (indent == 0) {
            if (block == Block::TopAuthors || block == Block::ReferenceAuthors) flushPerson();
            block = key == QLatin1String("authors")      ? Block::TopAuthors
                    : key == QLatin1String("references") ? Block::Reference
                                                         : Block::Top;
            CitationEntry& s = out.software;
            if (key == QLatin1String("title"))
                s.title = value;
            else if (key == QLatin1String("version"))
                s.version = value;
            else if (key == QLatin1String("date-released"))
                s.year = value.left(4);
            else if (key == QLatin1String("doi"))
                s.doi = value;
            continue;
        }
        if (block == Block::TopAuthors) {
            if (item) flushPerson();
        } else if (block == Block::Reference || block == Block::ReferenceAuthors ||
                   block == Block::Other) {
            const bool newReference = item && indent == 2;
            if (newReference) {
                if (block == Block::ReferenceAuthors) flushPerson();
                ++references;
                block = references == 1 ? Block::Reference : Block::Other;
            }
            if (block == Block::Other) continue;
            if (block == Block::ReferenceAuthors && indent <= 4 && !item) {
                flushPerson();
                block = Block::Reference;
            } else if (block == Block::ReferenceAuthors && item) {
                flushPerson();
            }
            if (block == Block::Reference) {
                CitationEntry& p = out.paper;
                if (key == QLatin1String("authors"))
                    block = Block::ReferenceAuthors;
                else if (key == QLatin1String("title"))
                    p.title = value;
                else if (key == QLatin1String("journal"))
                    p.journal = value;
                else if (key == QLatin1String("volume"))
                    p.volume = value;
                else if (key == QLatin1String("issue"))
                    p.issue = value;
                else if (key == QLatin1String("start"))
                    p.pages = value + p.pages;
                else if (key == QLatin1String("end"))
                    p.pages += QStringLiteral("–") + value;
                else if (key == QLatin1String("year"))
                    p.year = value;
                else if (key == QLatin1String("doi"))
                    p.doi = value;
                continue;
            }
        } else {
            continue;
        }
        if (key == QLatin1String("family-names"))
            family = value;
        else if (key == QLatin1String("given-names"))
            given = value;
        else if (key == QLatin1String("name"))
            name = value;
    }
    if (block == Block::TopAuthors || block == Block::ReferenceAuthors) flushPerson();
    return out;
}

const CitationInfo& citation() {
    static const CitationInfo info = [] {
        QFile f(QStringLiteral(":/citation/CITATION.cff"));
        return f.open(QIODevice::ReadOnly) ? parseCitationCff(QString::fromUtf8(f.readAll()))
                                           : CitationInfo{};
    }();
    return info;
}

QString formatSoftwareCitation(const CitationEntry& e) {
    QString s = joinAuthors(e.authors);
    if (!e.year.isEmpty()) s += QStringLiteral(" (%1)").arg(e.year);
    s += QStringLiteral(". ") + e.title;
    if (!e.version.isEmpty()) s += QStringLiteral(" (version %1)").arg(e.version);
    s += QStringLiteral(" [Computer software].");
    if (!e.doi.isEmpty()) s += QStringLiteral(" https://doi.org/") + e.doi;
    return s;
}

QString formatPaperCitation(const CitationEntry& e) {
    QString s = joinAuthors(e.authors);
    if (!e.year.isEmpty()) s += QStringLiteral(" (%1)").arg(e.year);
    s += QStringLiteral(". ") + e.title + QLatin1Char('.');
    if (!e.journal.isEmpty()) {
        s += QLatin1Char(' ') + e.journal;
        if (!e.volume.isEmpty()) s += QStringLiteral(", ") + e.volume;
        if (!e.issue.isEmpty()) s += QStringLiteral("(%1)").arg(e.issue);
        if (!e.pages.isEmpty()) s += QStringLiteral(", ") + e.pages;
        s += QLatin1Char('.');
    }
    if (!e.doi.isEmpty()) s += QStringLiteral(" https://doi.org/") + e.doi;
    return s;
}

}  // namespace replaylab::ui
