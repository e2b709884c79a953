#include "demo/DemoSeeder.h"

#include "common/Logging.h"
#include "db/Database.h"
#include "mail/MailSettings.h"
#include "staff/StaffStore.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <memory>
#include <random>
#include <vector>

namespace helpdesk {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kHistoryDays = 90;

// Tickets written per transaction, and rows per INSERT statement.
constexpr qint64 kSqliteBatch = 25000;
constexpr qint64 kPostgresBatch = 5000;
constexpr qint64 kProgressEvery = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSeeder", text);
}

template <std::size_t N> QStringList translated(const char *const (&texts)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const char *text : texts)
        out.append(tr(text));
    return out;
}

template <std::size_t N> QStringList utf8List(const char *const (&texts)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const char *text : texts)
        out.append(QString::fromUtf8(text));
    return out;
}

// A fixed generator (not QRandomGenerator::global) so one seed always gives the same rows.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    // In [0, n).
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(m_engine() % quint64(n)); }
    // In [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    // In [0, 1).
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

    int weighted(const int *weights, int count)
    {
        qint64 total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        qint64 r = below(total);
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(weights.begin(), int(weights.size()));
    }

private:
    std::mt19937_64 m_engine;
};

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
QVariant maybeTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : nullInt();
}

// Buffers rows and writes them with prepared multi-row INSERTs, reused for every chunk.
class BulkInserter
{
public:
    BulkInserter(QSqlDatabase &db, QString table, QStringList columns, int rowsPerStatement)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
          m_rowsPerStatement(rowsPerStatement)
    {
        m_values.reserve(std::size_t(m_rowsPerStatement * m_columns.size() * 2));
    }

    void add(QVariant value) { m_values.push_back(std::move(value)); }
    qsizetype pendingRows() const { return qsizetype(m_values.size()) / m_columns.size(); }
    void discard() { m_values.clear(); }

    Result<void> flush()
    {
        const qsizetype columns = m_columns.size();
        const qsizetype rows = pendingRows();
        for (qsizetype row = 0; row < rows;) {
            const int n = int(std::min<qsizetype>(m_rowsPerStatement, rows - row));
            auto statement = prepared(n);
            if (!statement)
                return statement.error();
            QSqlQuery &q = *statement.value();
            const std::size_t base = std::size_t(row * columns);
            const int count = int(n * columns);
            for (int i = 0; i < count; ++i)
                q.bindValue(i, m_values[base + std::size_t(i)]);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("INSERT INTO ") + m_table);
            row += n;
        }
        m_values.clear();
        return {};
    }

private:
    Result<QSqlQuery *> prepared(int rows)
    {
        auto it = m_statements.find(rows);
        if (it != m_statements.end())
            return it->second.get();
        QString tuple = QStringLiteral("(?");
        for (qsizetype i = 1; i < m_columns.size(); ++i)
            tuple += QStringLiteral(",?");
        tuple += u')';
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                          .arg(m_table, m_columns.join(QStringLiteral(", ")));
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += u',';
            sql += tuple;
        }
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            return Database::queryError(*q, QStringLiteral("INSERT INTO ") + m_table);
        QSqlQuery *raw = q.get();
        m_statements.emplace(rows, std::move(q));
        return raw;
    }

    QSqlDatabase &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::vector<QVariant> m_values;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
};

// While seeding an SQLite file, skip the fsyncs and keep the indexes in memory; on PostgreSQL,
// lift the per-statement deadline (the final ANALYZE of a million rows may take longer). The
// usual settings come back afterwards, whatever happened.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (Database::dialect(m_db) == Dialect::PostgreSQL) {
            if (q.exec(QStringLiteral("SELECT current_setting('statement_timeout')")) && q.next())
                m_pgStatementTimeout = q.value(0).toString();
            q.exec(QStringLiteral("SET statement_timeout = 0"));
            return;
        }
        m_active = true;
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        q.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    }
    ~BulkLoad()
    {
        QSqlQuery q(m_db);
        if (!m_pgStatementTimeout.isEmpty()) {
            q.prepare(QStringLiteral("SELECT set_config('statement_timeout', ?, false)"));
            q.addBindValue(m_pgStatementTimeout);
            q.exec();
        }
        if (!m_active)
            return;
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA cache_size=-32000"));
    }
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_pgStatementTimeout;
};

// ---- The cast -------------------------------------------------------------------------------

struct StaffSeed
{
    const char *login;
    const char *name;
    StaffRole role;
    bool active;
};

const StaffSeed kStaff[] = {
    {"oliver.b", "Oliver Brandt", StaffRole::Admin, true},
    {"priya.n", "Priya Natarajan", StaffRole::Lead, true},
    {"jonas.w", "Jonas Weber", StaffRole::Lead, true},
    {"maria.k", "Maria Kowalski", StaffRole::Agent, true},
    {"tom.h", "Tom Hughes", StaffRole::Agent, true},
    {"aisha.r", "Aisha Rahman", StaffRole::Agent, true},
    {"lukas.m", "Lukas Meyer", StaffRole::Agent, true},
    {"sofia.g", "Sofia García", StaffRole::Agent, true},
    {"daniel.o", "Daniel Okafor", StaffRole::Agent, true},
    {"mei.l", "Mei Lin", StaffRole::Agent, true},
    {"kwame.a", "Kwame Asante", StaffRole::Agent, true},
    {"elena.p", "Elena Popescu", StaffRole::Agent, true},
    {"raj.s", "Raj Sharma", StaffRole::Agent, true},
    {"hannah.b", "Hannah Berg", StaffRole::Agent, true},
    {"carlos.d", "Carlos Díaz", StaffRole::Agent, true},
    {"yuki.t", "Yuki Tanaka", StaffRole::Agent, true},
    {"fatima.z", "Fatima Zahra", StaffRole::Agent, true},
    {"noah.f", "Noah Fischer", StaffRole::Agent, true},
    {"ines.v", "Inês Vieira", StaffRole::Agent, true},
    // Left the team last month: appears only on older tickets.
    {"peter.j", "Peter Jensen", StaffRole::Agent, false},
};

const char *const kFirstNames[] = {
    "Emma",  "Liam",   "Olivia", "Noah",  "Ava",   "Lucas", "Mia",     "Mateo",  "Zoë",    "Ethan",
    "Chloé", "Ali",    "Fatma",  "Kenji", "Aiko",  "Wei",   "Ling",    "Arjun",  "Ananya", "Tariq",
    "Leila", "Sven",   "Ingrid", "José",  "Lucía", "Marek", "Zofia",   "Dmitri", "Katya",  "Oskar",
    "Freya", "Kofi",   "Amara",  "Ngozi", "Chidi", "Rosa",  "Diego",   "Hana",   "Minh",   "Linh",
    "Anna",  "Ben",    "Clara",  "David", "Elif",  "Farah", "Georg",   "Helena", "Ivan",   "Julia",
    "Karim", "Laura",  "Martin", "Nadia", "Omar",  "Paula", "Quentin", "Rahel",  "Samir",  "Tereza",
    "Ulla",  "Viktor", "Wanda",  "Yusuf"};

const char *const kLastNames[] = {
    "Smith",   "Johnson", "Müller",       "Schmidt", "García",    "Martínez", "Rossi",
    "Bianchi", "Dubois",  "Lefèvre",      "Nowak",   "Kowalczyk", "Novák",    "Svoboda",
    "Jensen",  "Nielsen", "Andersson",    "Björk",   "Virtanen",  "Korhonen", "O'Brien",
    "Murphy",  "Silva",   "Santos",       "Yılmaz",  "Demir",     "Kaya",     "Ivanova",
    "Petrov",  "Horvat",  "Papadopoulos", "Costa",   "Nguyễn",    "Trần",     "Kim",
    "Park",    "Chen",    "Wang",         "Li",      "Tanaka",    "Sato",     "Suzuki",
    "Patel",   "Singh",   "Gupta",        "Khan",    "Ahmed",     "Hassan",   "Mensah",
    "Owusu",   "Adeyemi", "Okonkwo",      "Mbeki",   "Dlamini",   "Cohen",    "Levi",
    "Brown",   "Taylor",  "Wilson",       "Clarke",  "Hughes",    "Walker",   "Young",
    "King"};

const char *const kDomains[] = {"example.org",      "example.net",      "example.com",
                                "mail.example.org", "post.example.net", "inbox.example.com"};

