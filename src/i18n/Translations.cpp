#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace hc {

namespace {

const char *const ResourceDir = ":/i18n";

QString english()
{
    return QStringLiteral("en");
}

// "de_DE.UTF-8@euro" → "de_DE", "pt-BR" → "pt_BR": the part of a locale name that names the language.
QString normalised(const QString &name)
{
    QString s = name.trimmed();
    for (const QChar stop : { u'.', u'@' }) {
        const qsizetype at = s.indexOf(stop);
        if (at >= 0)
            s.truncate(at);
    }
    s.replace(u'-', u'_');
    return s;
}

bool isCLocale(const QString &name)
{
    return name == u"C" || name == u"POSIX";
}

// Names that QLocale words differently from what a user looks for in a list ("português europeu"), and the two
// Portuguese variants, which must be told apart.
QString nativeName(const QString &code)
{
    static const struct {
        const char *code;
        const char *name;
    } names[] = {
        { "en", "English" },
        { "de", "Deutsch" },
        { "es", "Español" },
        { "fr", "Français" },
        { "pt_BR", "Português (Brasil)" },
        { "pt_PT", "Português (Portugal)" },
    };
    for (const auto &n : names) {
        if (code == QLatin1String(n.code))
            return QString::fromUtf8(n.name);
    }
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

QStringList availableCodes()
{
    QStringList codes;
    const QStringList files = QDir(QLatin1String(ResourceDir))
                                  .entryList({ QStringLiteral("headcount_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(10, file.size() - 10 - 3); // "headcount_" … ".qm"
    return codes;
}

// The language part alone matches the variant its speakers mean by it: gettext's "pt" is European Portuguese.
QString variantFor(const QString &language, const QStringList &codes)
{
    if (language == u"pt" && codes.contains(QStringLiteral("pt_PT")))
        return QStringLiteral("pt_PT");
    if (codes.contains(language))
        return language;
    for (const QString &code : codes) {
        if (code.section(u'_', 0, 0) == language)
            return code;
    }
    return {};
}

void installQtTranslation(const QString &code)
{
    // qtbase_XX holds the standard buttons and dialogs; where a language has no qtbase file (pt_PT) the older
    // all-in-one qt_XX does.
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char *name : { "qtbase", "qt" }) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QLocale(code), QLatin1String(name), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
        delete translator;
    }
}

} // namespace

QVector<LanguageInfo> availableLanguages()
{
    QVector<LanguageInfo> languages { { english(), nativeName(english()) } };
    for (const QString &code : availableCodes())
        languages.append({ code, nativeName(code) });
    return languages;
}

QStringList environmentLanguages()
{
    QString locale;
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        locale = qEnvironmentVariable(variable);
        if (!locale.isEmpty())
            break;
    }
    QStringList languages;
    const QString list = qEnvironmentVariable("LANGUAGE");
    if (!list.isEmpty() && !isCLocale(locale))
        languages = list.split(u':', Qt::SkipEmptyParts);
    if (!locale.isEmpty())
        languages << locale;
    else if (languages.isEmpty())
        languages = QLocale::system().uiLanguages();
    return languages;
}

QString matchLanguage(const QStringList &preferred)
{
    const QStringList codes = availableCodes();
    for (const QString &entry : preferred) {
        const QString name = normalised(entry);
        if (name.isEmpty())
            continue;
        // "C", "C.UTF-8" and "en_GB" all ask for the source texts.
        const QString language = name.section(u'_', 0, 0);
        if (language == u"C" || language == u"POSIX" || language == u"en")
            return english();
        if (codes.contains(name))
            return name;
        const QString variant = variantFor(language, codes);
        if (!variant.isEmpty())
            return variant;
    }
    return english();
}

QString installTranslations(const QString &language)
{
    const QString code = matchLanguage(language.isEmpty() ? environmentLanguages() : QStringList { language });
    if (code == english())
        return code;
    installQtTranslation(code);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral("headcount_") + code, QLatin1String(ResourceDir))) {
        delete translator;
        return english();
    }
    QCoreApplication::installTranslator(translator);
    // A language chosen in the settings brings its numbers and dates along, unless the system locale already speaks
    // it (de_CH keeps its own formats when "de" is chosen).
    if (!language.isEmpty() && QLocale::system().language() != QLocale(code).language())
        QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace hc
