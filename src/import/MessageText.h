#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace hc {

// How a message of the import layer shows text that came from a file (values, column names, keys) or from the file
// system (file names): the one place that decides it (SPEC §3). At most MaxShown characters, then "…", so that a
// 10 MB garbage line never becomes a 10 MB message; control characters (C0, DEL, C1), bidi controls and marks, line
// and paragraph separators, U+FEFF and lone surrogates escaped (`\n`, `\x07`, `\u202E`), so that nothing raw reaches a
// terminal and no right-to-left override turns a message around.
class MessageText {
    Q_DECLARE_TR_FUNCTIONS(hc::MessageText)

public:
    static constexpr qsizetype MaxShown = 200;

    // The text as a message may show it.
    static QString shown(QStringView text);
    // Escaped as shown() does, but whole: for names that are never long, such as a file's.
    static QString escaped(QStringView text);
    // shown() between single quotes: 'text'.
    static QString quoted(QStringView text);
    // "'a', 'b', 'c'"; past `maxItems` items "… and N more".
    static QString quotedList(const QStringList &items, qsizetype maxItems = 8);

private:
    static QString shownUpTo(QStringView text, qsizetype maxLength);
};

} // namespace hc
