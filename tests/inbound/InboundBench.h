#pragma once
// The benchmark hook for inbound parsing (the real helpdesk-bench --ingest comes with the ingest
// step): the corpus parsed, classified, searched for forwards and threaded N times, and the peak
// memory of parsing one large message.

#include <QByteArray>
#include <QList>
#include <QString>

namespace helpdesk::test {

struct InboundBenchResult
{
    int messages = 0; // analysed in total
    double seconds = 0;
    double messagesPerSecond = 0;
};

struct InboundMemoryResult
{
    qint64 messageBytes = 0;
    qint64 peakBeforeKb = 0; // the process's peak resident size before parsing (VmHWM)
    qint64 peakAfterKb = 0;  // and after
    double seconds = 0;
};

namespace InboundBench {
// Every corpus message through InboundAnalyzer::analyze, `rounds` times.
InboundBenchResult analyzeCorpus(const QList<QByteArray> &messages, int rounds);
// Parses `raw` once and reports the peak resident memory around it (Linux: /proc; else 0).
InboundMemoryResult parsePeakMemory(const QByteArray &raw);
qint64 peakResidentKb();
} // namespace InboundBench

} // namespace helpdesk::test
