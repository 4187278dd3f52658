#include "ExportGenerator.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hc {

namespace {

struct NamePart
{
    const char *display; // UTF-8, as shown
    const char *ascii;   // how the person spells it in an address or user name
};

// A mix of scripts and diacritics as found in a multinational's user table.
const NamePart FirstNames[] = {
    {"Ana", "ana"}, {"José", "jose"}, {"João", "joao"}, {"Zoë", "zoe"}, {"Chloé", "chloe"}, {"François", "francois"},
    {"Céline", "celine"}, {"Jürgen", "juergen"}, {"Günther", "guenther"}, {"Björn", "bjoern"}, {"Søren", "soeren"},
    {"Åsa", "asa"}, {"Łukasz", "lukasz"}, {"Małgorzata", "malgorzata"}, {"Jiří", "jiri"}, {"Nuria", "nuria"},
    {"Íñigo", "inigo"}, {"Sinéad", "sinead"}, {"Siobhán", "siobhan"}, {"Ólafur", "olafur"}, {"Þóra", "thora"},
    {"Ayşe", "ayse"}, {"Çağlar", "caglar"}, {"Mehmet", "mehmet"}, {"Αλέξανδρος", "alexandros"}, {"Μαρία", "maria"},
    {"Иван", "ivan"}, {"Ольга", "olga"}, {"Дмитрий", "dmitry"}, {"伟", "wei"}, {"秀英", "xiuying"}, {"陽翔", "haruto"},
    {"さくら", "sakura"}, {"민준", "minjun"}, {"محمد", "mohammed"}, {"فاطمة", "fatima"}, {"דוד", "david"},
    {"Noémie", "noemie"}, {"Hélène", "helene"}, {"Renée", "renee"}, {"André", "andre"}, {"Inês", "ines"},
    {"Conceição", "conceicao"}, {"Cecília", "cecilia"}, {"Mário", "mario"}, {"Thiago", "thiago"}, {"Luís", "luis"},
    {"Ángel", "angel"}, {"Sofía", "sofia"}, {"Lucía", "lucia"}, {"Mateo", "mateo"}, {"Emma", "emma"},
    {"Olivia", "olivia"}, {"Liam", "liam"}, {"Noah", "noah"}, {"Amelia", "amelia"}, {"Oliver", "oliver"},
    {"Harry", "harry"}, {"Isla", "isla"}, {"Jack", "jack"}, {"Mia", "mia"}, {"Lukas", "lukas"}, {"Leon", "leon"},
    {"Finn", "finn"}, {"Hannah", "hannah"}, {"Lea", "lea"}, {"Jonas", "jonas"}, {"Marie", "marie"}, {"Felix", "felix"},
    {"Paul", "paul"}, {"Anna", "anna"}, {"Laura", "laura"}, {"Julia", "julia"}, {"Sarah", "sarah"},
    {"Michael", "michael"}, {"Thomas", "thomas"}, {"Andreas", "andreas"}, {"Stefan", "stefan"},
    {"Christian", "christian"}, {"Daniel", "daniel"}, {"Martin", "martin"}, {"Peter", "peter"}, {"Sabine", "sabine"},
    {"Claudia", "claudia"}, {"Monika", "monika"}, {"Susanne", "susanne"}, {"Petra", "petra"}, {"Giulia", "giulia"},
    {"Francesco", "francesco"}, {"Alessandro", "alessandro"}, {"Chiara", "chiara"}, {"Matteo", "matteo"},
    {"Sven", "sven"}, {"Ingrid", "ingrid"}, {"Astrid", "astrid"}, {"Lars", "lars"}, {"Mikko", "mikko"},
    {"Aino", "aino"}, {"Piotr", "piotr"}, {"Katarzyna", "katarzyna"}, {"Tomáš", "tomas"}, {"Zsófia", "zsofia"},
    {"Bálint", "balint"}, {"Ioana", "ioana"}, {"Priya", "priya"}, {"Arjun", "arjun"}, {"Aarav", "aarav"},
    {"Ananya", "ananya"}, {"Chidi", "chidi"}, {"Amara", "amara"}, {"Kwame", "kwame"}, {"Yaw", "yaw"}, {"Kofi", "kofi"},
    {"Aroha", "aroha"}, {"Nguyệt", "nguyet"}, {"Minh", "minh"}, {"Linh", "linh"}, {"Sebastián", "sebastian"},
    {"Valentina", "valentina"}, {"Camila", "camila"}, {"Benjamín", "benjamin"}, {"Gabriel", "gabriel"},
    {"Rafael", "rafael"}, {"Beatriz", "beatriz"}, {"Margarida", "margarida"}, {"Tiago", "tiago"}, {"Filipa", "filipa"},
    {"Ebba", "ebba"}, {"Maja", "maja"}, {"Elif", "elif"}, {"Zeynep", "zeynep"}, {"Yusuf", "yusuf"}, {"Omar", "omar"},
    {"Layla", "layla"}, {"Noa", "noa"}, {"Ariel", "ariel"}, {"Kai", "kai"}, {"Robin", "robin"}, {"Alex", "alex"},
    {"Sam", "sam"},
};

const NamePart LastNames[] = {
    {"Müller", "mueller"}, {"Schröder", "schroeder"}, {"Weiß", "weiss"}, {"Groß", "gross"}, {"Dvořák", "dvorak"},
    {"Nowak", "nowak"}, {"Wiśniewski", "wisniewski"}, {"Kowalczyk", "kowalczyk"}, {"García", "garcia"},
    {"Martínez", "martinez"}, {"Núñez", "nunez"}, {"Peña", "pena"}, {"Gonçalves", "goncalves"},
    {"Magalhães", "magalhaes"}, {"Conceição", "conceicao"}, {"Lefèvre", "lefevre"}, {"Béranger", "beranger"},
    {"Østergaard", "oestergaard"}, {"Ångström", "angstrom"}, {"Þórsson", "thorsson"}, {"Öztürk", "ozturk"},
    {"Yılmaz", "yilmaz"}, {"Şahin", "sahin"}, {"Παπαδόπουλος", "papadopoulos"}, {"Ιωάννου", "ioannou"},
    {"Иванов", "ivanov"}, {"Смирнова", "smirnova"}, {"Кузнецов", "kuznetsov"}, {"王", "wang"}, {"李", "li"},
    {"张", "zhang"}, {"佐藤", "sato"}, {"鈴木", "suzuki"}, {"김", "kim"}, {"박", "park"}, {"حداد", "haddad"}, {"כהן", "cohen"},
    {"O'Brien", "obrien"}, {"D'Angelo", "dangelo"}, {"van den Berg", "vandenberg"}, {"de Vries", "devries"},
    {"de Boer", "deboer"}, {"Smith", "smith"}, {"Johnson", "johnson"}, {"Brown", "brown"}, {"Williams", "williams"},
    {"Jones", "jones"}, {"Miller", "miller"}, {"Davis", "davis"}, {"Wilson", "wilson"}, {"Taylor", "taylor"},
    {"Anderson", "anderson"}, {"Thomas", "thomas"}, {"Moore", "moore"}, {"Martin", "martin"}, {"Jackson", "jackson"},
    {"Thompson", "thompson"}, {"White", "white"}, {"Harris", "harris"}, {"Clark", "clark"}, {"Lewis", "lewis"},
    {"Walker", "walker"}, {"Hall", "hall"}, {"Young", "young"}, {"King", "king"}, {"Wright", "wright"},
    {"Schmidt", "schmidt"}, {"Schneider", "schneider"}, {"Fischer", "fischer"}, {"Meyer", "meyer"},
    {"Wagner", "wagner"}, {"Becker", "becker"}, {"Hoffmann", "hoffmann"}, {"Koch", "koch"}, {"Richter", "richter"},
    {"Klein", "klein"}, {"Wolf", "wolf"}, {"Neumann", "neumann"}, {"Schwarz", "schwarz"}, {"Zimmermann", "zimmermann"},
    {"Braun", "braun"}, {"Krüger", "krueger"}, {"Hofmann", "hofmann"}, {"Hartmann", "hartmann"}, {"Lange", "lange"},
    {"Werner", "werner"}, {"Krause", "krause"}, {"Lehmann", "lehmann"}, {"Köhler", "koehler"}, {"Silva", "silva"},
    {"Santos", "santos"}, {"Ferreira", "ferreira"}, {"Pereira", "pereira"}, {"Oliveira", "oliveira"},
    {"Costa", "costa"}, {"Rodrigues", "rodrigues"}, {"Martins", "martins"}, {"Sousa", "sousa"},
    {"Fernandes", "fernandes"}, {"Lopes", "lopes"}, {"Marques", "marques"}, {"Almeida", "almeida"},
    {"Ribeiro", "ribeiro"}, {"Pinto", "pinto"}, {"Carvalho", "carvalho"}, {"Teixeira", "teixeira"},
    {"Moreira", "moreira"}, {"Correia", "correia"}, {"Mendes", "mendes"}, {"Nunes", "nunes"}, {"Dubois", "dubois"},
    {"Durand", "durand"}, {"Leroy", "leroy"}, {"Moreau", "moreau"}, {"Simon", "simon"}, {"Laurent", "laurent"},
    {"Lefebvre", "lefebvre"}, {"Michel", "michel"}, {"Fontaine", "fontaine"}, {"Rossi", "rossi"}, {"Russo", "russo"},
    {"Ferrari", "ferrari"}, {"Esposito", "esposito"}, {"Bianchi", "bianchi"}, {"Romano", "romano"},
    {"Colombo", "colombo"}, {"Ricci", "ricci"}, {"Jansen", "jansen"}, {"Bakker", "bakker"}, {"Visser", "visser"},
    {"Mulder", "mulder"}, {"Nielsen", "nielsen"}, {"Hansen", "hansen"}, {"Pedersen", "pedersen"},
    {"Johansson", "johansson"}, {"Karlsson", "karlsson"}, {"Nilsson", "nilsson"}, {"Eriksson", "eriksson"},
    {"Virtanen", "virtanen"}, {"Mäkinen", "makinen"}, {"Kowalski", "kowalski"}, {"Zieliński", "zielinski"},
    {"Szabó", "szabo"}, {"Nagy", "nagy"}, {"Tóth", "toth"}, {"Horváth", "horvath"}, {"Novák", "novak"},
    {"Svoboda", "svoboda"}, {"Popescu", "popescu"}, {"Ionescu", "ionescu"}, {"Patel", "patel"}, {"Sharma", "sharma"},
    {"Singh", "singh"}, {"Kumar", "kumar"}, {"Gupta", "gupta"}, {"Khan", "khan"}, {"Nguyễn", "nguyen"},
    {"Trần", "tran"}, {"Lê", "le"}, {"Tanaka", "tanaka"}, {"Watanabe", "watanabe"}, {"Okafor", "okafor"},
    {"Adeyemi", "adeyemi"}, {"Mensah", "mensah"}, {"Nasser", "nasser"}, {"Levi", "levi"}, {"Figueiredo", "figueiredo"},
    {"Schwanbeck", "schwanbeck"},
};

const char *const Nicknames[] = {"Bob", "Liz", "Sam", "Max", "Kim", "Jo", "Bea", "Tom"};

constexpr int FirstCount = int(sizeof(FirstNames) / sizeof(FirstNames[0]));
constexpr int LastCount = int(sizeof(LastNames) / sizeof(LastNames[0]));

struct WeightedName
{
    const char *domain;
    int weight;
};

// Owned domains as they appear in addresses (the manifest lists them as an administrator typed them).
const WeightedName OwnedDomains[] = {
    {"acme.com", 50}, {"acme.de", 25}, {"sales.acme.com", 10}, {"acme-holding.com", 10}, {"münchen-acme.de", 5},
};

const WeightedName FreeMailDomains[] = {
    {"gmail.com", 300}, {"outlook.com", 110}, {"hotmail.com", 90}, {"yahoo.com", 70}, {"web.de", 50},
    {"gmx.de", 45}, {"icloud.com", 40}, {"yahoo.fr", 25}, {"orange.fr", 20}, {"t-online.de", 20},
    {"gmx.net", 18}, {"hotmail.co.uk", 15}, {"live.com", 15}, {"proton.me", 12}, {"aol.com", 10}, {"sapo.pt", 10},
    {"libero.it", 10}, {"free.fr", 10}, {"mail.ru", 10}, {"yandex.ru", 8}, {"qq.com", 8}, {"163.com", 6},
    {"naver.com", 6}, {"seznam.cz", 5}, {"wp.pl", 5}, {"o2.pl", 4}, {"uol.com.br", 4}, {"bol.com.br", 3},
    {"rediffmail.com", 3}, {"posteo.de", 3},
};

// The most common partners and customers first: the long tail draws low indexes most often.
const char *const TopCompanyDomains[] = {
    "contoso.example", "fabrikam.co.uk", "partner-logistics.com", "globex.io", "bücher-partner.de", "initech.com",
    "umbrella-corp.com", "wayne-enterprises.com", "stark-industries.com", "northwind.example",
};
const char *const Syllables[] = {
    "ac", "bel", "cor", "dan", "el", "fab", "glo", "hel", "in", "jun", "kal", "lum", "mar", "nor", "or", "pal",
    "quan", "ros", "sol", "tel", "um", "ver", "wal", "xen", "yor", "zen", "bex", "tri", "nova", "alp", "bri", "cas",
    "dor", "eri", "fin", "gar", "hor", "ist", "jas", "kor",
};
const char *const UnicodeStems[] = {
    "bücher", "müller-bau", "café-lumière", "økonomi", "zürich-versicherung", "señal", "ärzte", "göteborg-hamn",
    "kraków-soft", "smørrebrød", "île-conseil", "łódź-logistyka", "straße-und-bau", "créditos", "niño-juguetes",
};
const char *const CompanySuffixes[] = {
    "", "", "", "tech", "soft", "-logistics", "-partners", "-consulting", "group", "-bank", "-health", "-energy",
    "labs", "-systems", "-media", "-foods", "-retail", "-insurance", "-motors", "-pharma", "-capital", "-services",
};
const char *const Tlds[] = {
    "com", "com", "com", "de", "co.uk", "fr", "io", "nl", "pt", "es", "it", "ch", "at", "be", "se", "dk", "pl",
    "com.br", "us", "net", "org", "eu", "ie", "fi", "no", "cz", "ca", "com.au", "co.jp", "in",
};
const char *const SharedMailboxes[] = {"reception", "frontdesk", "helpdesk", "info", "office", "service"};

template<typename T, int N>
constexpr int countOf(const T (&)[N])
{
    return N;
}

constexpr int CompanyDomainCount = 8000;
constexpr quint32 SecondaryBit = 0x80000000u;

enum class Kind : quint8 { Regular, PhoneOnly, UsernameIsEmail, InvalidEmail, SharedMailbox, Anonymous };
enum PersonFlag : quint8 { ItUser = 1, SecondTenant = 2, HasPhone = 4, HasExternalId = 8, NoPassword = 16 };
enum class Group : quint8 { Owned, FreeMail, Company };

struct Person
{
    quint64 extra = 0;    // random bits: phone number, external id, invalid e-mail pattern
    qint32 domain = -1;   // index into the domain table, -1: none
    quint16 first = 0;
    quint16 last = 0;
    quint16 created = 0;  // day index
    Kind kind = Kind::Regular;
    quint8 flags = 0;
};

struct Domain
{
    QByteArray lower;
    QByteArray upper;
    QByteArray title; // first letter upper case, as people type "Acme.com"
    QByteArray ace;   // xn-- form; equal to lower for ASCII domains
    Group group = Group::Company;
};

// Everything the runtime writers share, read-only once built.
struct World
{
    QVector<Domain> domains;
    int freeMailStart = 0;
    int companyStart = 0;
    QVector<int> ownedCumulative;
    QVector<int> freeCumulative;
    QVector<Person> people;
    QVector<QVector<quint32>> lists; // per runtime: person index, | SecondaryBit when not the person's first runtime
    QVector<QByteArray> days;        // "YYYY-MM-DD" per day index
    int firstLoginDay = 0;           // logins of active people fall mostly after this day
};

const QDate FirstDay(2015, 1, 1);
const QDate LastDay(2026, 11, 30);

QByteArray asciiUpper(QByteArray s)
{
    for (char &c : s) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return s;
}

Domain makeDomain(const QByteArray &utf8, Group group)
{
    Domain d;
    const QString text = QString::fromUtf8(utf8);
    d.lower = utf8;
    d.upper = text.toUpper().toUtf8();
    d.title = (text.left(1).toUpper() + text.mid(1)).toUtf8();
    d.ace = QUrl::toAce(text);
    if (d.ace.isEmpty())
        d.ace = utf8;
    d.group = group;
    return d;
}

QVector<int> cumulative(const WeightedName *names, int count)
{
    QVector<int> c;
    int sum = 0;
    for (int i = 0; i < count; ++i) {
        sum += names[i].weight;
        c.append(sum);
    }
    return c;
}

int pickWeighted(QRandomGenerator &rng, const QVector<int> &cum)
{
    const int x = int(rng.bounded(quint32(cum.last())));
    return int(std::upper_bound(cum.begin(), cum.end(), x) - cum.begin());
}

void buildDomains(QRandomGenerator &rng, World &w)
{
    for (const WeightedName &d : OwnedDomains)
        w.domains.append(makeDomain(d.domain, Group::Owned));
    w.ownedCumulative = cumulative(OwnedDomains, countOf(OwnedDomains));
    w.freeMailStart = w.domains.size();
    for (const WeightedName &d : FreeMailDomains)
        w.domains.append(makeDomain(d.domain, Group::FreeMail));
    w.freeCumulative = cumulative(FreeMailDomains, countOf(FreeMailDomains));
    w.companyStart = w.domains.size();

    QSet<QByteArray> seen;
    for (const Domain &d : std::as_const(w.domains))
        seen.insert(d.lower);
    for (const char *d : TopCompanyDomains) {
        seen.insert(d);
        w.domains.append(makeDomain(d, Group::Company));
    }
    while (w.domains.size() - w.companyStart < CompanyDomainCount) {
        QByteArray stem;
        if (rng.bounded(50) == 0) {
            stem = UnicodeStems[rng.bounded(countOf(UnicodeStems))];
        } else {
            const int syllables = 2 + (rng.bounded(4) == 0 ? 1 : 0);
            for (int i = 0; i < syllables; ++i)
                stem += Syllables[rng.bounded(countOf(Syllables))];
        }
        const QByteArray name = stem + CompanySuffixes[rng.bounded(countOf(CompanySuffixes))] + '.'
            + Tlds[rng.bounded(countOf(Tlds))];
        if (seen.contains(name))
            continue;
        seen.insert(name);
        w.domains.append(makeDomain(name, Group::Company));
    }
}

int pickDomain(QRandomGenerator &rng, const World &w)
{
    // Owned for about 31 % of those with an address; with the people who have no valid address (internal by R4)
    // about 35 % of records classify as internal.
    if (rng.bounded(100) < 31)
        return pickWeighted(rng, w.ownedCumulative);
    if (rng.bounded(100) < 45)
        return w.freeMailStart + pickWeighted(rng, w.freeCumulative);
    // A long tail: the cube of a uniform variable favours the first companies strongly and still reaches thousands.
    const double u = rng.generateDouble();
    const int index = std::min(CompanyDomainCount - 1, int(CompanyDomainCount * u * u * u));
    return w.companyStart + index;
}

Person drawPerson(QRandomGenerator &rng, const World &w)
{
    Person p;
    const quint32 u = rng.bounded(10000);
    if (u < 130)
        p.kind = Kind::Anonymous; // single-runtime persons: ~1 % of records
    else if (u < 160)
        p.kind = Kind::SharedMailbox;
    else if (u < 460)
        p.kind = Kind::PhoneOnly;
    else if (u < 960)
        p.kind = Kind::UsernameIsEmail;
    else if (u < 1160)
        p.kind = Kind::InvalidEmail;
    p.first = quint16(rng.bounded(FirstCount));
    p.last = quint16(rng.bounded(LastCount));
    if (p.kind == Kind::Regular || p.kind == Kind::UsernameIsEmail || p.kind == Kind::InvalidEmail)
        p.domain = pickDomain(rng, w);
    else if (p.kind == Kind::SharedMailbox)
        p.domain = pickWeighted(rng, w.ownedCumulative);
    // Created between 2018-01-01 and 2026-06-30.
    static const int createdFrom = int(FirstDay.daysTo(QDate(2018, 1, 1)));
    static const int createdTo = int(FirstDay.daysTo(QDate(2026, 6, 30)));
    p.created = quint16(createdFrom + int(rng.bounded(createdTo - createdFrom)));
    const bool person = p.kind != Kind::Anonymous && p.kind != Kind::SharedMailbox;
    if (person && rng.bounded(100) == 0)
        p.flags |= ItUser;
    if (rng.bounded(100) < 5)
        p.flags |= SecondTenant;
    if (p.kind == Kind::PhoneOnly || (person && rng.bounded(100) < 35))
        p.flags |= HasPhone;
    if (person && rng.bounded(10) == 0)
        p.flags |= HasExternalId;
    if (!person || rng.bounded(100) == 0)
        p.flags |= NoPassword; // anonymous and shared accounts, and a few single-sign-on users
    p.extra = rng.generate64();
    return p;
}

void appendNumber(QByteArray &out, quint64 n)
{
    char buf[24];
    int i = int(sizeof buf);
    do {
        buf[--i] = char('0' + n % 10);
        n /= 10;
    } while (n);
    out.append(buf + i, qsizetype(sizeof buf) - i);
}

void appendTwo(QByteArray &out, int n)
{
    const char two[2] = {char('0' + n / 10), char('0' + n % 10)};
    out.append(two, 2);
}

void appendTime(QByteArray &out, quint32 secondOfDay, char separator)
{
    out.append(separator);
    appendTwo(out, int(secondOfDay / 3600));
    out.append(':');
    appendTwo(out, int(secondOfDay / 60 % 60));
    out.append(':');
    appendTwo(out, int(secondOfDay % 60));
}

void appendHex(QByteArray &out, quint64 bits, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i)
        out.append(hex[(bits >> (4 * i)) & 0xf]);
}