// Countries and cities that accounts sign in from; a "new country" is any other entry.
struct Place
{
    const char *country;
    const char *city;
};
const Place kPlaces[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "United States"), QT_TRANSLATE_NOOP("DemoSeeder", "New York")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "United States"), QT_TRANSLATE_NOOP("DemoSeeder", "Chicago")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "United States"), QT_TRANSLATE_NOOP("DemoSeeder", "Seattle")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "United States"), QT_TRANSLATE_NOOP("DemoSeeder", "Austin")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Germany"), QT_TRANSLATE_NOOP("DemoSeeder", "Berlin")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Germany"), QT_TRANSLATE_NOOP("DemoSeeder", "Munich")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Germany"), QT_TRANSLATE_NOOP("DemoSeeder", "Hamburg")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "United Kingdom"), QT_TRANSLATE_NOOP("DemoSeeder", "London")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "United Kingdom"),
     QT_TRANSLATE_NOOP("DemoSeeder", "Manchester")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "France"), QT_TRANSLATE_NOOP("DemoSeeder", "Paris")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "France"), QT_TRANSLATE_NOOP("DemoSeeder", "Lyon")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Spain"), QT_TRANSLATE_NOOP("DemoSeeder", "Madrid")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Netherlands"), QT_TRANSLATE_NOOP("DemoSeeder", "Amsterdam")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Poland"), QT_TRANSLATE_NOOP("DemoSeeder", "Warsaw")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Canada"), QT_TRANSLATE_NOOP("DemoSeeder", "Toronto")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "India"), QT_TRANSLATE_NOOP("DemoSeeder", "Bengaluru")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Brazil"), QT_TRANSLATE_NOOP("DemoSeeder", "São Paulo")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Japan"), QT_TRANSLATE_NOOP("DemoSeeder", "Tokyo")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Australia"), QT_TRANSLATE_NOOP("DemoSeeder", "Sydney")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Nigeria"), QT_TRANSLATE_NOOP("DemoSeeder", "Lagos")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Singapore"), QT_TRANSLATE_NOOP("DemoSeeder", "Singapore")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Mexico"), QT_TRANSLATE_NOOP("DemoSeeder", "Mexico City")},
};
// Most customers live in the first few places.
constexpr int kHomePlaceCount = 15;

struct DeviceProfile
{
    const char *device;
    const char *browser;
    const char *userAgent;
    bool mobile;
};
const DeviceProfile kDevices[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "Windows laptop"), QT_TRANSLATE_NOOP("DemoSeeder", "Chrome"),
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/122.0.0.0 Safari/537.36",
     false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Windows laptop"), QT_TRANSLATE_NOOP("DemoSeeder", "Edge"),
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
     false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Windows desktop"), QT_TRANSLATE_NOOP("DemoSeeder", "Firefox"),
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0", false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "MacBook"), QT_TRANSLATE_NOOP("DemoSeeder", "Safari"),
     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.3 Safari/605.1.15",
     false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "MacBook"), QT_TRANSLATE_NOOP("DemoSeeder", "Chrome"),
     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/122.0.0.0 Safari/537.36",
     false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Linux desktop"), QT_TRANSLATE_NOOP("DemoSeeder", "Firefox"),
     "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Chromebook"), QT_TRANSLATE_NOOP("DemoSeeder", "Chrome"),
     "Mozilla/5.0 (X11; CrOS x86_64 15662.76.0) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/122.0.0.0 Safari/537.36",
     false},
    {QT_TRANSLATE_NOOP("DemoSeeder", "iPhone"), QT_TRANSLATE_NOOP("DemoSeeder", "Safari"),
     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
     "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
     true},
    {QT_TRANSLATE_NOOP("DemoSeeder", "iPhone"), QT_TRANSLATE_NOOP("DemoSeeder", "Mobile app"),
     "ExampleAccounts/5.2.1 (iPhone; iOS 17.3)", true},
    {QT_TRANSLATE_NOOP("DemoSeeder", "iPad"), QT_TRANSLATE_NOOP("DemoSeeder", "Safari"),
     "Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.3 Mobile/15E148 Safari/604.1",
     true},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Android phone"), QT_TRANSLATE_NOOP("DemoSeeder", "Chrome"),
     "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/122.0.0.0 Mobile Safari/537.36",
     true},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Android phone"),
     QT_TRANSLATE_NOOP("DemoSeeder", "Mobile app"), "ExampleAccounts/5.2.0 (Android 13; SM-S911B)",
     true},
};

// ---- What customers write about -------------------------------------------------------------

enum class Topic { Login, Activation, Locked, Recovery, Security, Other, Count };

TicketCategory categoryOf(Topic topic)
{
    switch (topic) {
    case Topic::Login:
    case Topic::Activation:
    case Topic::Locked:
        return TicketCategory::Login;
    case Topic::Recovery:
        return TicketCategory::Recovery;
    case Topic::Security:
        return TicketCategory::Security;
    case Topic::Other:
    case Topic::Count:
        break;
    }
    return TicketCategory::Other;
}

