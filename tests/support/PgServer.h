#pragma once
// A private PostgreSQL 15 server for one test, for what the shared server of tests/run.sh must
// not be put through: restarts and kills under running clients. initdb in a temporary folder,
// pg_ctl on a free loopback port (as the postgres user when the tests run as root).

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace helpdesk::test {

class PgServer
{
public:
    PgServer();
    ~PgServer(); // stops the server (immediate) and removes its folder
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Before start(): serve TLS with this certificate and key (copied next to the data, readable
    // by the server only).
    void enableTls(const QString &certFile, const QString &keyFile);
    // False with *error set when PostgreSQL's programs are missing or the server does not start.
    bool start(QString *error);
    // pg_ctl stop -m fast (clients are told, like a restart) or -m immediate (like a crash).
    bool stop(bool immediate, QString *error);
    // Starts the stopped server again on the same port and data.
    bool startAgain(QString *error);
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    // postgresql://postgres@127.0.0.1:PORT/DBNAME
    QString url(const QString &database = QStringLiteral("postgres")) const;
    // Replaces pg_hba.conf (e.g. to require scram-sha-256 passwords) and reloads the server.
    bool setHba(const QString &lines, QString *error);
    // Runs one statement as the superuser through psql; false with *error on failure.
    bool psql(const QString &sql, QString *error, const QString &database = {}) const;

    // Where PostgreSQL's programs are (Debian's layout); empty when it is not installed.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &args, QString *error,
             int timeoutMs = 60'000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_tlsCert;
    QString m_tlsKey;
};

} // namespace helpdesk::test
