// The inbound benchmark hook: prints messages/s over the corpus and the peak memory of one 30 MB
// message. Run it first thing in its own process, so that the peak before the big message is
// the test's own baseline. The numbers in a sanitizer build are several times a release build's.
#include "Corpus.h"
#include "InboundBench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TstInboundBench : public QObject
{
    Q_OBJECT
private slots:
    void peakMemoryOfA30MbMessage();
    void corpusThroughput();
};

void TstInboundBench::peakMemoryOfA30MbMessage()
{
    const qint64 megabytes = qEnvironmentVariableIntValue("HELPDESK_BENCH_MB") > 0
                                 ? qEnvironmentVariableIntValue("HELPDESK_BENCH_MB")
                                 : 30;
    QByteArray raw = Corpus::bigMessage(megabytes * 1024 * 1024);
    const InboundMemoryResult r = InboundBench::parsePeakMemory(raw);
    const qint64 rawKb = raw.size() / 1024;
    raw.clear();
    raw.squeeze();
    qInfo("inbound_big_message_bytes=%lld parse_s=%.2f peak_rss_before_kb=%lld "
          "peak_rss_after_kb=%lld "
          "peak_growth_kb=%lld (the raw message itself: %lld kB)",
          r.messageBytes, r.seconds, r.peakBeforeKb, r.peakAfterKb, r.peakAfterKb - r.peakBeforeKb,
          rawKb);
    if (r.peakAfterKb > 0)
        QVERIFY2(r.peakAfterKb < 400 * 1024, "a 30 MB message must parse in under 400 MB");
}

void TstInboundBench::corpusThroughput()
{
    Corpus corpus;
    QVERIFY(corpus.isValid());
    QList<QByteArray> messages;
    for (const QJsonValue &v : corpus.messages())
        messages << corpus.raw(v.toObject().value(u"file").toString());
    const int rounds = qEnvironmentVariableIntValue("HELPDESK_BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("HELPDESK_BENCH_ROUNDS")
                           : 20;
    const InboundBenchResult r = InboundBench::analyzeCorpus(messages, rounds);
    qInfo("inbound_analyze_msgs_per_s=%.0f (%d messages in %.2f s, %lld distinct)",
          r.messagesPerSecond, r.messages, r.seconds, static_cast<long long>(messages.size()));
    QVERIFY(r.messages > 0);
}

QTEST_GUILESS_MAIN(TstInboundBench)
#include "tst_inboundbench.moc"