// One kind of problem: how customers title it, how they describe it, what fixed it.
struct CaseText
{
    const char *subject;
    const char *message;
    const char *solution;
};
const CaseText kLoginCases[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "Can't sign in"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "Every time I try to sign in I'm told my password is wrong, but I'm certain it is right."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've sent you a link to set a new password; it is valid for "
                                     "one hour. Signing in with the new one will work.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Unable to log in to my account"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I enter my email and password and the page just reloads, without any message."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've cleared the saved sessions on your account, so a fresh sign-in should work now.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Password not accepted"),
     QT_TRANSLATE_NOOP("DemoSeeder", "My password stopped working, although I haven't changed it."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've sent you a link to set a new password; it is valid for "
                                     "one hour. Signing in with the new one will work.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Login page keeps reloading"),
     QT_TRANSLATE_NOOP("DemoSeeder", "The sign-in page reloads every time I press the button."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've cleared the saved sessions on your account, so a fresh sign-in should work now.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Verification code never arrives"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "The text message with my code never shows up, so I can't finish signing in."),
     QT_TRANSLATE_NOOP("DemoSeeder", "Your phone number was out of date, so the codes went "
                                     "nowhere. I've updated it; please try again.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Two-factor code rejected"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "The six-digit code from my authenticator app is rejected every time."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've reset your two-factor settings; you'll be asked to set "
                                     "them up again when you next sign in.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Signed out every few minutes"),
     QT_TRANSLATE_NOOP("DemoSeeder", "The app keeps signing me out and asking for my password."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've cleared the saved sessions on your account, so a fresh sign-in should work now.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Sign-in fails with an unknown error"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Signing in stops with an error that only says something went wrong."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "A fault on our side affected your account. It is fixed now, so please try again.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Stuck on the security check"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "The security check keeps asking me to pick pictures and never lets me through."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've marked your account as trusted for the security check, "
                                     "so it will let you through now.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "App says my session expired"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "The app says my session has expired, even right after I sign in."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've cleared the saved sessions on your account, so a fresh sign-in should work now.")},
};
const CaseText kActivationCases[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "Activation link expired"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "When I click the activation link it says the link has expired."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've sent the activation link again; please use it within 24 hours.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Never received the activation email"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I signed up a few days ago but the activation email never "
                                     "came. I have checked my spam folder."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've sent the activation link again; please use it within 24 hours.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Can't activate my new account"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I can't finish activating my new account; the page won't accept the link."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've activated your account by hand, so you can sign in now.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Activation link says it is invalid"),
     QT_TRANSLATE_NOOP("DemoSeeder", "The activation link opens a page saying it is invalid."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've activated your account by hand, so you can sign in now.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Account still pending after sign-up"),
     QT_TRANSLATE_NOOP("DemoSeeder", "My account still says pending a week after I signed up."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've activated your account by hand, so you can sign in now.")},
};
const CaseText kLockedCases[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "My account is locked"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "A message says my account is locked. I may have typed my password wrong a few times."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Your account is unlocked now. You should be able to sign in again.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Locked out after too many attempts"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I tried my old passwords and now the account is locked."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've lifted the lock. If you're unsure of your password, the "
                                     "reset link on the sign-in page works again.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Please unlock my account"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I can't get in at all, it says the account is temporarily locked."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Your account is unlocked now. You should be able to sign in again.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Account temporarily locked message"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "Every time I sign in I see a message that the account is temporarily locked."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've lifted the lock. If you're unsure of your password, the "
                                     "reset link on the sign-in page works again.")},
};
const CaseText kRecoveryCases[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "Password reset email never arrives"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I asked for a password reset three times and no email has arrived."),
     QT_TRANSLATE_NOOP("DemoSeeder", "Your mail provider was holding our messages. I've sent a "
                                     "fresh reset link; it is valid for one hour.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Reset link doesn't work"),
     QT_TRANSLATE_NOOP("DemoSeeder", "The reset link opens a page saying the link is invalid."),
     QT_TRANSLATE_NOOP("DemoSeeder", "Each new request cancels the older links. I've sent you a "
                                     "fresh one; it is valid for one hour.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Lost access to my recovery email"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I no longer have access to the email address on my account."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've changed the email address on your account to the one you gave us.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Lost the phone with my authenticator app"),
     QT_TRANSLATE_NOOP("DemoSeeder", "My old phone was stolen and my authenticator app was on it."),
     QT_TRANSLATE_NOOP("DemoSeeder", "I've switched off the old authenticator; you can set up the "
                                     "app on your new phone when you next sign in.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Need to change the email on my account"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I need to move my account to a new email address."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've changed the email address on your account to the one you gave us.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Recovery codes not accepted"),
     QT_TRANSLATE_NOOP("DemoSeeder", "None of my recovery codes are accepted."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Those codes were replaced when your settings last changed. I've reset your "
                       "two-factor sign-in so you can set it up again.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Can't reset my password without my old number"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "The password reset wants a code sent to a phone number I no longer have."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've removed the old number from your account, so the reset now works by email.")},
};
const CaseText kSecurityCases[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "Someone logged into my account from abroad"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I got an alert about a sign-in from a country I have never been to."),
     QT_TRANSLATE_NOOP("DemoSeeder", "We've signed out every session and reset your password. "
                                     "Please choose a new one with the link we sent.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Unrecognised sign-in alert"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I was told about a new sign-in that wasn't me."),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've reviewed the activity: that sign-in was blocked and your account is "
                       "safe. Two-factor sign-in adds extra protection.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "I think my account was hacked"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Settings on my account have changed and I didn't change them."),
     QT_TRANSLATE_NOOP("DemoSeeder", "We've signed out every session and reset your password. "
                                     "Please choose a new one with the link we sent.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Password changed, but not by me"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "My password was changed and it wasn't me. Please help me secure my account."),
     QT_TRANSLATE_NOOP("DemoSeeder", "We've signed out every session and reset your password. "
                                     "Please choose a new one with the link we sent.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Suspicious email asking for my password"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I got an email asking me to confirm my password. Is it really from you?"),
     QT_TRANSLATE_NOOP("DemoSeeder", "That email did not come from us. Please don't open its "
                                     "links; your account itself is safe.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Unknown device in my account activity"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "There is a device in my account activity that I don't recognise."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've removed that device from your account and reset your password to be safe.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Got a verification code I didn't request"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I received a verification code I never asked for. Is someone trying to get in?"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "I've reviewed the activity: that sign-in was blocked and your account is "
                       "safe. Two-factor sign-in adds extra protection.")},
};
const CaseText kOtherCases[] = {
    {QT_TRANSLATE_NOOP("DemoSeeder", "How do I change my display name?"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Could you tell me how to change the name shown on my account?"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "You'll find it under Profile, then Name. I've already changed it for you this time.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Please delete my account"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I would like my account and all its data deleted, please."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "Our privacy team has your request and will confirm by email once it is done.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Two accounts, please merge them"),
     QT_TRANSLATE_NOOP("DemoSeeder", "I seem to have two accounts and would like them merged."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've merged the two accounts; please sign in with the address you use most.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Why was my account suspended?"),
     QT_TRANSLATE_NOOP("DemoSeeder", "My account was suspended and I don't understand why."),
     QT_TRANSLATE_NOOP("DemoSeeder", "The suspension is part of a review. I've asked the reviewing "
                                     "team to write to you directly.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Feedback on the new sign-in page"),
     QT_TRANSLATE_NOOP("DemoSeeder", "The new sign-in page is hard to read on my phone."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "Thank you, I've passed your feedback to the team that builds the sign-in page.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Request for a copy of my account data"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "Please send me a copy of the data you hold about my account."),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "Our privacy team has your request and will confirm by email once it is done.")},
    {QT_TRANSLATE_NOOP("DemoSeeder", "Question about marketing emails"),
     QT_TRANSLATE_NOOP("DemoSeeder",
                       "How do I stop the marketing emails without closing my account?"),
     QT_TRANSLATE_NOOP(
         "DemoSeeder",
         "I've turned off marketing emails for you; account notices will still arrive.")},
};
// Fits after a sign-in problem: "Can't sign in" + "after changing phone".
const char *const kAccessContexts[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "after changing phone"),
    QT_TRANSLATE_NOOP("DemoSeeder", "since this morning"),
    QT_TRANSLATE_NOOP("DemoSeeder", "on my new laptop"),
    QT_TRANSLATE_NOOP("DemoSeeder", "in the mobile app"),
    QT_TRANSLATE_NOOP("DemoSeeder", "after the latest update"),
    QT_TRANSLATE_NOOP("DemoSeeder", "after resetting my password"),
    QT_TRANSLATE_NOOP("DemoSeeder", "while travelling"),
    QT_TRANSLATE_NOOP("DemoSeeder", "from the office network"),
    QT_TRANSLATE_NOOP("DemoSeeder", "for the third day in a row"),
};
const char *const kSecurityContexts[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "last night"),
    QT_TRANSLATE_NOOP("DemoSeeder", "yesterday"),
    QT_TRANSLATE_NOOP("DemoSeeder", "while I was asleep"),
    QT_TRANSLATE_NOOP("DemoSeeder", "this weekend"),
};

const char *const kDetails[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "I'm using a Windows laptop with Chrome."),
    QT_TRANSLATE_NOOP("DemoSeeder", "It happens on both my phone and my computer."),
    QT_TRANSLATE_NOOP("DemoSeeder", "I already cleared my browser's cache."),
    QT_TRANSLATE_NOOP("DemoSeeder", "I need access today for work."),
    QT_TRANSLATE_NOOP("DemoSeeder", "It worked fine last week."),
    QT_TRANSLATE_NOOP("DemoSeeder", "My username is this email address."),
};
const char *const kGreetings[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Hi,"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Hello,"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Hello support team,"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Good morning,"),
};
// %1 is the writer's first name.
const char *const kSignOffs[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Thanks,\n%1"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Thank you,\n%1"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Regards,\n%1"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Best regards,\n%1"),
};
// %1 is the customer's first name.
const char *const kAgentGreetings[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Hi %1,"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Hello %1,"),
};
const char *const kAckReplies[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Thanks for getting in touch. I'm looking into this now and "
                                    "will get back to you shortly."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Thanks for the details. I can see the problem on our side "
                                    "and I'm working on it."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Thanks for your patience. I've picked up your ticket and "
                                    "am checking your account now."),
};
const char *const kAskReplies[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "To confirm it's you, could you reply with the month you "
                                    "opened the account and the last two digits of your phone "
                                    "number?"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Could you send a screenshot of the error and tell me which "
                                    "device you are using?"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Please check whether our email landed in your spam folder "
                                    "and let me know."),
};
const char *const kEscalationReplies[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "I've passed this to our security team, who will contact "
                                    "you within one business day."),
    QT_TRANSLATE_NOOP("DemoSeeder", "This needs a specialist's review. I've escalated it and we "
                                    "will update you as soon as we can."),
};
const char *const kAgentSignOffs[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Kind regards,\n%1"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Best wishes,\n%1"),
    QT_TRANSLATE_NOOP("DemoSeeder", "%1, Account Support"),
};
const char *const kNotes[] = {
    QT_TRANSLATE_NOOP("DemoSeeder",
                      "Sign-in history shows several failures from an unfamiliar address."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Identity verified with the security questions."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Customer confirmed their identity on a call."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Sent a password reset link."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Looks like a duplicate of an earlier ticket from the same "
                                    "customer."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Mail log shows the reset email was delivered; probably "
                                    "filtered as spam."),
};
const char *const kEscalationNotes[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Possible account takeover; escalating to security."),
    QT_TRANSLATE_NOOP("DemoSeeder",
                      "Customer cannot pass the identity checks; needs a lead's approval."),
    QT_TRANSLATE_NOOP("DemoSeeder", "Needs a manual email change, which only a lead may approve."),
};

enum class AccountStatus { Active, Inactive, PendingActivation, Locked, Suspended };
const char *const kAccountStatusKeys[] = {"active", "inactive", "pending_activation", "locked",
                                          "suspended"};

enum class LockKind { None, FailedSignIns, ReportedCompromise, UnusualLocation, Suspension };

