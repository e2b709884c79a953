#pragma once
// A small desk for the report tests: a few hundred tickets with every fact the reports read,
// troubleshooting runs, links and locks, made from a fixed seed and written row by row. The
// same rows stay in memory, so a test computes each figure from them on its own, in plain C++,
// and compares it with what the SQL says.

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace helpdesk::test {

struct WorldTicket
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QString category;
    int priority = 1;
    QString channel;
    QString status;
    std::optional<int> agent; // index into ReportWorld::agents
    std::optional<qint64> firstRespondedAt;
    bool firstResponseBreached = false;
    std::optional<qint64> resolvedAt;
    bool resolutionBreached = false;
    std::optional<qint64> escalatedAt;
    QString cause;
    std::optional<qint64> deescalatedAt;
    int replies = 0;
    int reopens = 0;
};

struct WorldRun
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString flow;
    qint64 startedAt = 0;
    QStringList steps; // reached, in order
    QString status;    // finished, abandoned, active
    QString result;    // resolved, escalated, or empty
    QString resolvedStep;
};

struct WorldToken
{
    QString kind;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> usedAt;
    std::optional<qint64> revokedAt;
    std::optional<qint64> ticketId;
};

struct WorldAgent
{
    qint64 id = 0;
    QString login;
    QString name;
};

struct ReportWorld
{
    // The range the tests report on: 14 days in UTC; tickets also before and after it.
    QDate from{2026, 11, 2};
    QDate to{2026, 11, 15};
    qint64 nowMs = 0; // the end of the range
    QList<WorldAgent> agents;
    QList<WorldTicket> tickets;
    QList<WorldRun> runs;
    QList<WorldToken> tokens;
    int locks = 0;   // audit rows in the range
    int unlocks = 0; // unlock and approve_unlock

    qint64 fromMs() const;
    qint64 toMs() const;
    bool inRange(std::optional<qint64> at) const { return at && *at >= fromMs() && *at < toMs(); }

    // Makes the rows (the same for every seed value) and writes them to db.
    void seed(QSqlDatabase &db, quint32 seedValue = 15);
};

// Nearest rank: the value at rank ceil(p/100 * n) of the sorted values.
std::optional<qint64> nearestRank(QList<qint64> values, int p);

} // namespace helpdesk::test
