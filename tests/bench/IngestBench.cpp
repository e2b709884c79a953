#include "IngestBench.h"

#include "Corpus.h"
#include "InboundBench.h"
#include "IngestFixture.h"

#include "db/ConnectionSettings.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "ingest/MailIngest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace helpdesk::bench {

namespace {
QByteArray variant(const QByteArray &raw, int round)
{
    static const QRegularExpression messageId(QStringLiteral("(?im)^(message-id:\\s*<)"));
    QString text = QString::fromLatin1(raw);
    text.replace(messageId, QStringLiteral("\\1r%1-").arg(round));
    return QByteArrayLiteral("X-Bench-Round: ") + QByteArray::number(round) + "\r\n" +
           text.toLatin1();
}
} // namespace

int runIngest(int rounds)
{
    QTemporaryDir dir;
    auto settings = ConnectionSettings::fromUrl(dir.filePath(QStringLiteral("ingest.db")));
    if (!settings)
        return 1;
    auto opened = Database::open(settings.value(), QStringLiteral("ingest-bench"));
    if (!opened) {
        std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    QSqlDatabase db = opened.value();
    if (auto migrated = Migrator::migrate(db); !migrated)
        return 1;
    test::Corpus corpus;
    QString error;
    if (!corpus.isValid() || !test::seedIngestFixture(db, corpus, &error)) {
        std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(corpus.error() + error));
        return 1;
    }

    // The large message first, so that the process's peak is its own.
    const QByteArray big = test::Corpus::bigMessage(30LL * 1024 * 1024);
    const qint64 before = test::InboundBench::peakResidentKb();
    IngestOptions bigOptions;
    bigOptions.maxRawBytes = 64LL * 1024 * 1024;
    QElapsedTimer bigTimer;
    bigTimer.start();
    auto bigResult = MailIngest(db, QDateTime::currentMSecsSinceEpoch()).ingest(big, bigOptions);
    const double bigSeconds = double(bigTimer.nsecsElapsed()) / 1e9;
    const qint64 after = test::InboundBench::peakResidentKb();
    if (!bigResult || bigResult->outcome != IngestResult::Outcome::Created) {
        std::fprintf(stderr, "helpdesk-bench: the 30 MB message was not ingested\n");
        return 1;
    }

    QList<QByteArray> messages;
    for (const QJsonValue &v : corpus.messages())
        messages << corpus.raw(v.toObject().value(QStringLiteral("file")).toString());
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 1; round <= rounds; ++round) {
        for (const QByteArray &raw : std::as_const(messages)) {
            auto r = MailIngest(db, QDateTime::currentMSecsSinceEpoch())
                         .ingest(variant(raw, round), IngestOptions{});
            if (!r) {
                std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(r.error().message));
                return 1;
            }
            ++done;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("ingest_messages: %d (%d rounds of %lld corpus messages)\n", done, rounds,
                static_cast<long long>(messages.size()));
    std::printf("ingest_msgs_per_s: %.1f msg/s\n", seconds > 0 ? done / seconds : 0.0);
    std::printf("ingest_30mb_seconds: %.2f s\n", bigSeconds);
    std::printf("ingest_30mb_peak_rss: %.1f MB (before: %.1f MB)\n", double(after) / 1024.0,
                double(before) / 1024.0);
    db = QSqlDatabase();
    Database::close(QStringLiteral("ingest-bench"));
    return 0;
}

} // namespace helpdesk::bench