const char *const kSuspensionReasons[] = {
    QT_TRANSLATE_NOOP("DemoSeeder", "Terms of service review"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Payment dispute under review"),
    QT_TRANSLATE_NOOP("DemoSeeder", "Suspended at the customer's request"),
};

// Everything the seeder says, translated once per run rather than once per row.
struct Phrases
{
    struct Case
    {
        QString subject, message, solution;
    };
    std::vector<Case> cases[int(Topic::Count)];
    QStringList accessContexts = translated(kAccessContexts);
    QStringList securityContexts = translated(kSecurityContexts);
    QStringList details = translated(kDetails);
    QStringList greetings = translated(kGreetings);
    QStringList signOffs = translated(kSignOffs);
    QStringList agentGreetings = translated(kAgentGreetings);
    QStringList ackReplies = translated(kAckReplies);
    QStringList askReplies = translated(kAskReplies);
    QStringList escalationReplies = translated(kEscalationReplies);
    QStringList agentSignOffs = translated(kAgentSignOffs);
    QStringList notes = translated(kNotes);
    QStringList escalationNotes = translated(kEscalationNotes);
    QStringList suspensionReasons = translated(kSuspensionReasons);
    QString lockFailed = tr("Too many failed sign-ins");
    QString lockCompromise = tr("Reported compromise");
    QString lockLocation = tr("Sign-in from an unusual location");
    // %1 is the problem, %2 when it happens: "Can't sign in after changing phone".
    QString subjectWithContext = tr("%1 %2");
    QString replyPrefix = tr("Re: %1");
    QString urgentPrefix = tr("Urgent: %1");
    QStringList firstNames = utf8List(kFirstNames);
    QStringList lastNames = utf8List(kLastNames);
    QStringList domains = utf8List(kDomains);

    Phrases()
    {
        addCases(Topic::Login, kLoginCases);
        addCases(Topic::Activation, kActivationCases);
        addCases(Topic::Locked, kLockedCases);
        addCases(Topic::Recovery, kRecoveryCases);
        addCases(Topic::Security, kSecurityCases);
        addCases(Topic::Other, kOtherCases);
    }

private:
    template <std::size_t N> void addCases(Topic topic, const CaseText (&texts)[N])
    {
        for (const CaseText &t : texts)
            cases[int(topic)].push_back({tr(t.subject), tr(t.message), tr(t.solution)});
    }
};

// Letters only, accents dropped: "Zoë Nguyễn" -> "zoe", "nguyen" for email addresses.
QString emailPart(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (c == u'ı')
            out.append(u'i');
    }
    return out;
}

QString randomIp(Rng &rng)
{
    // Documentation ranges only (RFC 5737, RFC 3849).
    switch (rng.below(10)) {
    case 0:
    case 1:
    case 2:
        return QStringLiteral("192.0.2.") + QString::number(rng.between(1, 254));
    case 3:
    case 4:
    case 5:
        return QStringLiteral("198.51.100.") + QString::number(rng.between(1, 254));
    case 6:
    case 7:
        return QStringLiteral("203.0.113.") + QString::number(rng.between(1, 254));
    default:
        return QStringLiteral("2001:db8:%1::%2")
            .arg(rng.between(1, 0xffff), 0, 16)
            .arg(rng.between(1, 0xffff), 0, 16);
    }
}

QString randomPhone(Rng &rng)
{
    // Numbers reserved for fiction: 555-01xx in North America, 07700 900xxx in the UK.
    if (rng.chance(0.6))
        return QStringLiteral("+1 202-555-01%1").arg(rng.below(100), 2, 10, QChar(u'0'));
    return QStringLiteral("+44 7700 900%1").arg(rng.below(1000), 3, 10, QChar(u'0'));
}

struct StaffMember
{
    qint64 id = 0;
    QString login;
    QString firstName;
    StaffRole role = StaffRole::Agent;
    bool active = true;
    QString assignData; // {"from":null,"to":id}
};

struct AccountInfo
{
    qint64 id = 0;
    QString email;
    QString name;
    QString firstName;
    AccountStatus status = AccountStatus::Active;
    LockKind lock = LockKind::None;
    qint64 createdAt = 0;
};

// Cumulative weights for picking by weight with a binary search.
struct WeightedPool
{
    std::vector<double> cumulative;
    std::vector<int> items;

    void add(int item, double weight)
    {
        items.push_back(item);
        cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
    }
    bool empty() const { return items.empty(); }
    int pick(Rng &rng) const
    {
        const double r = rng.unit() * cumulative.back();
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const std::size_t i = std::min(std::size_t(it - cumulative.begin()), items.size() - 1);
        return items[i];
    }
};

// ---- The seeding run ------------------------------------------------------------------------

class Seeder
{
public:
    Seeder(QSqlDatabase &db, const DemoOptions &options,
           const std::function<bool(qint64, qint64)> &progress)
        : m_db(db), m_options(options), m_progress(progress), m_dialect(Database::dialect(db)),
          m_rng(options.seed),
          m_now((options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
                    .toMSecsSinceEpoch())
    {}

    Result<DemoSummary> run();

private:
    Result<void> checkEmpty();
    Result<qint64> nextId(const QString &table);
    Result<void> syncSequences();
    Result<void> seedStaff();
    Result<void> seedAccounts();
    void generateLogins(const AccountInfo &account, BulkInserter &logins, qint64 &lockedAt,
                        qint64 &lastLoginAt, int &failedCount, QString &lockedBy);
    Result<void> seedTickets();
    std::vector<qint64> ticketTimes();
    qint64 writeTicket(qint64 index, qint64 createdAt, BulkInserter &tickets, BulkInserter &events);
    QString uniqueEmail(const QString &first, const QString &last);
    Error cancelled() const;

    int rowsPerStatement(int columns) const
    {
        // PostgreSQL: a few hundred rows per round trip. SQLite has no round trips; small
        // multi-row statements still save per-statement overhead.
        if (m_dialect == Dialect::PostgreSQL)
            return std::max(1, 4000 / columns);
        return std::max(1, 128 / columns);
    }

    QSqlDatabase &m_db;
    const DemoOptions &m_options;
    const std::function<bool(qint64, qint64)> &m_progress;
    Dialect m_dialect;
    Rng m_rng;
    qint64 m_now;
    Phrases m_text;
    DemoSummary m_summary;

    std::vector<StaffMember> m_staff;
    std::vector<int> m_leads;
    WeightedPool m_recentAssignees; // who works tickets from the last few weeks
    WeightedPool m_olderAssignees;  // also the colleague who has since left
    std::vector<AccountInfo> m_accounts;
    WeightedPool m_accountPool;
    QSet<QString> m_emails;
    std::array<std::array<QString, 6>, 6> m_statusData;
    QString m_channelData[4];
    qint64 m_nextTicketId = 1;
};

Error Seeder::cancelled() const
{
    return Error::make(Error::Code::Cancelled,
                       tr("Adding the demo data was cancelled. Tickets written before that "
                          "were kept."));
}

Result<void> Seeder::checkEmpty()
{
    const QStringList tables = m_db.tables();
    if (!tables.contains(QStringLiteral("tickets")) || !tables.contains(QStringLiteral("accounts")))
        return Error::make(Error::Code::InvalidInput,
                           tr("The database has no Helpdesk tables yet. Run helpdesk-admin "
                              "migrate first."));
    for (const QString &table : {QStringLiteral("tickets"), QStringLiteral("accounts")}) {
        auto q = Database::exec(m_db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (!q)
            return q.error();
        if (q.value().next())
            return Error::make(Error::Code::InvalidInput,
                               tr("The database already contains tickets or customer accounts. "
                                  "Demo data is only added to an empty database."));
    }
    return {};
}

Result<qint64> Seeder::nextId(const QString &table)
{
    auto v =
        Database::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    if (!v)
        return v.error();
    return v.value().toLongLong() + 1;
}

Result<void> Seeder::syncSequences()
{
    // Rows with explicit ids leave PostgreSQL's identity sequences behind; catch them up.
    if (m_dialect != Dialect::PostgreSQL)
        return {};
    for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("tickets")}) {
        auto q = Database::exec(m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                     "'id'), (SELECT MAX(id) FROM %1))")
                                          .arg(table));
        if (!q)
            return q.error();
    }
    return {};
}

Result<void> Seeder::seedStaff()
{
    StaffStore store(m_db);
    for (const StaffSeed &seed : kStaff) {
        StaffMember member;
        member.login = QString::fromUtf8(seed.login);
        const QString name = QString::fromUtf8(seed.name);
        member.firstName = name.section(u' ', 0, 0);
        member.role = seed.role;
        member.active = seed.active;
        auto existing = store.byLogin(member.login);
        if (existing) {
            member.id = existing.value().id;
        } else if (existing.error().code == Error::Code::NotFound) {
            Staff staff;
            staff.login = member.login;
            staff.displayName = name;
            staff.email = member.login + QStringLiteral("@example.com");
            staff.role = seed.role;
            staff.active = seed.active;
            staff.signature = tr("%1\nAccount Support").arg(name);
            auto id = store.insert(staff);
            if (!id)
                return id.error();
            member.id = id.value();
            ++m_summary.staff;
        } else {
            return existing.error();
        }
        member.assignData =
            QStringLiteral("{\"from\":null,\"to\":") + QString::number(member.id) + u'}';
        const int index = int(m_staff.size());
        m_staff.push_back(member);
        if (seed.role == StaffRole::Lead)
            m_leads.push_back(index);
        if (seed.role == StaffRole::Admin)
            continue;
        // The demo agent carries a fuller queue so "My open tickets" has something to show.
        double weight = seed.role == StaffRole::Lead ? 0.6 : 2.0;
        if (member.login == QLatin1String(DemoSeeder::DemoAgentLogin))
            weight = 3.0;
        if (seed.active)
            m_recentAssignees.add(index, weight);
        m_olderAssignees.add(index, weight);
    }
    return {};
}

