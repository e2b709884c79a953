#pragma once
// whenDone(): attach a continuation to a worker's future for an object that may be gone by the
// time the job finishes (a closed dialog, a window torn down while a query still runs).
//
// Qt 6.4's future.then(context, fn) asserts ("context" in qfuture_impl.h) when the context
// object was destroyed before the future finished, and a DbWorker finishes every queued job,
// even while it is being destroyed. So a watcher owned by the application object, which
// outlives every worker, waits for the job, and the continuation runs only while the receiver
// still exists. The receiver must live on the application's (GUI) thread; the continuation runs
// there.

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>
#include <utility>

namespace helpdesk {

// fn(const T &) runs on the application thread if receiver is still alive. When fn returns
// a value it must be a T: with the receiver gone, the future's own value is passed on, so
// callers chaining on the returned future still get an answer. A cancelled future cancels the
// returned one and fn does not run. Call it on the application thread.
//
// fn always runs from the event loop, never inside the call to whenDone() itself, even when the
// job had finished already: code that starts a job and then waits for its signal (a local event
// loop, a state flag set after the call) would otherwise miss an answer that came too early.
//
// A QFutureWatcher does the waiting, not a QFuture continuation: Qt 6.4 keeps a raw pointer from
// a future to its continuation's future, and cancel() follows it, so a continuation future that
// is dropped while the job's future lives on (a model cancelling its last job) would be read
// after it was freed.
template <typename T, typename F> QFuture<T> whenDone(QFuture<T> future, QObject *receiver, F &&fn)
{
    using R = std::invoke_result_t<F &, const T &>;
    static_assert(std::is_void_v<R> || std::is_same_v<R, T>,
                  "whenDone: the continuation returns nothing or the future's own type");
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app && QThread::currentThread() == app->thread());
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> result = promise->future();
    promise->start();
    auto *watcher = new QFutureWatcher<T>(app);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, promise, guard = QPointer<QObject>(receiver),
                      fn = std::forward<F>(fn)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0) {
                             promise->future().cancel();
                             promise->finish();
                             return;
                         }
                         const T value = done.result();
                         if constexpr (std::is_void_v<R>) {
                             if (guard)
                                 fn(value);
                             promise->addResult(value);
                         } else {
                             promise->addResult(guard ? fn(value) : value);
                         }
                         promise->finish();
                     });
    watcher->setFuture(std::move(future));
    return result;
}

} // namespace helpdesk
