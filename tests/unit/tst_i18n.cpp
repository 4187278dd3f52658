// Loading the translations (src/i18n): which language the environment or the setting picks, that every embedded
// language translates, and that the real headcount-cli and headcount speak German when asked to while --json output
// stays as it is.
#include "TestConfig.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

// Sets (or, for an empty value, unsets) the locale variables for one test and puts the old ones back.
class LocaleEnvironment {
public:
    LocaleEnvironment(const QByteArray &language, const QByteArray &lcAll, const QByteArray &lcMessages,
        const QByteArray &lang)
    {
        const QByteArray values[] = { language, lcAll, lcMessages, lang };
        for (int i = 0; i < 4; ++i) {
            m_saved[i] = qgetenv(names[i]);
            m_wasSet[i] = qEnvironmentVariableIsSet(names[i]);
            if (values[i].isEmpty())
                qunsetenv(names[i]);
            else
                qputenv(names[i], values[i]);
        }
    }
    ~LocaleEnvironment()
    {
        for (int i = 0; i < 4; ++i) {
            if (m_wasSet[i])
                qputenv(names[i], m_saved[i]);
            else
                qunsetenv(names[i]);
        }
    }

private:
    static constexpr const char *names[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
    QByteArray m_saved[4];
    bool m_wasSet[4] = {};
};

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void matchLanguage_data();
    void matchLanguage();
    void environmentLanguages_data();
    void environmentLanguages();
    void availableLanguages();
    void everyLanguageTranslates_data();
    void everyLanguageTranslates();
    void installTranslationsLoadsQtAndHeadcount();
    void cliSpeaksTheEnvironmentsLanguage_data();
    void cliSpeaksTheEnvironmentsLanguage();
    void cliJsonStaysUntranslated();
    void consoleHelpIsTranslated();
};

void TestI18n::matchLanguage_data()
{
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QString>("expected");
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *i : items)
            list << QString::fromLatin1(i);
        return list;
    };
    QTest::newRow("nothing") << QStringList() << QStringLiteral("en");
    QTest::newRow("C") << l({ "C" }) << QStringLiteral("en");
    QTest::newRow("C.UTF-8") << l({ "C.UTF-8" }) << QStringLiteral("en");
    QTest::newRow("POSIX") << l({ "POSIX" }) << QStringLiteral("en");
    QTest::newRow("de_DE.UTF-8") << l({ "de_DE.UTF-8" }) << QStringLiteral("de");
    QTest::newRow("de_AT@euro") << l({ "de_AT@euro" }) << QStringLiteral("de");
    QTest::newRow("fr_CA") << l({ "fr_CA.UTF-8" }) << QStringLiteral("fr");
    QTest::newRow("es_MX") << l({ "es_MX" }) << QStringLiteral("es");
    QTest::newRow("pt_BR") << l({ "pt_BR.UTF-8" }) << QStringLiteral("pt_BR");
    QTest::newRow("pt-BR (a UI language)") << l({ "pt-BR" }) << QStringLiteral("pt_BR");
    QTest::newRow("pt_PT") << l({ "pt_PT.UTF-8" }) << QStringLiteral("pt_PT");
    QTest::newRow("pt alone is European") << l({ "pt" }) << QStringLiteral("pt_PT");
    QTest::newRow("pt_AO") << l({ "pt_AO" }) << QStringLiteral("pt_PT");
    QTest::newRow("unknown, then fr") << l({ "xx_YY", "fr" }) << QStringLiteral("fr");
    QTest::newRow("English first wins") << l({ "en_GB", "de" }) << QStringLiteral("en");
    QTest::newRow("a code of the list") << l({ "pt_BR" }) << QStringLiteral("pt_BR");
    QTest::newRow("only unknown") << l({ "ja_JP", "zh" }) << QStringLiteral("en");
}

void TestI18n::matchLanguage()
{
    QFETCH(QStringList, preferred);
    QFETCH(QString, expected);
    QCOMPARE(hc::matchLanguage(preferred), expected);
}

void TestI18n::environmentLanguages_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QByteArray>("lcAll");
    QTest::addColumn<QByteArray>("lcMessages");
    QTest::addColumn<QByteArray>("lang");
    QTest::addColumn<QString>("expected");

    QTest::newRow("LANG") << QByteArray() << QByteArray() << QByteArray() << QByteArray("fr_FR.UTF-8") << QStringLiteral("fr");
    QTest::newRow("LC_MESSAGES over LANG")
        << QByteArray() << QByteArray() << QByteArray("es_ES.UTF-8") << QByteArray("fr_FR.UTF-8") << QStringLiteral("es");
    QTest::newRow("LC_ALL over LC_MESSAGES")
        << QByteArray() << QByteArray("pt_BR.UTF-8") << QByteArray("es_ES.UTF-8") << QByteArray() << QStringLiteral("pt_BR");
    QTest::newRow("LANGUAGE over LC_ALL")
        << QByteArray("de:fr") << QByteArray("pt_BR.UTF-8") << QByteArray() << QByteArray() << QStringLiteral("de");
    QTest::newRow("LANGUAGE with C.UTF-8 (the tests' locale)")
        << QByteArray("de") << QByteArray("C.UTF-8") << QByteArray() << QByteArray() << QStringLiteral("de");
    QTest::newRow("LANGUAGE ignored under C (gettext)")
        << QByteArray("de") << QByteArray("C") << QByteArray() << QByteArray() << QStringLiteral("en");
    QTest::newRow("C.UTF-8 alone") << QByteArray() << QByteArray("C.UTF-8") << QByteArray() << QByteArray() << QStringLiteral("en");
}