QString Seeder::uniqueEmail(const QString &first, const QString &last)
{
    const QString f = emailPart(first);
    const QString l = emailPart(last);
    QString local;
    switch (m_rng.below(5)) {
    case 0:
        local = f + u'.' + l;
        break;
    case 1:
        local = f + l;
        break;
    case 2:
        local = f.left(1) + u'.' + l;
        break;
    case 3:
        local = f + u'_' + l;
        break;
    default:
        local = l + u'.' + f + QString::number(m_rng.between(70, 99));
        break;
    }
    const QString domain = m_rng.pick(m_text.domains);
    QString email = local + u'@' + domain;
    while (m_emails.contains(email))
        email = local + QString::number(m_rng.between(2, 9999)) + u'@' + domain;
    m_emails.insert(email);
    return email;
}

void Seeder::generateLogins(const AccountInfo &account, BulkInserter &logins, qint64 &lockedAt,
                            qint64 &lastLoginAt, int &failedCount, QString &lockedBy)
{
    struct Login
    {
        qint64 at;
        bool success;
        int place;
        int device;
        QString ip;
    };
    std::vector<Login> out;

    const int home = int(m_rng.below(kHomePlaceCount));
    const int devices = int(std::size(kDevices));
    const int primary = int(m_rng.below(devices));
    const int secondary = m_rng.chance(0.45) ? int(m_rng.below(devices)) : primary;
    const QString homeIp = randomIp(m_rng);
    const QString mobileIp = randomIp(m_rng);
    auto foreignPlace = [&] {
        int p = home;
        while (QLatin1String(kPlaces[p].country) == QLatin1String(kPlaces[home].country))
            p = int(m_rng.below(qint64(std::size(kPlaces))));
        return p;
    };
    auto ipFor = [&](int device) { return kDevices[device].mobile ? mobileIp : homeIp; };

    const qint64 windowStart = std::max(m_now - kHistoryDays * kDay, account.createdAt);
    qint64 windowEnd = m_now;
    lockedAt = 0;
    switch (account.status) {
    case AccountStatus::Locked:
        lockedAt = m_now - m_rng.between(kHour, 30 * kDay);
        windowEnd = lockedAt - 10 * kMinute;
        break;
    case AccountStatus::Suspended:
        lockedAt = m_now - m_rng.between(kDay, 60 * kDay);
        windowEnd = lockedAt - kHour;
        break;
    default:
        break;
    }

    lastLoginAt = 0;
    failedCount = 0;
    if (account.status == AccountStatus::PendingActivation)
        return;
    if (account.status == AccountStatus::Inactive) {
        // Last seen long before the 90 days of history kept here.
        lastLoginAt = account.createdAt +
                      m_rng.below(std::max<qint64>(kDay, m_now - 95 * kDay - account.createdAt));
        return;
    }

    // Ordinary sign-ins, now and then with a mistyped password first.
    const qint64 sessions =
        account.status == AccountStatus::Suspended ? m_rng.between(1, 3) : m_rng.between(1, 6);
    if (windowEnd > windowStart) {
        for (qint64 i = 0; i < sessions; ++i) {
            const qint64 at = windowStart + m_rng.below(windowEnd - windowStart);
            const int device = m_rng.chance(0.7) ? primary : secondary;
            if (m_rng.chance(0.12))
                out.push_back(
                    {at - m_rng.between(20, 90) * kSecond, false, home, device, ipFor(device)});
            out.push_back({at, true, home, device, ipFor(device)});
        }
    }

    auto burst = [&](qint64 start, int count, int place, int device, const QString &ip) {
        qint64 at = start;
        for (int i = 0; i < count; ++i) {
            out.push_back({at, false, place, device, ip});
            at += m_rng.between(15, 70) * kSecond;
        }
        return at;
    };

    if (account.status == AccountStatus::Active) {
        if (m_rng.chance(0.12)) {
            const qint64 start =
                windowStart + m_rng.below(std::max<qint64>(1, m_now - windowStart));
            const int device = primary;
            if (m_rng.chance(0.7)) {
                const qint64 end =
                    burst(start, int(m_rng.between(3, 8)), home, device, ipFor(device));
                out.push_back(
                    {end + m_rng.between(1, 6) * kMinute, true, home, device, ipFor(device)});
            } else {
                burst(std::min(start, m_now - 30 * kMinute), int(m_rng.between(2, 4)), home, device,
                      ipFor(device));
            }
        }
        if (m_rng.chance(0.04)) {
            const qint64 at = windowStart + m_rng.below(std::max<qint64>(1, m_now - windowStart));
            out.push_back({at, true, foreignPlace(), int(m_rng.below(devices)), randomIp(m_rng)});
        }
    } else if (account.status == AccountStatus::Locked) {
        switch (account.lock) {
        case LockKind::FailedSignIns: {
            const int count = int(m_rng.between(5, 10));
            const qint64 start = lockedAt - count * 45 * kSecond;
            lockedAt = burst(start, count, home, primary, ipFor(primary));
            lockedBy = QStringLiteral("system");
            break;
        }
        case LockKind::ReportedCompromise: {
            const qint64 at = lockedAt - m_rng.between(2 * kHour, 3 * kDay);
            out.push_back({at, true, foreignPlace(), int(m_rng.below(devices)), randomIp(m_rng)});
            lockedBy = m_staff[std::size_t(m_recentAssignees.pick(m_rng))].login;
            break;
        }
        case LockKind::UnusualLocation: {
            const int place = foreignPlace();
            const QString ip = randomIp(m_rng);
            const int device = int(m_rng.below(devices));
            const qint64 at = lockedAt - m_rng.between(5, 30) * kMinute;
            out.push_back({at, true, place, device, ip});
            lockedAt = burst(at + 2 * kMinute, int(m_rng.between(2, 4)), place, device, ip);
            lockedBy = QStringLiteral("system");
            break;
        }
        default:
            break;
        }
    } else if (account.status == AccountStatus::Suspended) {
        lockedBy =
            m_staff[std::size_t(m_leads[std::size_t(m_rng.below(qint64(m_leads.size())))])].login;
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const Login &a, const Login &b) { return a.at < b.at; });
    for (const Login &l : out) {
        if (l.at > m_now)
            continue;
        const DeviceProfile &d = kDevices[l.device];
        logins.add(QVariant::fromValue(account.id));
        logins.add(QVariant::fromValue(l.at));
        logins.add(l.success);
        logins.add(l.ip);
        logins.add(QString::fromLatin1(d.userAgent));
        logins.add(tr(d.device));
        logins.add(tr(d.browser));
        logins.add(tr(kPlaces[l.place].country));
        logins.add(tr(kPlaces[l.place].city));
        ++m_summary.loginEvents;
        if (l.success) {
            lastLoginAt = l.at;
            failedCount = 0;
        } else {
            ++failedCount;
        }
    }
}

