#pragma once
// Helpers shared by the mail tests: finding the helper scripts and a Python that can run them,
// running check_mime.py on rendered bytes, and a throwaway CA plus server certificate.

#include <QJsonObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace helpdesk::test {

// The source tree (HELPDESK_SOURCE_DIR from ctest, else the path baked in at build time).
QString sourceDir();
QString servicesScript(const QString &name); // tests/services/<name>

// A Python 3 interpreter that can import every module named; empty when there is none.
// Tries $HELPDESK_PYTHON, python3 on PATH and /usr/bin/python3 (Debian's, with its packages).
QString findPython(const QStringList &modules = {});

// Runs check_mime.py on the bytes; on failure returns an empty object and sets *error.
QJsonObject checkMime(const QByteArray &eml, QString *error);
QJsonObject checkMimeFile(const QString &path, QString *error);

struct TestCertificates
{
    QString caFile;
    QString certFile;
    QString keyFile;
    QSslCertificate ca;
    QSslCertificate server;
};

// A CA and a server certificate for CN=localhost (SAN DNS:localhost, IP:127.0.0.1) in dir,
// made with the openssl command line. False with *error set when openssl fails.
bool makeTestCertificates(const QString &dir, TestCertificates *out, QString *error);

} // namespace helpdesk::test
