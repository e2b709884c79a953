#include "demo/DemoPhrases.h"

#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace helpdesk {

namespace {

constexpr int kFormat = 1;
constexpr int kMaxProblemsShown = 10;

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoPhrases", text);
}

// How a text is taken: as written (names, addresses, user agents), or translated in the
// seeder's context like the rest of its words; "%1" ones must hold the placeholder for a name.
enum class Text { AsWritten, Translated, WithName };

// Reads one file after another, collecting every problem with the file and entry it is in.
class Reader
{
public:
    explicit Reader(QString folder) : m_folder(std::move(folder)) {}

    // Reads a file holding one object with "format", an optional "about" and these fields.
    bool open(const QString &name, const QStringList &fields)
    {
        m_file = QDir(m_folder).filePath(name);
        m_root = {};
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly)) {
            fileProblem(tr("is missing or cannot be read (%1).").arg(file.errorString()));
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fileProblem(tr("is not valid JSON (%1 at character %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
            return false;
        }
        if (!doc.isObject()) {
            fileProblem(tr("must hold one JSON object."));
            return false;
        }
        m_root = doc.object();
        const QJsonValue format = m_root.value(QStringLiteral("format"));
        if (!format.isDouble() || format.toDouble() != kFormat) {
            fail(QStringLiteral("format"),
                 tr("must be %1, the format this version of Helpdesk reads.").arg(kFormat));
            return false;
        }
        checkFields(m_root,
                    QStringList(fields) << QStringLiteral("format") << QStringLiteral("about"), {});
        return true;
    }
    const QJsonObject &root() const { return m_root; }

    void fail(const QString &entry, const QString &problem)
    {
        m_problems << tr("Demo data file %1, entry %2: %3").arg(m_file, entry, problem);
    }
    void fileProblem(const QString &problem)
    {
        m_problems << tr("Demo data file %1 %2").arg(m_file, problem);
    }
    const QStringList &problems() const { return m_problems; }

    static QString path(const QString &parent, const QString &key)
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }
    static QString path(const QString &parent, qsizetype index)
    {
        return parent + u'[' + QString::number(index) + u']';
    }

    // Fields a file or an entry may not have are most likely typing mistakes.
    void checkFields(const QJsonObject &o, const QStringList &allowed, const QString &entry)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(path(entry, it.key()), tr("is not a field this entry may have; the fields "
                                               "are %1.")
                                                .arg(allowed.join(QStringLiteral(", "))));
    }

    QString text(const QJsonValue &v, const QString &entry, Text how)
    {
        if (v.isUndefined() || v.isNull()) {
            fail(entry, tr("is missing; it must be a text."));
            return {};
        }
        if (!v.isString()) {
            fail(entry, tr("must be a text."));
            return {};
        }
        const QString s = v.toString();
        if (s.trimmed().isEmpty()) {
            fail(entry, tr("is empty; write what it should say."));
            return {};
        }
        if (how == Text::WithName && !s.contains(QLatin1String("%1"))) {
            fail(entry, tr("must contain %1 where the name goes.").arg(QStringLiteral("%1")));
            return {};
        }
        if (how == Text::AsWritten)
            return s;
        // The same call the seeder made when these were compiled in, so a translation of the
        // English text still applies.
        return QCoreApplication::translate("DemoSeeder", s.toUtf8().constData());
    }
    QString text(const QJsonObject &o, const QString &key, const QString &entry, Text how)
    {
        return text(o.value(key), path(entry, key), how);
    }

    QStringList texts(const QJsonObject &o, const QString &key, const QString &entry, Text how)
    {
        QStringList out;
        const QJsonArray list = array(o, key, entry);
        for (qsizetype i = 0; i < list.size(); ++i)
            out << text(list.at(i), path(path(entry, key), i), how);
        return out;
    }

    // A non-empty list.
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &entry)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(path(entry, key),
                 v.isUndefined() ? tr("is missing; it must be a list.") : tr("must be a list."));
            return {};
        }
        if (v.toArray().isEmpty())
            fail(path(entry, key), tr("must list at least one entry."));
        return v.toArray();
    }

    // Reads each entry of a list of objects with read(entry, path), then reports the fields
    // it should not have, so that the problems of one entry stay together. Returns how many
    // entries there were.
    template <typename Read>
    qsizetype eachObject(const QJsonObject &o, const QString &key, const QString &entry,
                         const QStringList &fields, Read read)
    {
        const QJsonArray list = array(o, key, entry);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = path(path(entry, key), i);
            if (!list.at(i).isObject()) {
                fail(at, tr("must be an object with the fields %1.")
                             .arg(fields.join(QStringLiteral(", "))));
                continue;
            }
            read(list.at(i).toObject(), at);
            checkFields(list.at(i).toObject(), fields, at);
        }
        return list.size();
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &entry,
                       const QStringList &fields)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject()) {
            fail(
                path(entry, key),
                tr("must be an object with the fields %1.").arg(fields.join(QStringLiteral(", "))));
            return {};
        }
        checkFields(v.toObject(), fields, path(entry, key));
        return v.toObject();
    }

    bool flag(const QJsonObject &o, const QString &key, const QString &entry, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(path(entry, key), tr("must be true or false."));
        return v.toBool(fallback);
    }

    int number(const QJsonObject &o, const QString &key, const QString &entry, int lo, int hi)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < lo || d > hi) {
            fail(path(entry, key), tr("must be a whole number from %1 to %2.").arg(lo).arg(hi));
            return lo;
        }
        return int(d);
    }