Result<void> Seeder::seedAccounts()
{
    auto firstId = nextId(QStringLiteral("accounts"));
    if (!firstId)
        return firstId.error();
    BulkInserter accounts(
        m_db, QStringLiteral("accounts"),
        {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("display_name"),
         QStringLiteral("status"), QStringLiteral("lock_reason"), QStringLiteral("locked_by"),
         QStringLiteral("locked_at"), QStringLiteral("mfa_enabled"), QStringLiteral("mfa_method"),
         QStringLiteral("email_verified"), QStringLiteral("phone"),
         QStringLiteral("failed_login_count"), QStringLiteral("last_login_at"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        rowsPerStatement(15));
    BulkInserter logins(
        m_db, QStringLiteral("login_events"),
        {QStringLiteral("account_id"), QStringLiteral("at"), QStringLiteral("success"),
         QStringLiteral("ip"), QStringLiteral("user_agent"), QStringLiteral("device"),
         QStringLiteral("browser"), QStringLiteral("country"), QStringLiteral("city")},
        rowsPerStatement(9));
    const QString mfaMethods[] = {QStringLiteral("totp"), QStringLiteral("sms"),
                                  QStringLiteral("email")};

    m_accounts.reserve(std::size_t(m_options.accounts));
    for (qint64 i = 0; i < m_options.accounts; ++i) {
        AccountInfo a;
        a.id = firstId.value() + i;
        // The first five accounts show every status once; the rest follow the usual mix.
        a.status = i < 5 ? AccountStatus(i) : AccountStatus(m_rng.weighted({78, 7, 5, 7, 3}));
        a.firstName = m_rng.pick(m_text.firstNames);
        const QString last = m_rng.pick(m_text.lastNames);
        a.name = a.firstName + u' ' + last;
        a.email = uniqueEmail(a.firstName, last);
        a.createdAt = a.status == AccountStatus::PendingActivation
                          ? m_now - m_rng.between(kHour, 10 * kDay)
                          : m_now - m_rng.between(100 * kDay, 2000 * kDay);
        QVariant lockReason = nullText();
        if (a.status == AccountStatus::Locked) {
            const int kind = i < 5 ? 0 : m_rng.weighted({60, 25, 15});
            a.lock = LockKind(int(LockKind::FailedSignIns) + kind);
            lockReason = kind == 0   ? m_text.lockFailed
                         : kind == 1 ? m_text.lockCompromise
                                     : m_text.lockLocation;
        } else if (a.status == AccountStatus::Suspended) {
            a.lock = LockKind::Suspension;
            lockReason = m_rng.pick(m_text.suspensionReasons);
        }

        qint64 lockedAt = 0;
        qint64 lastLoginAt = 0;
        int failedCount = 0;
        QString lockedBy;
        generateLogins(a, logins, lockedAt, lastLoginAt, failedCount, lockedBy);

        const bool canHaveMfa = a.status != AccountStatus::PendingActivation;
        const bool mfa =
            canHaveMfa && m_rng.chance(a.status == AccountStatus::Inactive ? 0.15 : 0.35);
        const int method = mfa ? m_rng.weighted({50, 35, 15}) : -1;
        const bool hasPhone = method == 1 || m_rng.chance(0.4);
        const bool verified = a.status != AccountStatus::PendingActivation && m_rng.chance(0.94);
        const qint64 updatedAt = std::max({a.createdAt, lockedAt, lastLoginAt});

        accounts.add(QVariant::fromValue(a.id));
        accounts.add(a.email);
        accounts.add(a.name);
        accounts.add(QString::fromLatin1(kAccountStatusKeys[int(a.status)]));
        accounts.add(lockReason);
        accounts.add(lockedBy.isEmpty() ? nullText() : QVariant(lockedBy));
        accounts.add(maybeTime(lockedAt));
        accounts.add(mfa);
        accounts.add(method >= 0 ? QVariant(mfaMethods[method]) : nullText());
        accounts.add(verified);
        accounts.add(hasPhone ? QVariant(randomPhone(m_rng)) : nullText());
        accounts.add(failedCount);
        accounts.add(maybeTime(lastLoginAt));
        accounts.add(QVariant::fromValue(a.createdAt));
        accounts.add(QVariant::fromValue(updatedAt));

        // Some customers write in far more often than others, locked-out ones most of all.
        double weight = 0.5 + m_rng.unit() * 1.5;
        if (a.status == AccountStatus::Locked)
            weight *= 4;
        else if (a.status == AccountStatus::Suspended ||
                 a.status == AccountStatus::PendingActivation)
            weight *= 2;
        else if (a.status == AccountStatus::Inactive)
            weight *= 0.5;
        m_accountPool.add(int(i), weight);
        m_accounts.push_back(std::move(a));

        if (accounts.pendingRows() >= rowsPerStatement(15)) {
            if (Result<void> st = accounts.flush(); !st)
                return st;
            if (Result<void> st = logins.flush(); !st)
                return st;
        }
    }
    if (Result<void> st = accounts.flush(); !st)
        return st;
    if (Result<void> st = logins.flush(); !st)
        return st;
    m_summary.accounts = m_options.accounts;
    return {};
}

std::vector<qint64> Seeder::ticketTimes()
{
    // Hourly slots over the last 90 days, weighted by office hours, weekdays, slow growth and
    // one sign-in outage that brought a flood of tickets.
    static const double hourWeight[24] = {2, 1.5, 1,  1,  1, 1.5, 3, 5, 7, 9, 10, 10,
                                          9, 9,   10, 10, 9, 8,   6, 5, 4, 4, 3,  2.5};
    const qint64 slotCount = kHistoryDays * 24;
    const qint64 start = m_now - slotCount * kHour;
    const qint64 outageSlot = slotCount - m_rng.between(10, 60) * 24 + m_rng.between(8, 14);
    std::vector<double> cumulative(std::size_t(slotCount), 0.0);
    double total = 0;
    for (qint64 s = 0; s < slotCount; ++s) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(start + s * kHour, Qt::UTC);
        const int dow = at.date().dayOfWeek();
        double w = hourWeight[at.time().hour()];
        w *= dow == 6 ? 0.45 : dow == 7 ? 0.35 : 1.0;
        w *= 0.8 + 0.4 * double(s) / double(slotCount);
        if (s >= outageSlot && s < outageSlot + 6)
            w *= 4;
        total += w;
        cumulative[std::size_t(s)] = total;
    }
    std::vector<qint64> times;
    times.reserve(std::size_t(m_options.tickets));
    for (qint64 i = 0; i < m_options.tickets; ++i) {
        const double r = m_rng.unit() * total;
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const qint64 slot = std::min<qint64>(it - cumulative.begin(), slotCount - 1);
        times.push_back(std::min(start + slot * kHour + m_rng.below(kHour), m_now - kSecond));
    }
    std::sort(times.begin(), times.end());
    return times;
}

// Status mix by age in days: fresh tickets are still being worked, old ones are done.
TicketStatus statusForAge(Rng &rng, qint64 ageMs)
{
    const qint64 days = ageMs / kDay;
    int s = 0;
    if (ageMs < kDay)
        s = rng.weighted({400, 300, 100, 60, 140, 0});
    else if (days < 3)
        s = rng.weighted({100, 350, 200, 100, 250, 0});
    else if (days < 10)
        s = rng.weighted({20, 140, 120, 70, 350, 300});
    else if (days < 30)
        s = rng.weighted({0, 30, 30, 20, 120, 800});
    else
        s = rng.weighted({0, 5, 5, 3, 27, 960});
    return TicketStatus(s);
}

enum class EventKind { Created, Reply, Note, Status, Assignment };

qint64 Seeder::writeTicket(qint64 index, qint64 createdAt, BulkInserter &tickets,
                           BulkInserter &events)
{
    static const qint64 firstResponse[4] = {24 * kHour, 8 * kHour, 4 * kHour, 1 * kHour};
    static const qint64 resolution[4] = {72 * kHour, 24 * kHour, 8 * kHour, 4 * kHour};
    static const QString kinds[] = {QStringLiteral("created"), QStringLiteral("reply"),
                                    QStringLiteral("note"), QStringLiteral("status"),
                                    QStringLiteral("assignment")};
    static const QString emptyData = QStringLiteral("{}");
    // Empty, not null: the body column is NOT NULL.
    static const QString noBody = QStringLiteral("");

    const qint64 age = m_now - createdAt;
    const qint64 count = m_options.tickets;

    // Who writes in.
    const AccountInfo *account = nullptr;
    if (!m_accounts.empty() && m_rng.chance(0.88)) {
        for (int attempt = 0; attempt < 4 && !account; ++attempt) {
            const AccountInfo &candidate = m_accounts[std::size_t(m_accountPool.pick(m_rng))];
            if (candidate.createdAt < createdAt)
                account = &candidate;
        }
    }
    QString email, name, firstName;
    if (account) {
        email = account->email;
        name = account->name;
        firstName = account->firstName;
    } else {
        // Someone who cannot find, or no longer reaches, the address on their account.
        firstName = m_rng.pick(m_text.firstNames);
        const QString last = m_rng.pick(m_text.lastNames);
        name = firstName + u' ' + last;
        email = emailPart(firstName) + u'.' + emailPart(last) +
                QString::number(m_rng.between(1, 999)) + u'@' + m_rng.pick(m_text.domains);
    }

    // What about.
    Topic topic = Topic::Login;
    if (!account) {
        topic = std::array{Topic::Recovery, Topic::Login,
                           Topic::Other}[std::size_t(m_rng.weighted({50, 30, 20}))];
    } else if (account->status == AccountStatus::Locked) {
        if (account->lock == LockKind::FailedSignIns)
            topic = std::array{Topic::Locked, Topic::Login, Topic::Recovery,
                               Topic::Security}[std::size_t(m_rng.weighted({60, 15, 15, 10}))];
        else
            topic = std::array{Topic::Security, Topic::Locked,
                               Topic::Recovery}[std::size_t(m_rng.weighted({65, 20, 15}))];
    } else if (account->status == AccountStatus::PendingActivation) {
        topic = std::array{Topic::Activation, Topic::Login,
                           Topic::Other}[std::size_t(m_rng.weighted({70, 15, 15}))];
    } else if (account->status == AccountStatus::Suspended) {
        topic = std::array{Topic::Other, Topic::Login,
                           Topic::Security}[std::size_t(m_rng.weighted({50, 30, 20}))];
    } else {
        topic = std::array{Topic::Login, Topic::Recovery, Topic::Security, Topic::Other,
                           Topic::Locked}[std::size_t(m_rng.weighted({42, 25, 17, 12, 4}))];
    }
    // The oldest tickets cover every category and priority once, whatever the dice say.
    if (index < 4)
        topic = std::array{Topic::Login, Topic::Recovery, Topic::Security,
                           Topic::Other}[std::size_t(index)];
    const TicketCategory category = categoryOf(topic);

    int priority = 1;
    switch (category) {
    case TicketCategory::Security:
        priority = m_rng.weighted({5, 30, 40, 25});
        break;
    case TicketCategory::Login:
        priority = m_rng.weighted({15, 50, 27, 8});
        break;
    case TicketCategory::Recovery:
        priority = m_rng.weighted({15, 55, 25, 5});
        break;
    case TicketCategory::Other:
        priority = m_rng.weighted({35, 50, 13, 2});
        break;
    }
    if (index < 4)
        priority = int(index);
    const auto channel = TicketChannel(m_rng.weighted({15, 40, 20, 25})); // phone email chat portal
    const bool live = channel == TicketChannel::Phone || channel == TicketChannel::Chat;

    TicketStatus status = statusForAge(m_rng, age);
    // The newest tickets show every working state and the oldest one is closed.
    if (count >= 8) {
        if (index == 0)
            status = TicketStatus::Closed;
        else if (index >= count - 5)
            status = std::array{TicketStatus::Resolved, TicketStatus::Escalated,
                                TicketStatus::PendingCustomer, TicketStatus::Open,
                                TicketStatus::New}[std::size_t(index - (count - 5))];
    }

    // Subject.
    const std::vector<Phrases::Case> &cases = m_text.cases[int(topic)];
    const Phrases::Case &problem = cases[std::size_t(m_rng.below(qint64(cases.size())))];
    QString subject = problem.subject;
    if (topic == Topic::Security) {
        if (m_rng.chance(0.4))
            subject = m_text.subjectWithContext.arg(subject, m_rng.pick(m_text.securityContexts));
    } else if ((topic == Topic::Login || topic == Topic::Locked) && m_rng.chance(0.6)) {
        subject = m_text.subjectWithContext.arg(subject, m_rng.pick(m_text.accessContexts));
    }
    if (priority >= 2 && m_rng.chance(0.12))
        subject = m_text.urgentPrefix.arg(subject);
    else if (channel == TicketChannel::Email && m_rng.chance(0.1))
        subject = m_text.replyPrefix.arg(subject);

    // Who works it.
    const bool olderTicket = age > 45 * kDay;
    const WeightedPool &pool = olderTicket ? m_olderAssignees : m_recentAssignees;
    int assignee = -1;
    if (status != TicketStatus::New || live || m_rng.chance(0.3))
        assignee = pool.empty() ? -1 : pool.pick(m_rng);
    const int lead =
        m_leads.empty() ? assignee : m_leads[std::size_t(m_rng.below(qint64(m_leads.size())))];

    // The timeline, as offsets from creation; squeezed below if it would run past now.
    struct Draft
    {
        qint64 offset;
        int staff;
        EventKind kind;
        QString body;
        QString data;
    };
    std::vector<Draft> drafts;
    drafts.reserve(8);

    QString message = m_rng.pick(m_text.greetings) + QStringLiteral("\n\n") + problem.message;
    if (topic != Topic::Other && m_rng.chance(0.6))
        message += u' ' + m_rng.pick(m_text.details);
    message += QStringLiteral("\n\n") + m_rng.pick(m_text.signOffs).arg(firstName);
    drafts.push_back(
        {0, live ? assignee : -1, EventKind::Created, message, m_channelData[int(channel)]});

    auto agentReply = [&](int staff, const QString &sentence) {
        const QString agentName = staff >= 0 ? m_staff[std::size_t(staff)].firstName : QString();
        return m_rng.pick(m_text.agentGreetings).arg(firstName) + QStringLiteral("\n\n") +
               sentence + QStringLiteral("\n\n") + m_rng.pick(m_text.agentSignOffs).arg(agentName);
    };
    auto statusData = [&](TicketStatus from, TicketStatus to) {
        return m_statusData[std::size_t(from)][std::size_t(to)];
    };

    const qint64 fr = firstResponse[priority];
    const qint64 rs = resolution[priority];
    qint64 firstReply = m_rng.chance(0.83) ? qint64(double(fr) * (0.05 + 0.85 * m_rng.unit()))
                                           : qint64(double(fr) * (1.0 + 2.0 * m_rng.unit()));
    firstReply = std::max(firstReply, 2 * kMinute);
    if (assignee >= 0 && !live && (status == TicketStatus::New || m_rng.chance(0.3))) {
        const qint64 at = m_rng.between(kMinute, std::max(2 * kMinute, firstReply * 6 / 10));
        drafts.push_back(
            {at, lead, EventKind::Assignment, noBody, m_staff[std::size_t(assignee)].assignData});
    }

    int escalationLevel = 0;
    int worker = assignee;
    bool sweptClosed = false;
    switch (status) {
    case TicketStatus::New:
        break;
    case TicketStatus::Open:
        drafts.push_back({firstReply, worker, EventKind::Reply,
                          agentReply(worker, m_rng.pick(m_text.ackReplies)), emptyData});
        if (m_rng.chance(0.3))
            drafts.push_back({firstReply + m_rng.between(5 * kMinute, 6 * kHour), worker,
                              EventKind::Note, m_rng.pick(m_text.notes), emptyData});
        break;
    case TicketStatus::PendingCustomer:
        drafts.push_back({firstReply, worker, EventKind::Reply,
                          agentReply(worker, m_rng.pick(m_text.askReplies)), emptyData});
        drafts.push_back({firstReply, worker, EventKind::Status, noBody,
                          statusData(TicketStatus::New, TicketStatus::PendingCustomer)});
        break;
    case TicketStatus::Escalated: {
        drafts.push_back({firstReply, worker, EventKind::Reply,
                          agentReply(worker, m_rng.pick(m_text.ackReplies)), emptyData});
        const qint64 at = firstReply + m_rng.between(10 * kMinute, kDay);
        // A takeover goes to security; anything else needs a lead's approval.
        const QString &reason = topic == Topic::Security
                                    ? m_text.escalationNotes.at(0)
                                    : m_text.escalationNotes.at(1 + m_rng.below(2));
        drafts.push_back({at, worker, EventKind::Note, reason, emptyData});
        drafts.push_back({at, worker, EventKind::Status, noBody,
                          statusData(TicketStatus::Open, TicketStatus::Escalated)});
        if (m_rng.chance(0.5)) {
            drafts.push_back({at + kMinute, worker, EventKind::Reply,
                              agentReply(worker, m_rng.pick(m_text.escalationReplies)), emptyData});
        } else if (lead >= 0 && lead != worker) {
            drafts.push_back({at + kMinute, worker, EventKind::Assignment, noBody,
                              QStringLiteral("{\"from\":%1,\"to\":%2}")
                                  .arg(m_staff[std::size_t(worker)].id)
                                  .arg(m_staff[std::size_t(lead)].id)});
            assignee = lead;
        }
        escalationLevel = m_rng.chance(0.75) ? 1 : 2;
        break;
    }
    case TicketStatus::Resolved:
    case TicketStatus::Closed: {
        const int path = m_rng.weighted({65, 20, 15}); // one touch, acknowledged, asked back
        qint64 resolveAt = firstReply;
        TicketStatus before = TicketStatus::New;
        if (path == 1) {
            drafts.push_back({firstReply, worker, EventKind::Reply,
                              agentReply(worker, m_rng.pick(m_text.ackReplies)), emptyData});
            resolveAt = m_rng.chance(0.78)
                            ? firstReply + m_rng.between(10 * kMinute,
                                                         std::max(15 * kMinute, rs - firstReply))
                            : rs + qint64(double(rs) * 2.0 * m_rng.unit());
            before = TicketStatus::Open;
        } else if (path == 2) {
            drafts.push_back({firstReply, worker, EventKind::Reply,
                              agentReply(worker, m_rng.pick(m_text.askReplies)), emptyData});
            drafts.push_back({firstReply, worker, EventKind::Status, noBody,
                              statusData(TicketStatus::New, TicketStatus::PendingCustomer)});
            resolveAt = firstReply + m_rng.between(30 * kMinute, 2 * kDay) +
                        m_rng.between(10 * kMinute, 8 * kHour);
            before = TicketStatus::PendingCustomer;
        }
        if (m_rng.chance(0.12))
            drafts.push_back({firstReply + (resolveAt - firstReply) / 2, worker, EventKind::Note,
                              m_rng.pick(m_text.notes), emptyData});
        drafts.push_back(
            {resolveAt, worker, EventKind::Reply, agentReply(worker, problem.solution), emptyData});
        // Calls and chats are closed on the spot; mail tickets are resolved, then closed by
        // the nightly sweep three days later (which leaves no timeline entry).
        TicketStatus to = TicketStatus::Resolved;
        if (status == TicketStatus::Closed) {
            const qint64 sweepAt = resolveAt + 3 * kDay;
            if (live || createdAt + sweepAt > m_now)
                to = TicketStatus::Closed;
            else
                sweptClosed = true;
        }
        drafts.push_back({resolveAt, worker, EventKind::Status, noBody, statusData(before, to)});
        break;
    }
    }

    // Squeeze the timeline into the ticket's age, keeping the order of events.
    qint64 last = 0;
    for (const Draft &d : drafts)
        last = std::max(last, d.offset);
    const qint64 room = std::max<qint64>(0, age - 30 * kSecond);
    if (last > room && last > 0) {
        const double f = double(room) / double(last);
        for (Draft &d : drafts)
            d.offset = qint64(double(d.offset) * f);
        last = room;
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.offset < b.offset; });

    qint64 firstRespondedAt = 0;
    qint64 resolvedAt = 0;
    for (const Draft &d : drafts) {
        if (d.kind == EventKind::Reply && firstRespondedAt == 0)
            firstRespondedAt = createdAt + d.offset;
        if (d.kind == EventKind::Status &&
            (status == TicketStatus::Resolved || status == TicketStatus::Closed))
            resolvedAt = createdAt + d.offset;
    }
    qint64 updatedAt = createdAt + last;
    if (sweptClosed)
        updatedAt = std::min(resolvedAt + 3 * kDay + m_rng.below(6 * kHour), m_now);

    const qint64 id = m_nextTicketId + index;
    tickets.add(QVariant::fromValue(id));
    tickets.add(subject);
    tickets.add(email);
    tickets.add(name);
    tickets.add(account ? QVariant::fromValue(account->id) : nullInt());
    tickets.add(Vocabulary::key(category));
    tickets.add(priority);
    tickets.add(Vocabulary::key(status));
    tickets.add(Vocabulary::key(channel));
    tickets.add(assignee >= 0 ? QVariant::fromValue(m_staff[std::size_t(assignee)].id) : nullInt());
    tickets.add(QVariant::fromValue(createdAt));
    tickets.add(QVariant::fromValue(updatedAt));
    tickets.add(QVariant::fromValue(createdAt + fr));
    tickets.add(maybeTime(firstRespondedAt));
    tickets.add(QVariant::fromValue(createdAt + rs));
    tickets.add(maybeTime(resolvedAt));
    tickets.add(escalationLevel);
    tickets.add(1);

    const QVariant ticketId = QVariant::fromValue(id);
    for (Draft &d : drafts) {
        events.add(ticketId);
        events.add(QVariant::fromValue(createdAt + d.offset));
        events.add(d.staff >= 0 ? QVariant::fromValue(m_staff[std::size_t(d.staff)].id)
                                : nullInt());
        events.add(kinds[int(d.kind)]);
        events.add(std::move(d.body));
        events.add(std::move(d.data));
    }
    return qint64(drafts.size());
}

