#pragma once
// ImapWorker: an ImapClient on its own thread, like DbWorker for the database. The GUI thread
// hands it jobs with run() and gets a QFuture back (attach continuations with whenDone()); jobs
// run one after another on the worker's one connection. libcurl blocks while it connects and
// each step waits up to its deadline, so the client must never run on the GUI thread; a thread
// of its own keeps the blocking code simple and its deadlines exact, and the fetch job of the
// ingest step alternates between it (list, fetch, flag) and the DbWorker (claim, record).
// Destroying the worker cancels the running step and waits for the thread.

#include "inbound/ImapClient.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace helpdesk {

class ImapWorker : public QObject
{
    Q_OBJECT
public:
    explicit ImapWorker(ImapSettings settings, QObject *parent = nullptr);
    ~ImapWorker() override;

    // Queues fn(ImapClient &) on the worker thread; cancelled futures are skipped.
    template <typename F> auto run(F &&fn) -> QFuture<std::invoke_result_t<F, ImapClient &>>
    {
        using R = std::invoke_result_t<F, ImapClient &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, fn = std::forward<F>(fn)]() mutable {
            if (!promise->isCanceled()) {
                if constexpr (std::is_void_v<R>)
                    fn(*m_client);
                else
                    promise->addResult(fn(*m_client));
            }
            promise->finish();
        });
        return future;
    }

    // From any thread: stops the step that runs now (it ends with Kind::Cancelled).
    void cancelCurrent() { m_client->cancel(); }

private:
    void post(std::function<void()> job);

    std::unique_ptr<ImapClient> m_client; // used only on m_thread (cancel() from anywhere)
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace helpdesk
