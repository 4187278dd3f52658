// R2–R5 and R10: which e-mail, classification, exclusions, capacity states, and the explain trace.
#include "Rules.h"

#include <QTest>

using namespace hc;

Q_DECLARE_METATYPE(hc::UserRecord)
Q_DECLARE_METATYPE(hc::Overrides)
Q_DECLARE_METATYPE(hc::LicenceModel)

namespace {

const QString LoggedIn = QStringLiteral("2026-03-01T09:30:00Z");
const QString NullDate = QStringLiteral("1900-01-01T00:00:00");

// A record that counts unless a row changes it: active, not an IT user, logged in.
struct Rec {
    UserRecord r;
    Rec() { r.lastLogin = LoggedIn; }
    Rec &username(const QString &v)
    {
        r.username = v;
        return *this;
    }
    Rec &email(const QString &v)
    {
        r.email = v;
        return *this;
    }
    Rec &name(const QString &v)
    {
        r.name = v;
        return *this;
    }
    Rec &phone(const QString &v)
    {
        r.phone = v;
        return *this;
    }
    Rec &lastLogin(const QString &v)
    {
        r.lastLogin = v;
        return *this;
    }
    Rec &inactive()
    {
        r.active = false;
        return *this;
    }
    Rec &itUser()
    {
        r.itUser = true;
        return *this;
    }
    // Never logged in and no personal data: anonymous unless a row adds some.
    static Rec bare(const QString &username = QStringLiteral("guest17"))
    {
        return Rec().username(username).lastLogin({});
    }
    operator UserRecord() const { return r; }
};

Overrides ov(std::optional<bool> itUser, std::optional<bool> deactivated)
{
    Overrides o;
    o.itUser = itUser;
    o.deactivated = deactivated;
    return o;
}

QSet<QString> ownedDomains(const QStringList &typed)
{
    QSet<QString> owned;
    for (const QString &t : typed) {
        const std::optional<QString> d = EmailAddress::normalizeDomain(t);
        if (!d)
            qFatal("bad owned domain in test data");
        owned.insert(*d);
    }
    return owned;
}

const QStringList WorkedExampleDomains = { QStringLiteral("mycompany.com"), QStringLiteral("sales.mycompany.com") };

QString text(CapacityState s)
{
    switch (s) {
    case CapacityState::Unset:
        return QStringLiteral("unset");
    case CapacityState::Ok:
        return QStringLiteral("ok");
    case CapacityState::Near:
        return QStringLiteral("near");
    case CapacityState::Over:
        return QStringLiteral("over");
    }
    return {};
}

QString text(EmailSource s)
{
    switch (s) {
    case EmailSource::None:
        return QStringLiteral("none");
    case EmailSource::Email:
        return QStringLiteral("email");
    case EmailSource::Username:
        return QStringLiteral("username");
    }
    return {};
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

private slots:
    void enumStrings();
    void chooseEmail_data();
    void chooseEmail();
    void usernameKey_data();
    void usernameKey();
    void isNeverLoggedIn_data();
    void isNeverLoggedIn();
    void status_data();
    void status();
    void facts_data();
    void facts();
    void classify_data();
    void classify();
    void workedExample_data();
    void workedExample();
    void capacityState_data();
    void capacityState();
    void explain_data();
    void explain();
    void tenantStatus_data();
    void tenantStatus();
    void tenantKinds();
    void platformVersion_data();
    void platformVersion();
};

void TestRules::enumStrings()
{
    for (LicenceModel m : { LicenceModel::InternalExternal, LicenceModel::Named })
        QVERIFY(licenceModelFromString(toString(m)) == m);
    QCOMPARE(toString(LicenceModel::InternalExternal), QStringLiteral("internal-external"));
    QCOMPARE(toString(LicenceModel::Named), QStringLiteral("named"));
    QVERIFY(!licenceModelFromString(QStringLiteral("Named")));
    QVERIFY(!licenceModelFromString(QString()));

    for (UserClass c : { UserClass::Internal, UserClass::External })
        QVERIFY(userClassFromString(toString(c)) == c);
    QCOMPARE(toString(UserClass::Internal), QStringLiteral("internal"));
    QCOMPARE(toString(UserClass::External), QStringLiteral("external"));
    QVERIFY(!userClassFromString(QStringLiteral("both")));

    const QStringList statuses = { QStringLiteral("counted"), QStringLiteral("it_user"), QStringLiteral("inactive"),
        QStringLiteral("anonymous") };
    for (int i = 0; i < statuses.size(); ++i) {
        // The numeric values are stored in workspaces: they must never change.
        const auto s = recordStatusFromString(statuses[i]);
        QVERIFY(s);
        QCOMPARE(int(*s), i);
        QCOMPARE(toString(*s), statuses[i]);
    }
    QVERIFY(!recordStatusFromString(QStringLiteral("excluded")));
}

void TestRules::chooseEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("source");