// One record, as text fields, reused from row to row to avoid allocations.
struct Row
{
    quint64 id = 0;
    QByteArray name, username, password, email, phone, externalId, created, lastLogin;
    int active = 1; // 1, 0, or -1 for an empty cell (meaning true)
    bool itUser = false;
    bool secondTenant = false;

    void clear()
    {
        for (QByteArray *f : {&name, &username, &password, &email, &phone, &externalId, &created, &lastLogin})
            f->resize(0);
    }
};

struct Spelling
{
    const char *yes;
    const char *no;
};
const Spelling BooleanSpellings[] = {{"True", "False"}, {"1", "0"}, {"yes", "no"}, {"true", "false"},
                                     {"Y", "N"},        {"TRUE", "FALSE"}};

class RuntimeWriter
{
public:
    RuntimeWriter(const World &world, const GeneratorOptions &options, int runtime)
        : m_world(world)
        , m_options(options)
        , m_runtimeName(ExportGenerator::runtimeName(runtime).toUtf8())
        , m_bool(BooleanSpellings[runtime % countOf(BooleanSpellings)])
        , m_rng(makeGenerator(options.seed, runtime))
    {
    }

    // Writes the file; returns an error message, empty on success.
    QString write(const QString &path, QVector<quint32> list, GeneratorStats &stats, qint64 &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        // The runtime's own order: persons were assigned in creation order across runtimes.
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[qsizetype(m_rng.bounded(quint32(i + 1)))]);

