#pragma once
// Helpers shared by the mail tests: running check_mime.py on rendered bytes, and a throwaway CA
// plus server certificate. (Finding the scripts and a Python for them: TestServices.h.)

#include "TestServices.h"

#include <QJsonObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace helpdesk::test {

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