    QTest::newRow("both valid: Email wins") << QStringLiteral("Ana@Acme.com") << QStringLiteral("ana.other@gmail.com")
                                            << QStringLiteral("ana@acme.com") << QStringLiteral("email");
    QTest::newRow("valid Email, plain username") << QStringLiteral("ana@acme.com") << QStringLiteral("ana")
                                                 << QStringLiteral("ana@acme.com") << QStringLiteral("email");
    QTest::newRow("Email with blanks around") << QStringLiteral("  ana@acme.com ") << QStringLiteral("ana")
                                              << QStringLiteral("ana@acme.com") << QStringLiteral("email");
    QTest::newRow("invalid Email, valid Username")
        << QStringLiteral("not-an-address") << QStringLiteral("Jane.Green@MyCompany.com")
        << QStringLiteral("jane.green@mycompany.com") << QStringLiteral("username");
    QTest::newRow("empty Email, valid Username") << QString() << QStringLiteral("jane@mycompany.com")
                                                 << QStringLiteral("jane@mycompany.com") << QStringLiteral("username");
    QTest::newRow("Email with one label, valid Username")
        << QStringLiteral("ana@localhost") << QStringLiteral("ana@acme.com") << QStringLiteral("ana@acme.com")
        << QStringLiteral("username");
    QTest::newRow("both invalid") << QStringLiteral("not-an-address") << QStringLiteral("bob") << QString()
                                  << QStringLiteral("none");
    QTest::newRow("phone-only user") << QString() << QStringLiteral("+4915112345678") << QString()
                                     << QStringLiteral("none");
    QTest::newRow("both empty") << QString() << QString() << QString() << QStringLiteral("none");
}

void TestRules::chooseEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, username);
    QFETCH(QString, address);
    QFETCH(QString, source);

    const Rules::EmailChoice choice = Rules::chooseEmail(email, username);
    QCOMPARE(text(choice.source), source);
    QCOMPARE(bool(choice.email), !address.isEmpty());
    if (choice.email)
        QCOMPARE(choice.email->address, address);
}

void TestRules::usernameKey_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("key");

    QTest::newRow("plain") << QStringLiteral("bob") << QStringLiteral("bob");
    QTest::newRow("case") << QStringLiteral("BoB") << QStringLiteral("bob");
    QTest::newRow("trimmed") << QStringLiteral("  Bob\t") << QStringLiteral("bob");
    QTest::newRow("inner space kept") << QStringLiteral("Bob Smith") << QStringLiteral("bob smith");
    QTest::newRow("address") << QStringLiteral("Jane.Green@MyCompany.com")
                             << QStringLiteral("jane.green@mycompany.com");
    QTest::newRow("unicode case") << QStringLiteral("ÅSA") << QStringLiteral("åsa");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank is empty") << QStringLiteral("   ") << QString();
}

void TestRules::usernameKey()
{
    QFETCH(QString, username);
    QFETCH(QString, key);
    QCOMPARE(Rules::usernameKey(username), key);
}

void TestRules::isNeverLoggedIn_data()
{
    QTest::addColumn<QString>("lastLogin");
    QTest::addColumn<bool>("never");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("blank") << QStringLiteral("  ") << true;
    QTest::newRow("null date") << QStringLiteral("1900-01-01") << true;
    QTest::newRow("null date-time") << NullDate << true;
    QTest::newRow("null date-time with space") << QStringLiteral("1900-01-01 00:00:00") << true;
    QTest::newRow("day after null date") << QStringLiteral("1900-01-02T00:00:00") << false;
    QTest::newRow("a real login") << LoggedIn << false;
}

