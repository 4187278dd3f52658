#include "MessageText.h"

namespace hc {

namespace {

// Characters that change how a terminal or a text view shows what follows them, or that cannot be seen.
bool mustEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) // C0, DEL, C1
        || c == 0x061C || c == 0x200E || c == 0x200F // bidi marks
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0xFEFF // a byte order mark inside text: invisible
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); // bidi embeddings, overrides, isolates
}

void appendEscaped(QString &out, char16_t c)
{
    switch (c) {
    case u'\0':
        out += QLatin1String("\\0");
        return;
    case u'\t':
        out += QLatin1String("\\t");
        return;
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    default:
        break;
    }
    const bool small = c < 0x100;
    out += small ? QLatin1String("\\x") : QLatin1String("\\u");
    out += QString::number(c, 16).toUpper().rightJustified(small ? 2 : 4, u'0');
}

} // namespace

QString MessageText::escaped(QStringView text)
{
    return shownUpTo(text, text.size());
}

QString MessageText::shown(QStringView text)
{
    return shownUpTo(text, MaxShown);
}

QString MessageText::shownUpTo(QStringView text, qsizetype maxLength)
{
    qsizetype length = qMin(text.size(), maxLength);
    // Never cut a surrogate pair in two: that would show half a character.
    if (length < text.size() && length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    QString out;
    out.reserve(length + 8);
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        const bool paired = (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            || (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate());
        if (mustEscape(c.unicode()) || (c.isSurrogate() && !paired))
            appendEscaped(out, c.unicode());
        else
            out += c;
    }
    if (length < text.size())
        out += QChar(0x2026);
    return out;
}

QString MessageText::quoted(QStringView text)
{
    return u'\'' + shown(text) + u'\'';
}

QString MessageText::quotedList(const QStringList &items, qsizetype maxItems)
{
    QStringList shownItems;
    for (qsizetype i = 0; i < items.size() && i < maxItems; ++i)
        shownItems << quoted(items.at(i));
    const QString list = shownItems.join(QLatin1String(", "));
    if (items.size() <= maxItems)
        return list;
    return tr("%1 and %n more", nullptr, int(qMin<qsizetype>(items.size() - maxItems, INT_MAX))).arg(list);
}

} // namespace hc
