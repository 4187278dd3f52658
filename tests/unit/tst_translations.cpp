// Every translations/headcount_*.ts file is complete and keeps what the program relies on: no unfinished or empty
// message, the placeholders of the source (%1…%9, %L1, %n, %Ln) and no others, one numerus form per plural form of
// the language, the & mnemonic of a menu or button text, and the HTML tags. One row per language, so a new .ts file
// is checked without touching this test; a failure lists every offending message, not only the first.
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations; // one per numerus form, else one
};

struct TsFile {
    QString language;
    QVector<Message> messages;
    QString error;
};

// Skips the messages lupdate keeps for reuse after their source text left the code.
TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool skip = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message" && !skip)
                ts.messages.append(message);
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message { context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", true, {} };
            skip = false;
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            skip = type == u"obsolete" || type == u"vanished";
            message.finished = type.isEmpty();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1…%99, %L1, %n and %Ln, as a sorted list so a repeated placeholder counts twice.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// A single & before a letter (not "&&", which shows an ampersand, nor an HTML entity such as &amp;).
QStringList mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)(?![a-zA-Z]+;)(\\S)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1).toLower();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Plural forms per language as Qt counts them (lupdate creates this many <numerusform>s for the language).
int expectedNumerusForms(const QString &language)
{
    static const QHash<QString, int> forms { { QStringLiteral("de"), 2 }, { QStringLiteral("en"), 2 },
        { QStringLiteral("es"), 2 }, { QStringLiteral("fr"), 2 }, { QStringLiteral("pt"), 2 },
        { QStringLiteral("it"), 2 }, { QStringLiteral("nl"), 2 } };
    return forms.value(language.section(u'_', 0, 0), -1);
}

QString where(const Message &m)
{
    return m.context + QLatin1String(": \"") + m.source.left(70) + QLatin1String("\"");
}

QStringList problems(const TsFile &ts)
{
    QStringList out;
    const int forms = expectedNumerusForms(ts.language);
    if (forms < 0)
        out << QStringLiteral("no plural-form count known for language '%1': add it to expectedNumerusForms").arg(ts.language);
    for (const Message &m : ts.messages) {
        // lupdate could not tell which class a tr() belongs to (e.g. through a type alias): the program looks the
        // text up under its class's context and would never find this translation.
        if (m.context.isEmpty())
            out << QLatin1String("no context: ") + where(m);
        if (!m.finished)
            out << QLatin1String("unfinished: ") + where(m);
        if (m.numerus && forms > 0 && m.translations.size() != forms)
            out << QStringLiteral("%1 numerus forms, %2 needed: ").arg(m.translations.size()).arg(forms) + where(m);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                out << QLatin1String("empty: ") + where(m);
                continue;
            }
            if (placeholders(t) != placeholders(m.source)) {
                out << QStringLiteral("placeholders %1 instead of %2: ")
                           .arg(placeholders(t).join(u' '), placeholders(m.source).join(u' '))
                    + where(m);
            }
            if (mnemonics(m.source).size() != mnemonics(t).size())
                out << QStringLiteral("mnemonic lost or added (\"%1\"): ").arg(t.left(60)) + where(m);
            if (htmlTags(t) != htmlTags(m.source))
                out << QLatin1String("HTML tags differ: ") + where(m);
        }
    }
    return out;
}

// Texts that share one menu bar, menu or dialog: their mnemonics must differ there. Context and English source.
using Group = QVector<QPair<const char *, const char *>>;
const QVector<QPair<const char *, Group>> &mnemonicGroups()
{
    static const QVector<QPair<const char *, Group>> groups {
        { "main window (menu bar, tabs, infrastructure)",
            { { "MainWindow", "&File" }, { "MainWindow", "&Edit" }, { "MainWindow", "&View" },
                { "MainWindow", "&Help" }, { "hc::MainWindow", "&Dashboard" }, { "hc::MainWindow", "&Users" },
                { "hc::MainWindow", "&Infrastructure:" } } },
        { "File menu",
            { { "MainWindow", "&Open Workspace…" }, { "hc::RecentWorkspacesMenu", "Recent &Workspaces" },
                { "MainWindow", "&Import…" }, { "hc::ReportActions", "Print Pre&view…" },
                { "hc::ReportActions", "&Print…" }, { "hc::ReportActions", "Export as P&DF…" },
                { "hc::ReportActions", "Export as &HTML…" }, { "MainWindow", "&Quit" } } },
        { "Help menu", { { "MainWindow", "&About Headcount" }, { "MainWindow", "About &Qt" } } },
        { "user actions",
            { { "hc::UsersView", "&Deactivate" }, { "hc::UsersView", "&Activate" },
                { "hc::UsersView", "Mark as &IT User" }, { "hc::UsersView", "&Clear IT Flag" },
                { "hc::UsersView", "&Link" }, { "hc::UsersView", "&Split" }, { "hc::UsersView", "Re&join" },
                { "hc::UsersView", "&Explain…" } } },
        { "import wizard: file page",
            { { "hc::ImportWizardFilePage", "&Browse…" }, { "hc::ImportWizardFilePage", "&Recent files:" },
                { "hc::ImportWizardFilePage", "&File:" }, { "hc::ImportWizardFilePage", "R&untime:" } } },
        { "import wizard: validation page",
            { { "hc::ImportWizardValidationPage", "S&top (import nothing)" },
                { "hc::ImportWizardValidationPage", "&Import" },
                { "hc::ImportWizardValidationPage",
                    "&Replace: the export is a snapshot of the runtime; records it no longer lists are removed" },
                { "hc::ImportWizardValidationPage",
                    "&Merge: add and update records by Id (else Username); keep the others" },
                { "hc::ImportWizardValidationPage",
                    "S&kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)" } } },
        { "report options",
            { { "hc::ReportOptionsDialog", "&This infrastructure (%1)" },
                { "hc::ReportOptionsDialog", "&All infrastructures: a summary, then one section each" },
                { "hc::ReportOptionsDialog", "&Pseudonymise names, usernames and e-mails (counts are kept)" } } },
    };
    return groups;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void tsFile_data();
    void tsFile();
    void mnemonicsDistinct_data();
    void mnemonicsDistinct();
    void englishPluralsOnly();
    void checkerCatchesDefects_data();
    void checkerCatchesDefects();
};