void TestRules::isNeverLoggedIn()
{
    QFETCH(QString, lastLogin);
    QFETCH(bool, never);
    QCOMPARE(Rules::isNeverLoggedIn(lastLogin), never);
}

void TestRules::status_data()
{
    QTest::addColumn<UserRecord>("record");
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QString>("status");

    const QString counted = QStringLiteral("counted");
    const QString itUser = QStringLiteral("it_user");
    const QString inactive = QStringLiteral("inactive");
    const QString anonymous = QStringLiteral("anonymous");
    const Rec plain = Rec().username(QStringLiteral("ana")).email(QStringLiteral("ana@acme.com"));

    // Each exclusion alone, then their precedence (R5.1 > R5.2 > R5.3).
    QTest::newRow("plain user counts") << UserRecord(plain) << Overrides() << counted;
    QTest::newRow("IT user") << UserRecord(Rec(plain).itUser()) << Overrides() << itUser;
    QTest::newRow("inactive") << UserRecord(Rec(plain).inactive()) << Overrides() << inactive;
    QTest::newRow("anonymous") << UserRecord(Rec::bare()) << Overrides() << anonymous;
    QTest::newRow("IT beats inactive") << UserRecord(Rec(plain).itUser().inactive()) << Overrides() << itUser;
    QTest::newRow("IT beats anonymous") << UserRecord(Rec::bare().itUser()) << Overrides() << itUser;
    QTest::newRow("IT beats inactive and anonymous")
        << UserRecord(Rec::bare().itUser().inactive()) << Overrides() << itUser;
    QTest::newRow("inactive beats anonymous") << UserRecord(Rec::bare().inactive()) << Overrides() << inactive;

    // Anonymous: never logged in AND no personal data.
    QTest::newRow("anonymous, null date") << UserRecord(Rec::bare().lastLogin(NullDate)) << Overrides() << anonymous;
    QTest::newRow("anonymous, blank fields")
        << UserRecord(Rec::bare().email(QStringLiteral("  ")).phone(QStringLiteral("\t")).name(QStringLiteral(" ")))
        << Overrides() << anonymous;
    QTest::newRow("anonymous, empty username") << UserRecord(Rec::bare(QString())) << Overrides() << anonymous;
    QTest::newRow("logged in, no personal data")
        << UserRecord(Rec::bare().lastLogin(LoggedIn)) << Overrides() << counted;
    QTest::newRow("never logged in, has Email")
        << UserRecord(Rec::bare().email(QStringLiteral("g@acme.com"))) << Overrides() << counted;
    QTest::newRow("never logged in, invalid Email text")
        << UserRecord(Rec::bare().email(QStringLiteral("n/a"))) << Overrides() << counted;
    QTest::newRow("never logged in, phone only")
        << UserRecord(Rec::bare().phone(QStringLiteral("+4915112345678"))) << Overrides() << counted;
    QTest::newRow("never logged in, has Name")
        << UserRecord(Rec::bare().name(QStringLiteral("Guest Seventeen"))) << Overrides() << counted;
    QTest::newRow("never logged in, Username is an address")
        << UserRecord(Rec::bare(QStringLiteral("guest@acme.com"))) << Overrides() << counted;
    QTest::newRow("never logged in, Username not an address")
        << UserRecord(Rec::bare(QStringLiteral("guest@localhost"))) << Overrides() << anonymous;

    // Administrator decisions win over the imported flags.
    QTest::newRow("IT flag set by administrator") << UserRecord(plain) << ov(true, {}) << itUser;
    QTest::newRow("IT flag cleared by administrator") << UserRecord(Rec(plain).itUser()) << ov(false, {}) << counted;
    QTest::newRow("IT flag cleared, still inactive")
        << UserRecord(Rec(plain).itUser().inactive()) << ov(false, {}) << inactive;
    QTest::newRow("IT flag cleared, anonymous") << UserRecord(Rec::bare().itUser()) << ov(false, {}) << anonymous;
    QTest::newRow("deactivated by administrator") << UserRecord(plain) << ov({}, true) << inactive;
    QTest::newRow("re-activated by administrator") << UserRecord(Rec(plain).inactive()) << ov({}, false) << counted;
    QTest::newRow("re-activated, anonymous") << UserRecord(Rec::bare().inactive()) << ov({}, false) << anonymous;
    QTest::newRow("deactivated and IT flag cleared") << UserRecord(Rec(plain).itUser()) << ov(false, true) << inactive;
    QTest::newRow("IT flag set beats re-activation") << UserRecord(Rec(plain).inactive()) << ov(true, false) << itUser;
    QTest::newRow("override equal to export") << UserRecord(Rec(plain).itUser()) << ov(true, false) << itUser;
}

