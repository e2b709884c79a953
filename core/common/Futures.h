#pragma once
// whenDone(): attach a continuation to a worker's future for an object that may be gone by the
// time the job finishes (a closed dialog, a window torn down while a query still runs).
//
// Qt 6.4's future.then(context, fn) asserts ("context" in qfuture_impl.h) when the context
// object was destroyed before the future finished, and a DbWorker finishes every queued job,
// even while it is being destroyed. So the continuation is attached to the application object,
// which outlives every worker, and runs only while the receiver still exists. The receiver
// must live on the application's (GUI) thread; the continuation runs there.

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace helpdesk {

// fn(const T &) runs on the application thread if receiver is still alive. When fn returns
// a value it must be a T: with the receiver gone, the future's own value is passed on, so
// callers chaining on the returned future still get an answer.
template <typename T, typename F> auto whenDone(QFuture<T> future, QObject *receiver, F &&fn)
{
    using R = std::invoke_result_t<F &, const T &>;
    static_assert(std::is_void_v<R> || std::is_same_v<R, T>,
                  "whenDone: the continuation returns nothing or the future's own type");
    Q_ASSERT(QCoreApplication::instance());
    return future.then(QCoreApplication::instance(),
                       [guard = QPointer<QObject>(receiver),
                        fn = std::forward<F>(fn)](const T &value) mutable -> R {
                           if constexpr (std::is_void_v<R>) {
                               if (guard)
                                   fn(value);
                           } else {
                               if (!guard)
                                   return value;
                               return fn(value);
                           }
                       });
}

} // namespace helpdesk