private:
    QString m_folder;
    QString m_file;
    QJsonObject m_root;
    QStringList m_problems;
};

// Letters and digits left after dropping accents, as the seeder builds email addresses.
bool hasEmailLetters(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    for (QChar c : decomposed)
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'ı')
            return true;
    return false;
}

void readStaff(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("staff.json"), {QStringLiteral("staff")}))
        return;
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{0,63}$"));
    const QString list = QStringLiteral("staff");
    QSet<QString> logins;
    bool lead = false, worker = false, demoAgent = false;
    const qsizetype entries = r.eachObject(
        r.root(), list, {},
        {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
         QStringLiteral("active")},
        [&](const QJsonObject &e, const QString &at) {
            DemoPhrases::StaffEntry s;
            s.login = r.text(e, QStringLiteral("login"), at, Text::AsWritten);
            s.name = r.text(e, QStringLiteral("name"), at, Text::AsWritten);
            const QJsonValue role = e.value(QStringLiteral("role"));
            const auto parsed = StaffRoles::fromKey(role.toString());
            if (!role.isString() || !parsed)
                r.fail(Reader::path(at, QStringLiteral("role")),
                       tr("must be \"admin\", \"lead\" or \"agent\"."));
            s.role = parsed.value_or(StaffRole::Agent);
            s.active = r.flag(e, QStringLiteral("active"), at, true);
            if (!s.login.isEmpty() && !loginPattern.match(s.login).hasMatch())
                r.fail(Reader::path(at, QStringLiteral("login")),
                       tr("must be lower-case letters, digits, dots, dashes or underscores."));
            if (!s.login.isEmpty() && logins.contains(s.login))
                r.fail(Reader::path(at, QStringLiteral("login")),
                       tr("\"%1\" is already used by an earlier entry.").arg(s.login));
            logins.insert(s.login);
            lead = lead || s.role == StaffRole::Lead;
            worker = worker || (s.active && s.role != StaffRole::Admin);
            if (s.login == QLatin1String(DemoSeeder::DemoAgentLogin))
                demoAgent = s.active && s.role == StaffRole::Agent;
            p.staff << s;
        });
    if (entries == 0)
        return;
    // Suspensions are decided by a lead; tickets need someone active to work them; the GUI's
    // demo mode acts as the demo agent.
    if (!lead)
        r.fail(list, tr("must have at least one lead."));
    if (!worker)
        r.fail(list, tr("must have at least one active agent or lead."));
    if (!demoAgent)
        r.fail(list, tr("must have the demo agent \"%1\", active, with the role \"agent\".")
                         .arg(QLatin1String(DemoSeeder::DemoAgentLogin)));
}