void TestRules::status()
{
    QFETCH(UserRecord, record);
    QFETCH(Overrides, overrides);
    QFETCH(QString, status);

    QCOMPARE(toString(Rules::status(record, overrides)), status);
    QCOMPARE(toString(Rules::facts(record, overrides).status), status);
}

void TestRules::facts_data()
{
    QTest::addColumn<UserRecord>("record");
    QTest::addColumn<QString>("emailKey");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("usernameKey");

    QTest::newRow("from Email") << UserRecord(
        Rec().username(QStringLiteral(" SGreen ")).email(QStringLiteral("Scott.Green@MyCompany.com")))
                                << QStringLiteral("scott.green@mycompany.com") << QStringLiteral("mycompany.com")
                                << QStringLiteral("email") << QStringLiteral("sgreen");
    QTest::newRow("from Username") << UserRecord(Rec().username(QStringLiteral("Jane.Green@MyCompany.com")))
                                   << QStringLiteral("jane.green@mycompany.com") << QStringLiteral("mycompany.com")
                                   << QStringLiteral("username") << QStringLiteral("jane.green@mycompany.com");
    QTest::newRow("unicode domain") << UserRecord(
        Rec().username(QStringLiteral("ana")).email(QStringLiteral("Ana@MÜNCHEN.de.")))
                                    << QStringLiteral("ana@xn--mnchen-3ya.de") << QStringLiteral("xn--mnchen-3ya.de")
                                    << QStringLiteral("email") << QStringLiteral("ana");
    QTest::newRow("no valid e-mail") << UserRecord(
        Rec().username(QStringLiteral("bob")).email(QStringLiteral("not-an-address")))
                                     << QString() << QString() << QStringLiteral("none") << QStringLiteral("bob");
    QTest::newRow("phone only") << UserRecord(Rec::bare(QString()).phone(QStringLiteral("+4915112345678"))) << QString()
                                << QString() << QStringLiteral("none") << QString();
}

void TestRules::facts()
{
    QFETCH(UserRecord, record);
    QFETCH(QString, emailKey);
    QFETCH(QString, domain);
    QFETCH(QString, source);
    QFETCH(QString, usernameKey);

    const RecordFacts f = Rules::facts(record);
    QCOMPARE(f.emailKey, emailKey);
    QCOMPARE(f.domain, domain);
    QCOMPARE(text(f.emailSource), source);
    QCOMPARE(f.usernameKey, usernameKey);
    QCOMPARE(toString(f.status), QStringLiteral("counted"));
}

void TestRules::classify_data()
{
    QTest::addColumn<QString>("email"); // the record's e-mail as typed; empty: no valid e-mail
    QTest::addColumn<QStringList>("owned"); // owned domains as typed
    QTest::addColumn<QString>("userClass");

    const QString internal = QStringLiteral("internal");
    const QString external = QStringLiteral("external");
    const QStringList mycompany = { QStringLiteral("mycompany.com") };

    QTest::newRow("exact match") << QStringLiteral("a@mycompany.com") << mycompany << internal;
    QTest::newRow("match ignores case") << QStringLiteral("a@MyCompany.COM")
                                        << QStringList { QStringLiteral("MYCOMPANY.com") } << internal;
    QTest::newRow("owned domain typed with trailing dot")
        << QStringLiteral("a@mycompany.com") << QStringList { QStringLiteral("mycompany.com.") } << internal;
    QTest::newRow("subdomain does not match parent")
        << QStringLiteral("a@finance.mycompany.com") << mycompany << external;
    QTest::newRow("parent does not match subdomain")
        << QStringLiteral("a@mycompany.com") << QStringList { QStringLiteral("sales.mycompany.com") } << external;
    QTest::newRow("suffix is not a match") << QStringLiteral("a@notmycompany.com") << mycompany << external;
    QTest::newRow("listed subdomain") << QStringLiteral("a@finance.mycompany.com")
                                      << QStringList { QStringLiteral("mycompany.com"),
                                             QStringLiteral("finance.mycompany.com") }
                                      << internal;
    QTest::newRow("other domain") << QStringLiteral("a@outsourcing.com") << mycompany << external;
    QTest::newRow("unicode owned, punycode address")
        << QStringLiteral("a@xn--mnchen-3ya.de") << QStringList { QStringLiteral("MÜNCHEN.de") } << internal;
    QTest::newRow("sharp s owned, ss address")
        << QStringLiteral("a@fass.de") << QStringList { QStringLiteral("faß.de") } << external;
    QTest::newRow("no owned domains") << QStringLiteral("a@outsourcing.com") << QStringList() << internal;
    QTest::newRow("no valid e-mail") << QString() << mycompany << internal;
    QTest::newRow("no valid e-mail, no owned domains") << QString() << QStringList() << internal;
}

