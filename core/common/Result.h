#pragma once
// Result<T>: a value or a user-readable Error, returned by every core operation that can fail.

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

} // namespace helpdesk