        const bool json = m_options.format == GeneratorOptions::Format::Json;
        m_out.reserve(1 << 21);
        if (json)
            m_out.append("[\n");
        else
            m_out.append("\xEF\xBB\xBFId,Name,Username,Password,Email,MobilePhone,External_Id,Creation_Date,Last_Login,"
                         "Is_Active,Tenant_Id,Is_IT_User\r\n");
        quint64 id = 1 + m_rng.bounded(500);
        for (qsizetype i = 0; i < list.size(); ++i) {
            // Deleted users leave gaps in the ids.
            id += 1 + (m_rng.bounded(16) == 0 ? m_rng.bounded(1, 6) : 0);
            makeRow(list[i], id, stats);
            if (json)
                writeJson(i + 1 < list.size());
            else
                writeCsv();
            if (m_out.size() >= (1 << 20) && !flush(file))
                return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        }
        if (json)
            m_out.append("]\n");
        if (!flush(file))
            return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        bytes = file.size();
        file.close();
        return {};
    }

private:
    static QRandomGenerator makeGenerator(quint32 seed, int runtime)
    {
        const quint32 seeds[2] = {seed, quint32(runtime + 1)};
        return QRandomGenerator(seeds, 2);
    }

    bool flush(QFile &file)
    {
        const bool ok = file.write(m_out) == m_out.size();
        m_out.resize(0);
        return ok;
    }

    bool chance(int perMille) { return m_rng.bounded(1000) < perMille; }

    void appendLocal(QByteArray &out, const Person &p, quint32 personIndex)
    {
        out.append(FirstNames[p.first].ascii);
        out.append('.');
        out.append(LastNames[p.last].ascii);
        appendNumber(out, personIndex + 1);
    }

    // The person's address, spelled the way a user typed it into this runtime.
    void appendAddress(QByteArray &out, const Person &p, quint32 personIndex, bool secondary)
    {
        const Domain &d = m_world.domains.at(p.domain);
        const quint32 v = m_rng.bounded(1000);
        QByteArray local;
        appendLocal(local, p, personIndex);
        if (v < 780) {
            out.append(local).append('@').append(d.lower);
        } else if (v < 860) {
            out.append(asciiUpper(local)).append('@').append(d.upper);
        } else if (v < 920) {
            local[0] = char(local[0] - 'a' + 'A');
            out.append(local).append('@').append(d.title);
        } else if (v < 950) {
            out.append(local).append('@').append(d.upper);
        } else if (v < 970) {
            out.append(local).append('@').append(d.lower).append('.');
        } else if (v < 985) {
            out.append("  ").append(local).append('@').append(d.lower).append(' ');
        } else {
            out.append(local).append('@').append(d.ace);
        }
        if (secondary && chance(50))
            out.append(' ');
    }

    void appendUsername(QByteArray &out, const Person &p, quint32 personIndex, bool secondary)
    {
        if (secondary && chance(150)) {
            // Another naming convention on this runtime: the same person, a different user name.
            out.append(FirstNames[p.first].ascii).append('.').append(LastNames[p.last].ascii).append('.');
            appendNumber(out, personIndex + 1);
            return;
        }
        const qsizetype start = out.size();
        out.append(FirstNames[p.first].ascii[0]);
        out.append(LastNames[p.last].ascii);
        appendNumber(out, personIndex + 1);
        if (secondary && chance(50))
            out[start] = char(out[start] - 'a' + 'A'); // R6 compares user names case-insensitively
    }

    void appendInvalidEmail(QByteArray &out, const Person &p, quint32 personIndex)
    {
        const Domain &d = m_world.domains.at(p.domain);
        switch ((p.extra >> 40) % 9) {
        case 0: out.append("none"); break;
        case 1: out.append("n/a"); break;
        case 2: out.append("-"); break;
        case 3: appendLocal(out, p, personIndex); break;
        case 4: appendLocal(out, p, personIndex); out.append('@'); break;
        case 5:
            out.append(FirstNames[p.first].ascii)
                .append(' ')
                .append(LastNames[p.last].ascii)
                .append('@')
                .append(d.lower);
            break;
        case 6: out.append('@').append(d.lower); break;
        case 7: appendLocal(out, p, personIndex); out.append("@localhost"); break;
        default: appendLocal(out, p, personIndex); out.append("@-").append(d.lower); break;
        }
    }

    void appendDate(QByteArray &out, int day)
    {
        out.append(m_world.days.at(std::clamp(day, 0, int(m_world.days.size()) - 1)));
    }

    void makeRow(quint32 entry, quint64 id, GeneratorStats &stats)
    {
        const bool secondary = entry & SecondaryBit;
        const quint32 index = entry & ~SecondaryBit;
        const Person &p = m_world.people.at(index);
        Row &r = m_row;
        r.clear();
        r.id = id;
        ++stats.records;

        // Name
        if (p.kind == Kind::Anonymous) {
            // no personal data
        } else if (p.kind == Kind::SharedMailbox) {
            r.name.append("Front desk ");
            appendNumber(r.name, index % 97 + 1);
        } else {
            const NamePart &f = FirstNames[p.first];
            const NamePart &l = LastNames[p.last];
            const quint32 v = m_rng.bounded(10000);
            if (v < 10) {
                r.name.append(l.display).append(", ").append(f.display);
                ++stats.quotedName;
            } else if (v < 15) {
                r.name.append(f.display).append(" \"").append(Nicknames[index % countOf(Nicknames)]).append("\" ")
                    .append(l.display);
                ++stats.quotedName;
            } else {
                r.name.append(f.display).append(' ').append(l.display);
            }
            for (char c : std::as_const(r.name)) {
                if (uchar(c) >= 0x80) {
                    ++stats.unicodeName;
                    break;
                }
            }
        }

        // Username and Email
        bool hasAddress = false;
        switch (p.kind) {
        case Kind::Regular:
            appendUsername(r.username, p, index, secondary);
            appendAddress(r.email, p, index, secondary);
            hasAddress = true;
            break;
        case Kind::PhoneOnly:
            appendUsername(r.username, p, index, secondary);
            ++stats.phoneOnly;
            break;
        case Kind::UsernameIsEmail:
            if (secondary && chance(300)) {
                // The address moved from Username to Email on this runtime: still one person by R2 and R6.
                appendUsername(r.username, p, index, false);
                appendAddress(r.email, p, index, secondary);
            } else {
                appendAddress(r.username, p, index, secondary);
                ++stats.usernameIsEmail;
            }
            hasAddress = true;
            break;
        case Kind::InvalidEmail:
            appendUsername(r.username, p, index, secondary);
            appendInvalidEmail(r.email, p, index);
            ++stats.invalidEmail;
            break;
        case Kind::SharedMailbox: {
            r.username.append("frontdesk");
            appendNumber(r.username, index + 1);
            r.username.append('_').append(m_runtimeName);
            const Domain &d = m_world.domains.at(p.domain);
            const QByteArray box = SharedMailboxes[p.extra % countOf(SharedMailboxes)];
            if (chance(500))
                r.email.append(box).append('@').append(d.lower);
            else
                r.email.append(char(box[0] - 'a' + 'A')).append(box.mid(1)).append('@').append(d.title);
            hasAddress = true;
            ++stats.sharedMailbox;
            break;
        }
        case Kind::Anonymous:
            r.username.append("visitor_");
            appendNumber(r.username, id);
            ++stats.anonymous;
            break;
        }
        if (hasAddress) {
            switch (m_world.domains.at(p.domain).group) {
            case Group::Owned: ++stats.ownedDomain; break;
            case Group::FreeMail: ++stats.freeMail; break;
            case Group::Company: ++stats.companyDomain; break;
            }
        }

        // Password: a bcrypt-like hash, never to be stored by Headcount.
        if (!(p.flags & NoPassword)) {
            static const char alphabet[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            r.password.append("$2a$10$");
            for (int chunk = 0; chunk < 6; ++chunk) {
                quint64 bits = m_rng.generate64();
                for (int i = 0; i < 10 && r.password.size() < 60; ++i, bits >>= 6)
                    r.password.append(alphabet[bits & 63]);
            }
        }

        if (p.flags & HasPhone) {
            r.phone.append('+');
            appendNumber(r.phone, 1 + p.extra % 98);
            r.phone.append(' ');
            appendNumber(r.phone, 100000000 + (p.extra >> 8) % 900000000);
        }
        if (p.flags & HasExternalId) {
            const quint64 more = (p.extra ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
            appendHex(r.externalId, p.extra >> 32, 8);
            r.externalId.append('-');
            appendHex(r.externalId, p.extra >> 16, 4);
            r.externalId.append('-');
            appendHex(r.externalId, p.extra, 4);
            r.externalId.append('-');
            appendHex(r.externalId, more >> 48, 4);
            r.externalId.append('-');
            appendHex(r.externalId, more, 12);
        }

        // Dates
        const int created = p.created + (secondary ? int(m_rng.bounded(300)) : 0);
        appendDate(r.created, created);
        if (chance(950))
            r.created.append(" 00:00:00");
        else
            appendTime(r.created, m_rng.bounded(86400), ' ');

        const bool never = p.kind == Kind::Anonymous || p.kind == Kind::SharedMailbox ? false : chance(40);
        if (p.kind == Kind::Anonymous || never) {
            if (chance(650))
                r.lastLogin.append("1900-01-01 00:00:00");
            if (never)
                ++stats.neverLoggedIn;
        } else {
            const int from = std::max(created, m_world.firstLoginDay);
            const int last = int(m_world.days.size()) - 1;
            const int day = from >= last ? last : from + int(m_rng.bounded(quint32(last - from + 1)));
            appendDate(r.lastLogin, day);
            const quint32 f = m_rng.bounded(10);
            if (f < 4)
                appendTime(r.lastLogin, m_rng.bounded(86400), ' ');
            else if (f < 7) {
                appendTime(r.lastLogin, m_rng.bounded(86400), 'T');
                r.lastLogin.append('Z');
            }
        }

        const quint32 a = m_rng.bounded(1000);
        r.active = a < 30 ? 0 : a < 35 ? -1 : 1;
        if (r.active == 0)
            ++stats.inactive;
        r.itUser = p.flags & ItUser;
        if (r.itUser)
            ++stats.itUser;
        r.secondTenant = p.flags & SecondTenant;
        if (r.secondTenant)
            ++stats.secondTenant;
    }

    void csvField(const QByteArray &f)
    {
        bool quote = false;
        for (char c : f) {
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_out.append(f);
            return;
        }
        m_out.append('"');
        for (char c : f) {
            if (c == '"')
                m_out.append('"');
            m_out.append(c);
        }
        m_out.append('"');
    }

    void writeCsv()
    {
        const Row &r = m_row;
        appendNumber(m_out, r.id);
        m_out.append(',');
        csvField(r.name);
        m_out.append(',');
        csvField(r.username);
        m_out.append(',');
        m_out.append(r.password);
        m_out.append(',');
        csvField(r.email);
        m_out.append(',');
        m_out.append(r.phone);
        m_out.append(',');
        m_out.append(r.externalId);
        m_out.append(',');
        m_out.append(r.created);
        m_out.append(',');
        m_out.append(r.lastLogin);
        m_out.append(',');
        if (r.active >= 0)
            m_out.append(r.active ? m_bool.yes : m_bool.no);
        m_out.append(',');
        if (r.secondTenant)
            m_out.append('2');
        m_out.append(',');
        m_out.append(r.itUser ? m_bool.yes : m_bool.no);
        m_out.append("\r\n");
    }

    void jsonString(const char *key, const QByteArray &value)
    {
        m_out.append("  \"").append(key).append("\": \"");
        for (char c : value) {
            if (c == '"' || c == '\\') {
                m_out.append('\\').append(c);
            } else if (uchar(c) < 0x20) {
                m_out.append("\\u00");
                appendHex(m_out, uchar(c), 2);
            } else {
                m_out.append(c);
            }
        }
        m_out.append("\",\n");
    }

    void writeJson(bool more)
    {
        const Row &r = m_row;
        m_out.append(" {\n  \"Id\": ");
        appendNumber(m_out, r.id);
        m_out.append(",\n");
        jsonString("Name", r.name);
        jsonString("Username", r.username);
        jsonString("Email", r.email);
        jsonString("MobilePhone", r.phone);
        jsonString("External_Id", r.externalId);
        jsonString("Creation_Date", r.created);
        jsonString("Last_Login", r.lastLogin);
        m_out.append("  \"Is_Active\": ").append(r.active == 0 ? "false" : r.active == 1 ? "true" : "null");
        m_out.append(",\n  \"Tenant_Id\": \"").append(r.secondTenant ? "2" : "").append("\",\n");
        m_out.append("  \"Is_IT_User\": ").append(r.itUser ? "true" : "false").append(",\n");
        m_out.append("  \"Password\": \"").append(r.password).append("\"\n }");
        m_out.append(more ? ",\n" : "\n");
    }

    const World &m_world;
    const GeneratorOptions &m_options;
    const QByteArray m_runtimeName;
    const Spelling m_bool;
    QRandomGenerator m_rng;
    QByteArray m_out;
    Row m_row;
};

void add(GeneratorStats &into, const GeneratorStats &s)
{
    into.records += s.records;
    into.ownedDomain += s.ownedDomain;
    into.freeMail += s.freeMail;
    into.companyDomain += s.companyDomain;
    into.phoneOnly += s.phoneOnly;
    into.usernameIsEmail += s.usernameIsEmail;
    into.invalidEmail += s.invalidEmail;
    into.sharedMailbox += s.sharedMailbox;
    into.anonymous += s.anonymous;
    into.neverLoggedIn += s.neverLoggedIn;
    into.inactive += s.inactive;
    into.itUser += s.itUser;
    into.secondTenant += s.secondTenant;
    into.unicodeName += s.unicodeName;
    into.quotedName += s.quotedName;
}

QJsonObject statsToJson(const GeneratorStats &s)
{
    return QJsonObject{
        {QStringLiteral("people"), s.people},
        {QStringLiteral("people_on_two_runtimes"), s.peopleOnTwo},
        {QStringLiteral("people_on_three_runtimes"), s.peopleOnThree},
        {QStringLiteral("records"), s.records},
        {QStringLiteral("owned_domain"), s.ownedDomain},
        {QStringLiteral("free_mail"), s.freeMail},
        {QStringLiteral("company_domain"), s.companyDomain},
        {QStringLiteral("company_domains_used"), s.companyDomainsUsed},
        {QStringLiteral("phone_only"), s.phoneOnly},
        {QStringLiteral("username_is_email"), s.usernameIsEmail},
        {QStringLiteral("invalid_email"), s.invalidEmail},
        {QStringLiteral("shared_mailbox"), s.sharedMailbox},
        {QStringLiteral("anonymous"), s.anonymous},
        {QStringLiteral("never_logged_in"), s.neverLoggedIn},
        {QStringLiteral("inactive"), s.inactive},
        {QStringLiteral("it_user"), s.itUser},
        {QStringLiteral("second_tenant"), s.secondTenant},
        {QStringLiteral("unicode_name"), s.unicodeName},
        {QStringLiteral("quoted_name"), s.quotedName},
    };
}

qint64 roundUp(double value, qint64 step)
{
    return std::max<qint64>(step, qint64(std::ceil(value / double(step))) * step);
}

} // namespace