void readPeople(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("people.json"),
                {QStringLiteral("firstNames"), QStringLiteral("lastNames"),
                 QStringLiteral("emailDomains")}))
        return;
    p.firstNames = r.texts(r.root(), QStringLiteral("firstNames"), {}, Text::AsWritten);
    p.lastNames = r.texts(r.root(), QStringLiteral("lastNames"), {}, Text::AsWritten);
    p.emailDomains = r.texts(r.root(), QStringLiteral("emailDomains"), {}, Text::AsWritten);
    for (const QString &key : {QStringLiteral("firstNames"), QStringLiteral("lastNames")}) {
        const QStringList &names = key == QLatin1String("firstNames") ? p.firstNames : p.lastNames;
        for (qsizetype i = 0; i < names.size(); ++i)
            if (!names[i].isEmpty() && !hasEmailLetters(names[i]))
                r.fail(Reader::path(key, i), tr("\"%1\" has no letters from a to z (accents "
                                                "aside) to make an email address from.")
                                                 .arg(names[i]));
    }
    static const QRegularExpression domainPattern(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    for (qsizetype i = 0; i < p.emailDomains.size(); ++i)
        if (!p.emailDomains[i].isEmpty() && !domainPattern.match(p.emailDomains[i]).hasMatch())
            r.fail(Reader::path(QStringLiteral("emailDomains"), i),
                   tr("\"%1\" is not a lower-case domain name such as example.org.")
                       .arg(p.emailDomains[i]));
}

void readPlaces(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("places.json"),
                {QStringLiteral("homePlaces"), QStringLiteral("places")}))
        return;
    const QString list = QStringLiteral("places");
    const qsizetype entries =
        r.eachObject(r.root(), list, {}, {QStringLiteral("country"), QStringLiteral("city")},
                     [&](const QJsonObject &e, const QString &at) {
                         p.places << DemoPhrases::Place{
                             r.text(e, QStringLiteral("country"), at, Text::Translated),
                             r.text(e, QStringLiteral("city"), at, Text::Translated)};
                     });
    if (entries == 0 || p.places.isEmpty())
        return;
    p.homePlaces = r.number(r.root(), QStringLiteral("homePlaces"), {}, 1, int(p.places.size()));
    // An unusual sign-in comes from another country than the customer's own.
    for (int home = 0; home < p.homePlaces; ++home) {
        const bool abroad = std::any_of(p.places.begin(), p.places.end(), [&](const auto &o) {
            return o.country != p.places[home].country;
        });
        if (!abroad) {
            r.fail(list,
                   tr("must have a place in another country than %1.").arg(p.places[home].country));
            break;
        }
    }
}

void readDevices(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("devices.json"), {QStringLiteral("devices")}))
        return;
    const QString list = QStringLiteral("devices");
    r.eachObject(r.root(), list, {},
                 {QStringLiteral("device"), QStringLiteral("browser"), QStringLiteral("userAgent"),
                  QStringLiteral("mobile")},
                 [&](const QJsonObject &e, const QString &at) {
                     DemoPhrases::Device d;
                     d.device = r.text(e, QStringLiteral("device"), at, Text::Translated);
                     d.browser = r.text(e, QStringLiteral("browser"), at, Text::Translated);
                     d.userAgent = r.text(e, QStringLiteral("userAgent"), at, Text::AsWritten);
                     if (!e.value(QStringLiteral("mobile")).isBool())
                         r.fail(Reader::path(at, QStringLiteral("mobile")),
                                tr("must be true or false."));
                     d.mobile = e.value(QStringLiteral("mobile")).toBool();
                     p.devices << d;
                 });
}

void readCases(Reader &r, DemoPhrases &p)
{
    static const char *const topics[] = {"login",    "activation", "locked",
                                         "recovery", "security",   "other"};
    static_assert(std::size(topics) == std::size_t(DemoTopic::Count));
    QStringList keys;
    for (const char *t : topics)
        keys << QLatin1String(t);
    if (!r.open(QStringLiteral("cases.json"), {QStringLiteral("topics")}))
        return;
    const QJsonObject byTopic = r.object(r.root(), QStringLiteral("topics"), {}, keys);
    if (byTopic.isEmpty())
        return;
    for (std::size_t t = 0; t < std::size(topics); ++t) {
        r.eachObject(
            byTopic, keys[qsizetype(t)], QStringLiteral("topics"),
            {QStringLiteral("subject"), QStringLiteral("message"), QStringLiteral("solution")},
            [&](const QJsonObject &e, const QString &at) {
                p.cases[t] << DemoPhrases::Case{
                    r.text(e, QStringLiteral("subject"), at, Text::Translated),
                    r.text(e, QStringLiteral("message"), at, Text::Translated),
                    r.text(e, QStringLiteral("solution"), at, Text::Translated)};
            });
    }
}