void TestRules::classify()
{
    QFETCH(QString, email);
    QFETCH(QStringList, owned);
    QFETCH(QString, userClass);

    QString domain;
    if (!email.isEmpty()) {
        const auto parsed = EmailAddress::parse(email);
        QVERIFY(parsed);
        domain = parsed->domain;
    }
    QCOMPARE(toString(Rules::classify(domain, ownedDomains(owned))), userClass);
}

// SPEC §2, worked example, row by row.
void TestRules::workedExample_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("userClass");

    QTest::newRow("sgreen") << QStringLiteral("sgreen") << QStringLiteral("scott.green@mycompany.com")
                            << QStringLiteral("internal");
    QTest::newRow("sgreen2") << QStringLiteral("sgreen2") << QStringLiteral("scott.green@Sales.MyCompany.com")
                             << QStringLiteral("internal");
    QTest::newRow("jane.green (R2)") << QStringLiteral("jane.green@mycompany.com") << QString()
                                     << QStringLiteral("internal");
    QTest::newRow("sjones") << QStringLiteral("sjones") << QStringLiteral("scarlett.jones@outsourcing.com")
                            << QStringLiteral("external");
    QTest::newRow("sdavidson (R3)") << QStringLiteral("sdavidson")
                                    << QStringLiteral("samantha.davidson@finance.mycompany.com")
                                    << QStringLiteral("external");
    QTest::newRow("mjohnson (R4)") << QStringLiteral("mjohnson") << QString() << QStringLiteral("internal");
    QTest::newRow("bob (R2, R4)") << QStringLiteral("bob") << QStringLiteral("not-an-address")
                                  << QStringLiteral("internal");
}

void TestRules::workedExample()
{
    QFETCH(QString, username);
    QFETCH(QString, email);
    QFETCH(QString, userClass);

    const UserRecord record = Rec().username(username).email(email);
    const RecordFacts f = Rules::facts(record);
    QCOMPARE(toString(f.status), QStringLiteral("counted"));
    QCOMPARE(toString(Rules::classify(f.domain, ownedDomains(WorkedExampleDomains))), userClass);
}

void TestRules::capacityState_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("capacity"); // -1: not set
    QTest::addColumn<QString>("state");

    QTest::newRow("unset") << qint64(5000) << qint64(-1) << QStringLiteral("unset");
    QTest::newRow("unset, nothing used") << qint64(0) << qint64(-1) << QStringLiteral("unset");
    QTest::newRow("nothing used") << qint64(0) << qint64(100) << QStringLiteral("ok");
    QTest::newRow("79 %") << qint64(79) << qint64(100) << QStringLiteral("ok");
    QTest::newRow("79.99 %") << qint64(7999) << qint64(10000) << QStringLiteral("ok");
    QTest::newRow("exactly 80 %") << qint64(80) << qint64(100) << QStringLiteral("near");
    QTest::newRow("exactly 80 % of 5") << qint64(4) << qint64(5) << QStringLiteral("near");
    QTest::newRow("60 % of 5") << qint64(3) << qint64(5) << QStringLiteral("ok");
    QTest::newRow("exactly 80 % of 10000") << qint64(8000) << qint64(10000) << QStringLiteral("near");
    QTest::newRow("79.9999 % of a large capacity") << qint64(7999999) << qint64(10000000) << QStringLiteral("ok");
    QTest::newRow("at capacity") << qint64(100) << qint64(100) << QStringLiteral("near");
    QTest::newRow("one over") << qint64(101) << qint64(100) << QStringLiteral("over");
    QTest::newRow("one of one") << qint64(1) << qint64(1) << QStringLiteral("near");
    QTest::newRow("two of one") << qint64(2) << qint64(1) << QStringLiteral("over");
    // No licence bought for a class: nothing used is fine (0 of 0 is no percentage), one user is over.
    QTest::newRow("capacity 0, nothing used") << qint64(0) << qint64(0) << QStringLiteral("ok");
    QTest::newRow("capacity 0, one used") << qint64(1) << qint64(0) << QStringLiteral("over");
    QTest::newRow("huge numbers") << qint64(8'000'000'000'000) << qint64(10'000'000'000'000) << QStringLiteral("near");
}