ExportGenerator::ExportGenerator(GeneratorOptions options)
    : m_options(std::move(options))
{
}

QString ExportGenerator::runtimeName(int index)
{
    static const char *const names[] = {"prod-eu", "prod-us", "prod-apac", "prod-latam",
                                        "prod-uk", "prod-de", "prod-br",   "prod-jp"};
    if (index >= 0 && index < countOf(names))
        return QString::fromLatin1(names[index]);
    return QStringLiteral("prod-%1").arg(index + 1);
}

QStringList ExportGenerator::ownedDomains()
{
    return {QStringLiteral("acme.com"), QStringLiteral("ACME.de"), QStringLiteral("sales.acme.com."),
            QStringLiteral("acme-holding.com"), QStringLiteral("münchen-acme.de")};
}

QString ExportGenerator::largestExternalDomain()
{
    return QString::fromLatin1(FreeMailDomains[0].domain);
}

Result<GeneratedExport> ExportGenerator::generate() const
{
    using R = Result<GeneratedExport>;
    const GeneratorOptions &o = m_options;
    if (o.runtimes < 1)
        return R::failure(QStringLiteral("the number of runtimes must be at least 1"));
    if (o.recordsPerRuntime < 1 || o.recordsPerRuntime * o.runtimes >= qint64(SecondaryBit))
        return R::failure(QStringLiteral("the number of records per runtime must be between 1 and %1")
                              .arg(qint64(SecondaryBit) / o.runtimes - 1));
    if (!QDir().mkpath(o.outDir))
        return R::failure(QStringLiteral("cannot create the folder %1").arg(o.outDir));

    World w;
    QRandomGenerator rng(o.seed);
    buildDomains(rng, w);
    for (QDate d = FirstDay; d <= LastDay; d = d.addDays(1))
        w.days.append(d.toString(Qt::ISODate).toLatin1());
    w.firstLoginDay = int(FirstDay.daysTo(QDate(2025, 1, 1)));

    // Persons, spread over the runtimes until each has its number of records: ~25 % on two or three runtimes.
    w.lists.resize(o.runtimes);
    for (auto &list : w.lists)
        list.reserve(o.recordsPerRuntime);
    QVector<int> open(o.runtimes);
    std::iota(open.begin(), open.end(), 0);
    GeneratorStats stats;
    while (!open.isEmpty()) {
        const Person p = drawPerson(rng, w);
        int k = 1;
        if (p.kind != Kind::Anonymous && p.kind != Kind::SharedMailbox && rng.bounded(100) < 25)
            k = rng.bounded(100) < 30 ? 3 : 2;
        k = std::min(k, int(open.size()));
        const quint32 index = quint32(w.people.size());
        w.people.append(p);
        // k distinct runtimes among the open ones: a partial shuffle of `open`.
        for (int j = 0; j < k; ++j) {
            const int pick = j + int(rng.bounded(quint32(open.size() - j)));
            std::swap(open[j], open[pick]);
            w.lists[open[j]].append(index | (j > 0 ? SecondaryBit : 0));
        }
        if (k == 2)
            ++stats.peopleOnTwo;
        else if (k == 3)
            ++stats.peopleOnThree;
        open.erase(std::remove_if(open.begin(), open.end(),
                                  [&](int r) { return w.lists[r].size() >= o.recordsPerRuntime; }),
                   open.end());
        std::sort(open.begin(), open.end()); // keep the draw independent of the previous swaps' leftovers
    }
    stats.people = w.people.size();

    // Write the runtimes in parallel: each has its own generator, so the bytes do not depend on the schedule.
    const QString extension
        = o.format == GeneratorOptions::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
    GeneratedExport result;
    result.infrastructure = infrastructureName();
    result.domains = ownedDomains();
    result.runtimes.resize(o.runtimes);
    QVector<GeneratorStats> runtimeStats(o.runtimes);
    QVector<QString> errors(o.runtimes);
    {
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        for (int r = 0; r < o.runtimes; ++r) {
            GeneratedRuntime &gr = result.runtimes[r];
            gr.name = runtimeName(r);
            gr.file = QDir(o.outDir).absoluteFilePath(gr.name + u'.' + extension);
            gr.records = w.lists.at(r).size();
            pool.start([&, r] {
                RuntimeWriter writer(w, o, r);
                GeneratedRuntime &out = result.runtimes[r];
                errors[r] = writer.write(out.file, w.lists.at(r), runtimeStats[r], out.bytes);
            });
        }
        pool.waitForDone();
    }
    for (int r = 0; r < o.runtimes; ++r) {
        if (!errors.at(r).isEmpty())
            return R::failure(errors.at(r));
        add(stats, runtimeStats.at(r));
    }

    // Capacities near the expected individuals: internal with headroom, external over its limit, as a compliance
    // console is meant to find.
    QVector<bool> companyUsed(CompanyDomainCount, false);
    qint64 internalPeople = 0;
    qint64 externalPeople = 0;
    for (const Person &p : std::as_const(w.people)) {
        if (p.kind == Kind::Anonymous)
            continue;
        const bool address = p.kind == Kind::Regular || p.kind == Kind::UsernameIsEmail;
        if (address && w.domains.at(p.domain).group != Group::Owned)
            ++externalPeople;
        else
            ++internalPeople;
        if (address && w.domains.at(p.domain).group == Group::Company)
            companyUsed[p.domain - w.companyStart] = true;
    }
    stats.companyDomainsUsed = std::count(companyUsed.begin(), companyUsed.end(), true);
    result.capacityInternal = roundUp(internalPeople * 1.1, 100);
    result.capacityExternal = roundUp(externalPeople * 0.9, 100);
    result.stats = stats;

    QJsonArray runtimes;
    for (const GeneratedRuntime &gr : std::as_const(result.runtimes)) {
        runtimes.append(QJsonObject{
            {QStringLiteral("name"), gr.name},
            {QStringLiteral("file"), QFileInfo(gr.file).fileName()},
            {QStringLiteral("format"), extension},
            {QStringLiteral("encoding"), o.format == GeneratorOptions::Format::Json ? QStringLiteral("utf8")
                                                                                    : QStringLiteral("utf8bom")},
            {QStringLiteral("records"), gr.records},
            {QStringLiteral("bytes"), gr.bytes},
        });
    }
    const QJsonObject manifest{
        {QStringLiteral("profile"), QStringLiteral("bench")},
        {QStringLiteral("seed"), qint64(o.seed)},
        {QStringLiteral("infrastructure"), result.infrastructure},
        {QStringLiteral("model"), QStringLiteral("internal-external")},
        {QStringLiteral("domains"), QJsonArray::fromStringList(result.domains)},
        {QStringLiteral("capacity"),
         QJsonObject{{QStringLiteral("internal"), result.capacityInternal},
                     {QStringLiteral("external"), result.capacityExternal}}},
        {QStringLiteral("runtimes"), runtimes},
        {QStringLiteral("stats"), statsToJson(stats)},
    };
    result.manifest = QDir(o.outDir).absoluteFilePath(QStringLiteral("manifest.json"));
    QFile file(result.manifest);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0)
        return R::failure(QStringLiteral("cannot write %1: %2").arg(result.manifest, file.errorString()));
    return result;
}

} // namespace hc