Result<void> Seeder::seedTickets()
{
    const qint64 total = m_options.tickets;
    auto firstId = nextId(QStringLiteral("tickets"));
    if (!firstId)
        return firstId.error();
    m_nextTicketId = firstId.value();

    for (TicketStatus from : Vocabulary::allStatuses())
        for (TicketStatus to : Vocabulary::allStatuses())
            m_statusData[std::size_t(from)][std::size_t(to)] =
                QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\"}")
                    .arg(Vocabulary::key(from), Vocabulary::key(to));
    for (TicketChannel c : Vocabulary::allChannels())
        m_channelData[int(c)] = QStringLiteral("{\"channel\":\"%1\"}").arg(Vocabulary::key(c));

    const std::vector<qint64> times = ticketTimes();

    BulkInserter tickets(
        m_db, QStringLiteral("tickets"),
        {QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("requester_email"),
         QStringLiteral("requester_name"), QStringLiteral("account_id"), QStringLiteral("category"),
         QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("channel"),
         QStringLiteral("assignee_id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
         QStringLiteral("first_response_due"), QStringLiteral("first_responded_at"),
         QStringLiteral("resolution_due"), QStringLiteral("resolved_at"),
         QStringLiteral("escalation_level"), QStringLiteral("version")},
        rowsPerStatement(18));
    BulkInserter events(m_db, QStringLiteral("ticket_events"),
                        {QStringLiteral("ticket_id"), QStringLiteral("at"),
                         QStringLiteral("staff_id"), QStringLiteral("kind"), QStringLiteral("body"),
                         QStringLiteral("data")},
                        rowsPerStatement(6));
    const qint64 ticketsPerFlush = rowsPerStatement(18);
    const qint64 batchSize = m_dialect == Dialect::SQLite ? kSqliteBatch : kPostgresBatch;

    if (m_progress && !m_progress(0, total))
        return cancelled();
    qint64 done = 0;
    while (done < total) {
        const qint64 end = std::min(total, done + batchSize);
        Transaction tx(m_db, Transaction::Mode::Write);
        if (Result<void> st = tx.begin(); !st)
            return st;
        qint64 batchEvents = 0;
        for (qint64 i = done; i < end; ++i) {
            batchEvents += writeTicket(i, times[std::size_t(i)], tickets, events);
            // Tickets go first: the events refer to them.
            if (tickets.pendingRows() >= ticketsPerFlush) {
                if (Result<void> st = tickets.flush(); !st)
                    return st;
                if (Result<void> st = events.flush(); !st)
                    return st;
            }
            if ((i + 1) % kProgressEvery == 0 && i + 1 < end && m_progress &&
                !m_progress(i + 1, total)) {
                tickets.discard();
                events.discard();
                return cancelled();
            }
        }
        if (Result<void> st = tickets.flush(); !st)
            return st;
        if (Result<void> st = events.flush(); !st)
            return st;
        if (Result<void> st = syncSequences(); !st)
            return st;
        if (Result<void> st = tx.commit(); !st)
            return st;
        done = end;
        m_summary.tickets = done;
        m_summary.events += batchEvents;
        if (m_progress && !m_progress(done, total))
            return done == total ? Result<void>() : Result<void>(cancelled());
    }
    return {};
}