void TestRules::capacityState()
{
    QFETCH(qint64, used);
    QFETCH(qint64, capacity);
    QFETCH(QString, state);

    const std::optional<qint64> cap = capacity < 0 ? std::nullopt : std::optional<qint64>(capacity);
    QCOMPARE(text(Rules::capacityState(used, cap)), state);
}

void TestRules::explain_data()
{
    QTest::addColumn<UserRecord>("record");
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QStringList>("owned");
    QTest::addColumn<LicenceModel>("model");
    QTest::addColumn<QStringList>("steps"); // the rule tag each step starts with, in order
    QTest::addColumn<QStringList>("mentioned"); // words that must appear somewhere in the trace

    const LicenceModel ie = LicenceModel::InternalExternal;
    const QStringList owned = WorkedExampleDomains;
    const Rec sjones = Rec().username(QStringLiteral("sjones")).email(QStringLiteral("scarlett.jones@outsourcing.com"));

    QTest::newRow("external") << UserRecord(sjones) << Overrides() << owned << ie
                              << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"), QStringLiteral("R3/R4") }
                              << QStringList { QStringLiteral("scarlett.jones@outsourcing.com"),
                                     QStringLiteral("counted"), QStringLiteral("external") };
    QTest::newRow("owned subdomain only") << UserRecord(
        Rec().username(QStringLiteral("sdavidson")).email(QStringLiteral("samantha.davidson@finance.mycompany.com")))
                                          << Overrides() << owned << ie
                                          << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"),
                                                 QStringLiteral("R3/R4") }
                                          << QStringList { QStringLiteral("finance.mycompany.com"),
                                                 QStringLiteral("exact"), QStringLiteral("external") };
    QTest::newRow("internal by domain") << UserRecord(
        Rec().username(QStringLiteral("sgreen2")).email(QStringLiteral("scott.green@Sales.MyCompany.com")))
                                        << Overrides() << owned << ie
                                        << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"),
                                               QStringLiteral("R3/R4") }
                                        << QStringList { QStringLiteral("sales.mycompany.com"),
                                               QStringLiteral("internal") };
    QTest::newRow("e-mail from Username")
        << UserRecord(Rec().username(QStringLiteral("jane.green@mycompany.com"))) << Overrides() << owned << ie
        << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"), QStringLiteral("R3/R4") }
        << QStringList { QStringLiteral("Username"), QStringLiteral("jane.green@mycompany.com"),
               QStringLiteral("internal") };
    QTest::newRow("no valid e-mail") << UserRecord(
        Rec().username(QStringLiteral("bob")).email(QStringLiteral("not-an-address")))
                                     << Overrides() << owned << ie
                                     << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"),
                                            QStringLiteral("R4") }
                                     << QStringList { QStringLiteral("no valid e-mail"), QStringLiteral("internal") };
    QTest::newRow("no owned domains") << UserRecord(sjones) << Overrides() << QStringList() << ie
                                      << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"),
                                             QStringLiteral("R4") }
                                      << QStringList { QStringLiteral("no owned domains"), QStringLiteral("internal") };
    QTest::newRow("IT user by export") << UserRecord(Rec(sjones).itUser().inactive()) << Overrides() << owned << ie
                                       << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.1"),
                                              QStringLiteral("R3/R4") }
                                       << QStringList { QStringLiteral("it_user"), QStringLiteral("export") };
    QTest::newRow("IT user by administrator")
        << UserRecord(sjones) << ov(true, {}) << owned << ie
        << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.1"), QStringLiteral("R3/R4") }
        << QStringList { QStringLiteral("it_user"), QStringLiteral("administrator") };
    QTest::newRow("inactive") << UserRecord(Rec(sjones).inactive()) << Overrides() << owned << ie
                              << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.2"),
                                     QStringLiteral("R3/R4") }
                              << QStringList { QStringLiteral("inactive") };
    QTest::newRow("deactivated in Headcount")
        << UserRecord(sjones) << ov({}, true) << owned << ie
        << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.2"), QStringLiteral("R3/R4") }
        << QStringList { QStringLiteral("deactivated in Headcount") };
    QTest::newRow("anonymous") << UserRecord(Rec::bare()) << Overrides() << owned << ie
                               << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.3"), QStringLiteral("R4") }
                               << QStringList { QStringLiteral("anonymous") };
    QTest::newRow("IT flag cleared") << UserRecord(Rec(sjones).itUser()) << ov(false, {}) << owned << ie
                                     << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.1"),
                                            QStringLiteral("R5"), QStringLiteral("R3/R4") }
                                     << QStringList { QStringLiteral("cleared"), QStringLiteral("counted") };
    QTest::newRow("re-activated") << UserRecord(Rec(sjones).inactive()) << ov({}, false) << owned << ie
                                  << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5.2"),
                                         QStringLiteral("R5"), QStringLiteral("R3/R4") }
                                  << QStringList { QStringLiteral("re-activated"), QStringLiteral("counted") };
    QTest::newRow("named model") << UserRecord(sjones) << Overrides() << owned << LicenceModel::Named
                                 << QStringList { QStringLiteral("R1/R2"), QStringLiteral("R5"), QStringLiteral("R9") }
                                 << QStringList { QStringLiteral("named") };
}