void TestTranslations::tsFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(HEADCOUNT_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({ QStringLiteral("headcount_*.ts") }, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 5, qPrintable(dir.path()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

// headcount_en.ts holds English's plural forms only (lupdate -pluralonly): checked like the others, but it is not a
// whole translation (englishPluralsOnly) and its menus are the source texts themselves.
bool isEnglishPlurals(const QString &path)
{
    return path.endsWith(QLatin1String("/headcount_en.ts"));
}

void TestTranslations::mnemonicsDistinct_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(HEADCOUNT_TRANSLATIONS_DIR));
    for (const QString &f : dir.entryList({ QStringLiteral("headcount_*.ts") }, QDir::Files, QDir::Name)) {
        if (!isEnglishPlurals(dir.filePath(f)))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

void TestTranslations::englishPluralsOnly()
{
    const TsFile ts = readTs(QStringLiteral(HEADCOUNT_TRANSLATIONS_DIR "/headcount_en.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(ts.messages.size() > 20);
    for (const Message &m : ts.messages) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        // "%n user(s)" → "%n user", "%n users": the plural form never keeps the "(s)".
        QVERIFY2(!m.translations.value(1).contains(QLatin1String("(s)")), qPrintable(m.translations.value(1)));
    }
}

void TestTranslations::tsFile()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.language.isEmpty());
    QVERIFY(isEnglishPlurals(path) || ts.messages.size() > 100);
    const QStringList found = problems(ts);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(found.size()) + found.join(u'\n')));
}

void TestTranslations::mnemonicsDistinct()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QHash<QPair<QString, QString>, QString> translation;
    for (const Message &m : ts.messages)
        translation.insert({ m.context, m.source }, m.translations.value(0));
    QStringList clashes;
    for (const auto &group : mnemonicGroups()) {
        // The English texts are checked too: the test itself must not demand the impossible.
        for (const bool english : { true, false }) {
            QHash<QString, QString> seen;
            for (const auto &[context, source] : group.second) {
                const QString text = english ? QString::fromUtf8(source)
                                             : translation.value({ QString::fromUtf8(context), QString::fromUtf8(source) });
                if (text.isEmpty()) {
                    clashes << QStringLiteral("%1: no message \"%2\"").arg(QLatin1String(group.first), QString::fromUtf8(source));
                    continue;
                }
                const QString key = mnemonics(text).value(0);
                if (seen.contains(key))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share &%4").arg(QLatin1String(group.first), seen.value(key), text, key);
                seen.insert(key, text);
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// The checker's own table: each defect is caught, and a sound translation passes.
void TestTranslations::checkerCatchesDefects_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<QStringList>("translations");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<bool>("sound");
    QTest::addColumn<QString>("context");

    const auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("sound") << s("Open %1") << false << QStringList { s("%1 öffnen") } << true << true << QStringLiteral("Test");
    QTest::newRow("unfinished") << s("Open %1") << false << QStringList { s("%1 öffnen") } << false << false << QStringLiteral("Test");
    QTest::newRow("empty") << s("Open") << false << QStringList { QString() } << true << false << QStringLiteral("Test");
    QTest::newRow("placeholder lost") << s("%1 of %2") << false << QStringList { s("%1 von") } << true << false << QStringLiteral("Test");
    QTest::newRow("placeholder added") << s("Open") << false << QStringList { s("%1 öffnen") } << true << false << QStringLiteral("Test");
    QTest::newRow("%L1 became %1") << s("at most %L1") << false << QStringList { s("höchstens %1") } << true << false << QStringLiteral("Test");
    QTest::newRow("%n lost in a form") << s("%n user(s)") << true << QStringList { s("ein Benutzer"), s("%n Benutzer") }
                                       << true << false << QStringLiteral("Test");
    QTest::newRow("numerus form missing") << s("%n user(s)") << true << QStringList { s("%n Benutzer") } << true
                                          << false << QStringLiteral("Test");
    QTest::newRow("mnemonic lost") << s("&Quit") << false << QStringList { s("Beenden") } << true << false << QStringLiteral("Test");
    QTest::newRow("&& is no mnemonic") << s("A && B") << false << QStringList { s("A && B") } << true << true << QStringLiteral("Test");
    QTest::newRow("no context") << s("Open") << false << QStringList { s("Öffnen") } << true << false << QString();
    QTest::newRow("HTML tag lost") << s("<b>%1</b> counts") << false << QStringList { s("%1 zählt") } << true << false << QStringLiteral("Test");
}

void TestTranslations::checkerCatchesDefects()
{
    QFETCH(QString, source);
    QFETCH(bool, numerus);
    QFETCH(QStringList, translations);
    QFETCH(bool, finished);
    QFETCH(bool, sound);
    QFETCH(QString, context);
    TsFile ts;
    ts.language = QStringLiteral("de_DE");
    ts.messages.append(Message { context, source, numerus, finished, translations });
    QCOMPARE(problems(ts).isEmpty(), sound);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
