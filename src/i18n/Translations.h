#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hc {

// A language the user can pick: `code` as stored in the Settings key Language ("de", "pt_BR"; "en" is the source
// language, English) and its name in that language ("Deutsch", "Português (Brasil)").
struct LanguageInfo {
    QString code;
    QString nativeName;
};

// English first, then every translation embedded under :/i18n (so a new .ts file appears without code), by code.
QVector<LanguageInfo> availableLanguages();

// The languages the environment asks for, most preferred first, as gettext reads them: LANGUAGE (a colon list,
// ignored when the locale is plain "C"/"POSIX"), then the first set of LC_ALL, LC_MESSAGES, LANG. Without any of
// these (Windows, macOS) the system locale's UI languages.
QStringList environmentLanguages();

// The available language that best serves `preferred` (first entry that matches wins; an entry matches a code exactly,
// else by its language alone: "de_AT" → "de", "pt" and "pt_AO" → "pt_PT"). "en" when nothing matches or English comes
// first.
QString matchLanguage(const QStringList &preferred);

// Installs Qt's translation (qtbase_XX from QLibraryInfo's TranslationsPath, when installed) and Headcount's for
// `language` (a code as above; empty = follow the environment) into the running QCoreApplication. Call it once, after
// the application object exists and before any text is built. An explicit `language` of another language than the
// system locale's also becomes QLocale's default, so numbers and dates match the texts. Returns the code installed
// ("en": none needed).
QString installTranslations(const QString &language = QString());

} // namespace hc