void TestRules::explain()
{
    QFETCH(UserRecord, record);
    QFETCH(Overrides, overrides);
    QFETCH(QStringList, owned);
    QFETCH(LicenceModel, model);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, mentioned);

    const QStringList trace = Rules::explain(record, overrides, ownedDomains(owned), model);
    QStringList tags;
    for (const QString &step : trace)
        tags << step.section(u':', 0, 0);
    QCOMPARE(tags, steps);
    const QString all = trace.join(u'\n');
    for (const QString &word : mentioned)
        QVERIFY2(all.contains(word), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(word, all)));
}

// R5.1: a record of a tenant of kind `it` is an IT user whatever its flags and the administrator's decisions say.
void TestRules::tenantStatus_data()
{
    QTest::addColumn<UserRecord>("record");
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");

    const Rec plain = Rec().username(QStringLiteral("ana")).email(QStringLiteral("ana@acme.com"));
    QTest::newRow("default tenant counts") << UserRecord(plain) << Overrides() << "default" << "counted";
    QTest::newRow("app tenant counts") << UserRecord(plain) << Overrides() << "app" << "counted";
    QTest::newRow("IT tenant: it_user") << UserRecord(plain) << Overrides() << "it" << "it_user";
    QTest::newRow("IT tenant beats inactive") << UserRecord(Rec(plain).inactive()) << Overrides() << "it" << "it_user";
    QTest::newRow("IT tenant beats anonymous") << UserRecord(Rec::bare()) << Overrides() << "it" << "it_user";
    QTest::newRow("IT tenant beats a cleared IT flag")
        << UserRecord(Rec(plain).itUser()) << ov(false, {}) << "it" << "it_user";
    QTest::newRow("app tenant keeps the IT flag") << UserRecord(Rec(plain).itUser()) << Overrides() << "app" << "it_user";
    QTest::newRow("app tenant keeps inactive") << UserRecord(Rec(plain).inactive()) << Overrides() << "app" << "inactive";
}

