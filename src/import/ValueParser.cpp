#include "ValueParser.h"

#include "MessageText.h"

#include <QDate>
#include <QLatin1String>

namespace hc {

namespace {

// Value of `count` ASCII digits at p, or -1 when one of them is not a digit.
int digits(const QChar *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

bool ValueParser::parseBoolean(QStringView text, bool emptyValue, bool *value)
{
    const QStringView t = text.trimmed();
    bool result = false;
    switch (t.size()) {
    case 0:
        result = emptyValue;
        break;
    case 1: {
        const char16_t c = t.front().unicode();
        if (c == u'1' || c == u'y' || c == u'Y')
            result = true;
        else if (c != u'0' && c != u'n' && c != u'N')
            return false;
        break;
    }
    case 2:
        if (t.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0)
            return false;
        break;
    case 3:
        if (t.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0)
            return false;
        result = true;
        break;
    case 4:
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
            return false;
        result = true;
        break;
    case 5:
        if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            return false;
        break;
    default:
        return false;
    }
    *value = result;
    return true;
}

bool ValueParser::parseDate(QStringView text, QString *normalised)
{
    const QStringView t = text.trimmed();
    normalised->clear();
    if (t.isEmpty())
        return true;

    const QChar *p = t.data();
    const qsizetype n = t.size();
    if (n < 10 || p[4] != u'-' || p[7] != u'-')
        return false;
    int year = digits(p, 4);
    int month = digits(p + 5, 2);
    int day = digits(p + 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return false;

    int hour = 0, minute = 0, second = 0, offset = 0; // offset in seconds east of UTC
    qsizetype i = 10;
    if (i < n) {
        const QChar separator = p[i++];
        if (separator != u'T' && separator != u't' && separator != u' ')
            return false;
        if (n - i < 5 || p[i + 2] != u':')
            return false;
        hour = digits(p + i, 2);
        minute = digits(p + i + 3, 2);
        i += 5;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
            return false;
        if (i < n && p[i] == u':') {
            if (n - i < 3)
                return false;
            second = digits(p + i + 1, 2);
            i += 3;
            if (second < 0 || second > 59)
                return false;
            if (i < n && (p[i] == u'.' || p[i] == u',')) {
                const qsizetype start = ++i;
                while (i < n && isDigit(p[i]))
                    ++i;
                if (i == start)
                    return false;
            }
        }
        if (i < n && p[i] == u' ') // SQL Server writes "2025-06-30 14:05:00.0000000 +02:00"
            ++i;
        if (i < n) {
            const QChar zone = p[i++];
            if (zone == u'+' || zone == u'-') {
                // ±HH, ±HHMM or ±HH:MM
                if (n - i < 2)
                    return false;
                const int zoneHours = digits(p + i, 2);
                int zoneMinutes = 0;
                i += 2;
                if (i < n) {
                    if (p[i] == u':')
                        ++i;
                    if (n - i != 2)
                        return false;
                    zoneMinutes = digits(p + i, 2);
                    i += 2;
                }
                if (zoneHours < 0 || zoneHours > 23 || zoneMinutes < 0 || zoneMinutes > 59)
                    return false;
                offset = (zoneHours * 3600 + zoneMinutes * 60) * (zone == u'-' ? -1 : 1);
            } else if (zone != u'Z' && zone != u'z') {
                return false;
            }
            if (i != n)
                return false;
        }
    }

    if (year == 1900 && month == 1 && day == 1)
        return true; // the platform's null date: never

    if (offset != 0) {
        int seconds = hour * 3600 + minute * 60 + second - offset;
        int days = 0;
        if (seconds < 0) {
            seconds += 86400;
            days = -1;
        } else if (seconds >= 86400) {
            seconds -= 86400;
            days = 1;
        }
        if (days != 0) {
            const QDate date = QDate(year, month, day).addDays(days);
            year = date.year();
            month = date.month();
            day = date.day();
            if (year < 1 || year > 9999)
                return false;
        }
        hour = seconds / 3600;
        minute = seconds / 60 % 60;
        second = seconds % 60;
    }

    QString result(19, Qt::Uninitialized);
    QChar *out = result.data();
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, hour, 2);
    *out++ = u':';
    put(out, minute, 2);
    *out++ = u':';
    put(out, second, 2);
    *normalised = std::move(result);
    return true;
}

QString ValueParser::notBooleanMessage(QStringView text)
{
    return tr("%1 is not a boolean (true/false, 1/0, yes/no, y/n)").arg(quoted(text));
}

QString ValueParser::notDateMessage(QStringView text)
{
    return tr("%1 is not a date (ISO 8601, e.g. 2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)")
        .arg(quoted(text));
}

QString ValueParser::quoted(QStringView text)
{
    return MessageText::quoted(text);
}

} // namespace hc
