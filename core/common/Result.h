#pragma once
// Result<T>: a value or a user-readable Error, returned by every core operation that can fail;
// HD_TRY / HD_TRY_ASSIGN hand an Error on to the caller.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace helpdesk {

struct Error
{
    enum class Code {
        Unknown,
        InvalidInput, // the caller passed something malformed; message names the field
        NotFound,     // the row asked for does not exist
        Conflict,     // optimistic concurrency: someone else changed it first
        PermissionDenied,
        DatabaseOpen,  // cannot open / create / read the database
        DatabaseQuery, // an SQL statement failed
        SchemaTooNew,  // the database was written by a newer version of the app
        NotADatabase,  // the file exists but is not a usable database
        Cancelled,
        Network,
        Unavailable, // a service (keychain, relay) is not reachable now
    };

    Code code = Code::Unknown;
    QString message; // translated, for the user: what happened and what to do next
    QString detail;  // technical detail for logs (never secrets)

    static Error make(Code code, QString message, QString detail = {})
    {
        return Error{code, std::move(message), std::move(detail)};
    }
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// The T of a Result<T>, for templates that take a function returning one.
template <typename R> struct ResultValue;
template <typename T> struct ResultValue<Result<T>>
{
    using type = T;
};

} // namespace helpdesk

// Inside a function returning a Result: evaluates `expr` (a Result) and returns its Error from
// the enclosing function when it failed.
//     HD_TRY(tx.begin());
#define HD_TRY(expr) HD_TRY_AT(HD_TRY_CONCAT(hdTry, __COUNTER__), expr)
// The same for a Result with a value: declares `decl` from it, or returns the Error.
//     HD_TRY_ASSIGN(const Ticket ticket, TicketStore(db).ticket(id));
// It declares a variable, so it cannot be the body of an unbraced if.
#define HD_TRY_ASSIGN(decl, expr) HD_TRY_ASSIGN_AT(HD_TRY_CONCAT(hdTry, __COUNTER__), decl, expr)

// Each use gets its own temporary (__COUNTER__), so that uses nested in a lambda shadow nothing.
#define HD_TRY_AT(tmp, expr)                                                                       \
    do {                                                                                           \
        if (auto &&tmp = (expr); !tmp)                                                             \
            return tmp.error();                                                                    \
    } while (false)
#define HD_TRY_ASSIGN_AT(tmp, decl, expr)                                                          \
    auto tmp = (expr);                                                                             \
    if (!tmp)                                                                                      \
        return tmp.error();                                                                        \
    decl = std::move(tmp).value()
#define HD_TRY_CONCAT(a, b) HD_TRY_CONCAT_INNER(a, b)
#define HD_TRY_CONCAT_INNER(a, b) a##b