Result<DemoSummary> Seeder::run()
{
    if (m_options.tickets < 0 || m_options.tickets > 100'000'000)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of demo tickets must be between 0 and 100,000,000."));
    if (m_options.accounts < 0 || m_options.accounts > 10'000'000)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of demo accounts must be between 0 and 10,000,000."));
    if (Result<void> st = checkEmpty(); !st)
        return st.error();

    QElapsedTimer timer;
    timer.start();
    const BulkLoad bulkLoad(m_db);
    {
        Transaction tx(m_db, Transaction::Mode::Write);
        if (Result<void> st = tx.begin(); !st)
            return st.error();
        if (Result<void> st = seedStaff(); !st)
            return st.error();
        if (Result<void> st = seedAccounts(); !st)
            return st.error();
        if (Result<void> st = syncSequences(); !st)
            return st.error();
        if (Result<void> st = tx.commit(); !st)
            return st.error();
    }
    qCInfo(lcDemo) << "staff and" << m_summary.accounts << "accounts in" << timer.elapsed() << "ms";
    if (Result<void> st = seedTickets(); !st)
        return st.error();
    qCInfo(lcDemo) << m_summary.tickets << "tickets," << m_summary.events << "events in"
                   << timer.elapsed() << "ms";

    // Fresh statistics let the planner pick the queue indexes on the new volume.
    QSqlQuery analyze(m_db);
    if (!analyze.exec(QStringLiteral("ANALYZE")))
        qCWarning(lcDemo) << "ANALYZE failed after seeding";
    if (m_dialect == Dialect::SQLite)
        analyze.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcDemo) << "analyzed in" << timer.elapsed() << "ms";
    return m_summary;
}

} // namespace

// A demo desk sends its customer mail to a relay on this computer (port 2525, plain SMTP is
// allowed on loopback), so reset links and replies go through the outbox like in production;
// `python3 -m aiosmtpd -n -l 127.0.0.1:2525` shows them. An existing mail set-up is kept.
Result<void> DemoSeeder::configureDemoMail(QSqlDatabase &db)
{
    Settings settings(db);
    auto current = MailSettings::load(settings);
    if (!current)
        return current.error();
    if (current.value().isConfigured())
        return {};
    MailSettings demo;
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = 2525;
    demo.security = SmtpSettings::Security::None;
    demo.fromAddress = QStringLiteral("support@example.com");
    demo.fromName = QCoreApplication::translate("DemoSeeder", "Example Support (demo)");
    demo.messageIdDomain = QStringLiteral("example.com");
    return demo.save(settings);
}

Result<DemoSummary> DemoSeeder::seed(QSqlDatabase &db, const DemoOptions &options,
                                     const std::function<bool(qint64, qint64)> &progress)
{
    Seeder seeder(db, options, progress);
    return seeder.run();
}

} // namespace helpdesk