void TestI18n::environmentLanguages()
{
    QFETCH(QByteArray, language);
    QFETCH(QByteArray, lcAll);
    QFETCH(QByteArray, lcMessages);
    QFETCH(QByteArray, lang);
    QFETCH(QString, expected);
    const LocaleEnvironment environment(language, lcAll, lcMessages, lang);
    QCOMPARE(hc::matchLanguage(hc::environmentLanguages()), expected);
}

void TestI18n::availableLanguages()
{
    const QVector<hc::LanguageInfo> languages = hc::availableLanguages();
    QVERIFY(!languages.isEmpty());
    QCOMPARE(languages.first().code, QStringLiteral("en"));
    QHash<QString, QString> names;
    for (const hc::LanguageInfo &l : languages)
        names.insert(l.code, l.nativeName);
    QCOMPARE(names.value(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(names.value(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(names.value(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(names.value(QStringLiteral("pt_PT")), QStringLiteral("Português (Portugal)"));
    QCOMPARE(names.value(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    QCOMPARE(names.size(), languages.size()); // no code twice
}

void TestI18n::everyLanguageTranslates_data()
{
    QTest::addColumn<QString>("code");
    for (const hc::LanguageInfo &l : hc::availableLanguages()) {
        if (l.code != u"en")
            QTest::newRow(qPrintable(l.code)) << l.code;
    }
}

// Each embedded .qm loads and translates a CLI and a console text (neither comes back as the English source).
void TestI18n::everyLanguageTranslates()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("headcount_") + code, QStringLiteral(":/i18n")));
    const QString cli = translator.translate("CliApplication", "no command given");
    QVERIFY(!cli.isEmpty());
    QVERIFY(cli != u"no command given");
    const QString gui = translator.translate("hc::MainWindow", "No workspace open");
    QVERIFY(!gui.isEmpty());
    QVERIFY(gui != u"No workspace open");
    // The Users view's count, in the locale's digits (%Ln).
    const QString plural = translator.translate("hc::UsersView", "%Ln user(s)", nullptr, 2);
    QVERIFY2(plural.contains(u"%Ln"), qPrintable(plural));
}

void TestI18n::installTranslationsLoadsQtAndHeadcount()
{
    QCOMPARE(hc::installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("CliApplication", "no command given"), QStringLiteral("aucune commande donnée"));
    // Chosen explicitly and unlike the (C) system locale: numbers and dates follow the texts.
    QCOMPARE(QLocale().language(), QLocale::French);
    // Qt's own texts, where Debian's qt6-translations-l10n is installed (scripts/setup-deps installs it).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (QFile::exists(qtDir + QLatin1String("/qtbase_fr.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

void TestI18n::cliSpeaksTheEnvironmentsLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("helpStart");
    QTest::addColumn<QString>("error");

    QTest::newRow("LANGUAGE=de") << QStringList { QStringLiteral("LANGUAGE=de") } << QStringLiteral("Aufruf: headcount-cli")
                                 << QStringLiteral("error: unbekannter Befehl 'frobnicate'\n");
    // Only C locales may be installed where the tests run, and an unknown LC_ALL makes Qt warn on stderr; the
    // order of the locale variables is tested in-process above.
    QTest::newRow("LANGUAGE=ja:pt_BR") << QStringList { QStringLiteral("LANGUAGE=ja:pt_BR") }
        << QStringLiteral("Uso: headcount-cli") << QStringLiteral("error: comando desconhecido 'frobnicate'\n");
    QTest::newRow("LANGUAGE=pt_PT") << QStringList { QStringLiteral("LANGUAGE=pt_PT") }
                                    << QStringLiteral("Utilização: headcount-cli")
                                    << QStringLiteral("error: comando desconhecido 'frobnicate'\n");
    QTest::newRow("C.UTF-8: English") << QStringList() << QStringLiteral("Usage: headcount-cli")
                                      << QStringLiteral("error: unknown command 'frobnicate'\n");
}

void TestI18n::cliSpeaksTheEnvironmentsLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, helpStart);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.db"));

    const hc::test::CliRun help = hc::test::runCli(db, { QStringLiteral("--help") }, {}, environment);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(helpStart), qPrintable(help.out.left(80)));

    // The "error:" prefix is the contract for scripts (SPEC §4) and stays English; the message is translated.
    const hc::test::CliRun bad = hc::test::runCli(db, { QStringLiteral("frobnicate") }, {}, environment);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.startsWith(error), qPrintable(bad.err));
}

void TestI18n::cliJsonStaysUntranslated()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.db"));
    VERIFY_OK(hc::test::buildSampleWorkspace(db));
    const hc::test::CliRun english = hc::test::runCli(db, { QStringLiteral("counts"), QStringLiteral("--json") });
    const hc::test::CliRun german
        = hc::test::runCli(db, { QStringLiteral("counts"), QStringLiteral("--json") }, {}, { QStringLiteral("LANGUAGE=de") });
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);
    QVERIFY(!english.out.isEmpty());
    QCOMPARE(german.out, english.out);
    // …while the table for people is German.
    const hc::test::CliRun table
        = hc::test::runCli(db, { QStringLiteral("counts") }, {}, { QStringLiteral("LANGUAGE=de") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("Kapazität")), qPrintable(table.out));
}

// The console parses its options after loading the translations, so --help is German too. A scratch
// XDG_CONFIG_HOME keeps a Language setting of the person running the tests out of it.
void TestI18n::consoleHelpIsTranslated()
{
    QTemporaryDir config;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADCOUNT_GUI_PATH), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Konsole für die Endbenutzerlizenz-Compliance")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
