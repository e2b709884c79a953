#include "InboundBench.h"

#include "Corpus.h"

#include "inbound/InboundAnalyzer.h"

#include <QElapsedTimer>
#include <QFile>

namespace helpdesk::test {

qint64 InboundBench::peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

InboundBenchResult InboundBench::analyzeCorpus(const QList<QByteArray> &messages, int rounds)
{
    Corpus corpus;
    InboundContext context;
    context.classifier = corpus.classifierOptions();
    FunctionThreadingLookup lookup = corpus.lookup();
    InboundBenchResult r;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &raw : messages) {
            const auto a = InboundAnalyzer::analyze(raw, context, lookup);
            if (a)
                ++r.messages;
        }
    }
    r.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    r.messagesPerSecond = r.seconds > 0 ? r.messages / r.seconds : 0;
    return r;
}

InboundMemoryResult InboundBench::parsePeakMemory(const QByteArray &raw)
{
    InboundMemoryResult r;
    r.messageBytes = raw.size();
    r.peakBeforeKb = peakResidentKb();
    QElapsedTimer timer;
    timer.start();
    {
        FunctionThreadingLookup lookup;
        const auto a = InboundAnalyzer::analyze(raw, InboundContext{}, lookup);
        Q_UNUSED(a);
    }
    r.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    r.peakAfterKb = peakResidentKb();
    return r;
}

} // namespace helpdesk::test