void readCustomerMessages(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("customer-messages.json"),
                {QStringLiteral("greetings"), QStringLiteral("details"), QStringLiteral("signOffs"),
                 QStringLiteral("accessContexts"), QStringLiteral("securityContexts")}))
        return;
    const QJsonObject &o = r.root();
    p.greetings = r.texts(o, QStringLiteral("greetings"), {}, Text::Translated);
    p.details = r.texts(o, QStringLiteral("details"), {}, Text::Translated);
    p.signOffs = r.texts(o, QStringLiteral("signOffs"), {}, Text::WithName);
    p.accessContexts = r.texts(o, QStringLiteral("accessContexts"), {}, Text::Translated);
    p.securityContexts = r.texts(o, QStringLiteral("securityContexts"), {}, Text::Translated);
}

void readAgentMessages(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("agent-messages.json"),
                {QStringLiteral("greetings"), QStringLiteral("acknowledgements"),
                 QStringLiteral("questions"), QStringLiteral("escalationReplies"),
                 QStringLiteral("signOffs"), QStringLiteral("notes"),
                 QStringLiteral("escalationNotes")}))
        return;
    const QJsonObject &o = r.root();
    p.agentGreetings = r.texts(o, QStringLiteral("greetings"), {}, Text::WithName);
    p.acknowledgements = r.texts(o, QStringLiteral("acknowledgements"), {}, Text::Translated);
    p.questions = r.texts(o, QStringLiteral("questions"), {}, Text::Translated);
    p.escalationReplies = r.texts(o, QStringLiteral("escalationReplies"), {}, Text::Translated);
    p.agentSignOffs = r.texts(o, QStringLiteral("signOffs"), {}, Text::WithName);
    p.notes = r.texts(o, QStringLiteral("notes"), {}, Text::Translated);
    const QString notes = QStringLiteral("escalationNotes");
    const QJsonObject escalation =
        r.object(o, notes, {}, {QStringLiteral("security"), QStringLiteral("needsLead")});
    if (escalation.isEmpty())
        return;
    p.securityEscalationNote =
        r.text(escalation, QStringLiteral("security"), notes, Text::Translated);
    p.leadEscalationNotes =
        r.texts(escalation, QStringLiteral("needsLead"), notes, Text::Translated);
}

void readAccounts(Reader &r, DemoPhrases &p)
{
    if (!r.open(QStringLiteral("accounts.json"),
                {QStringLiteral("lockReasons"), QStringLiteral("suspensionReasons")}))
        return;
    const QString locks = QStringLiteral("lockReasons");
    const QJsonObject reasons =
        r.object(r.root(), locks, {},
                 {QStringLiteral("failedSignIns"), QStringLiteral("reportedCompromise"),
                  QStringLiteral("unusualLocation")});
    if (!reasons.isEmpty()) {
        p.lockFailedSignIns =
            r.text(reasons, QStringLiteral("failedSignIns"), locks, Text::Translated);
        p.lockReportedCompromise =
            r.text(reasons, QStringLiteral("reportedCompromise"), locks, Text::Translated);
        p.lockUnusualLocation =
            r.text(reasons, QStringLiteral("unusualLocation"), locks, Text::Translated);
    }
    p.suspensionReasons =
        r.texts(r.root(), QStringLiteral("suspensionReasons"), {}, Text::Translated);
}

} // namespace

QStringList DemoPhrases::fileNames()
{
    return {QStringLiteral("staff.json"),          QStringLiteral("people.json"),
            QStringLiteral("places.json"),         QStringLiteral("devices.json"),
            QStringLiteral("cases.json"),          QStringLiteral("customer-messages.json"),
            QStringLiteral("agent-messages.json"), QStringLiteral("accounts.json")};
}

QString DemoPhrases::builtInFolder()
{
    return QStringLiteral(":/helpdesk/demo");
}

const Result<DemoPhrases> &DemoPhrases::builtIn()
{
    static const Result<DemoPhrases> phrases = loadFolder(builtInFolder());
    return phrases;
}

Result<DemoPhrases> DemoPhrases::loadFolder(const QString &folder)
{
    Reader reader(folder);
    DemoPhrases p;
    readStaff(reader, p);
    readPeople(reader, p);
    readPlaces(reader, p);
    readDevices(reader, p);
    readCases(reader, p);
    readCustomerMessages(reader, p);
    readAgentMessages(reader, p);
    readAccounts(reader, p);
    const QStringList &problems = reader.problems();
    if (problems.isEmpty())
        return p;
    QStringList shown = problems.mid(0, kMaxProblemsShown);
    if (problems.size() > kMaxProblemsShown)
        shown << tr("... and %1 more problems.").arg(problems.size() - kMaxProblemsShown);
    return Error::make(Error::Code::InvalidInput, shown.join(u'\n'));
}

} // namespace helpdesk