void TestRules::tenantStatus()
{
    QFETCH(UserRecord, record);
    QFETCH(Overrides, overrides);
    QFETCH(QString, kind);
    QFETCH(QString, status);

    const auto k = tenantKindFromString(kind);
    QVERIFY(k);
    QCOMPARE(toString(Rules::status(record, overrides, *k)), status);
    QCOMPARE(toString(Rules::facts(record, overrides, *k).status), status);
    const QStringList steps = Rules::explain(record, overrides, {}, LicenceModel::InternalExternal, *k);
    QCOMPARE(steps.join(u'\n').contains(QStringLiteral("IT users' tenant")), *k == TenantKind::It);
}

void TestRules::tenantKinds()
{
    // The numeric values are stored in workspaces: they must never change.
    const QStringList names = {QStringLiteral("default"), QStringLiteral("app"), QStringLiteral("it")};
    for (int i = 0; i < names.size(); ++i) {
        const auto k = tenantKindFromString(names[i]);
        QVERIFY(k);
        QCOMPARE(int(*k), i);
        QCOMPARE(toString(*k), names[i]);
    }
    QVERIFY(!tenantKindFromString(QStringLiteral("App")));
    QVERIFY(!tenantKindFromString(QString()));

    // R6 pools: every default tenant shares one; each app tenant is its own, also one named like the shared pool.
    TenantKinds kinds;
    kinds.set(QStringLiteral("a1"), TenantKind::App);
    kinds.set(QStringLiteral("a2"), TenantKind::App);
    kinds.set(QStringLiteral("svc"), TenantKind::It);
    kinds.set(QStringLiteral(""), TenantKind::App);
    QCOMPARE(toString(kinds.kind(QStringLiteral("7"))), QStringLiteral("default"));
    QCOMPARE(toString(kinds.kind(QStringLiteral("svc"))), QStringLiteral("it"));
    QCOMPARE(kinds.usernamePool(QStringLiteral("1")), kinds.usernamePool(QStringLiteral("2")));
    QVERIFY(kinds.usernamePool(QStringLiteral("a1")) != kinds.usernamePool(QStringLiteral("a2")));
    QVERIFY(kinds.usernamePool(QStringLiteral("a1")) != kinds.usernamePool(QStringLiteral("1")));
    QVERIFY(kinds.usernamePool(QString()) != kinds.usernamePool(QStringLiteral("1")));
    kinds.set(QStringLiteral("a1"), TenantKind::Default);
    QCOMPARE(kinds.usernamePool(QStringLiteral("a1")), kinds.usernamePool(QStringLiteral("1")));
    QCOMPARE(kinds.explicitKinds().size(), 3);
}

void TestRules::platformVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("merges");   // R12: de-duplicates over default tenants
    QTest::addColumn<bool>("named");    // before 11.7.0

    QTest::newRow("11.20.1") << "11.20.1" << true << true << false;
    QTest::newRow("11.11.3") << "11.11.3" << true << true << false;
    QTest::newRow("11.11.2") << "11.11.2" << true << false << false;
    QTest::newRow("11.11") << "11.11" << true << false << false;
    QTest::newRow("11.12") << "11.12" << true << true << false;
    QTest::newRow("11.9.0") << "11.9.0" << true << false << false;
    QTest::newRow("11.7.0") << "11.7.0" << true << false << false;
    QTest::newRow("11.6.9") << "11.6.9" << true << false << true;
    QTest::newRow("10") << "10" << true << false << true;
    QTest::newRow("12.0.0.1") << "12.0.0.1" << true << true << false;
    QTest::newRow("blanks around") << " 11.20.1 " << true << true << false;
    QTest::newRow("empty") << "" << false << true << false;
    QTest::newRow("letters") << "11.x" << false << true << false;
    QTest::newRow("empty part") << "11..3" << false << true << false;
    QTest::newRow("five parts") << "1.2.3.4.5" << false << true << false;
    QTest::newRow("sign") << "-11.2" << false << true << false;
}

void TestRules::platformVersion()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, merges);
    QFETCH(bool, named);

    const auto v = PlatformVersion::parse(text);
    QCOMPARE(v.has_value(), valid);
    // Unset (or unreadable, which callers refuse) means 11.11.3 or later.
    QCOMPARE(platformMergesDefaultTenants(v), merges);
    if (v) {
        QCOMPARE(v->usesNamedModel(), named);
        QCOMPARE(v->toString(), text.trimmed());
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
