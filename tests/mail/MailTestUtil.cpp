#include "MailTestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace helpdesk::test {

namespace {
bool run(const QString &program, const QStringList &args, QByteArray *output, QString *error,
         int timeoutMs = 60'000)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs)) {
        if (error)
            *error = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (error)
            *error = program + QStringLiteral(" timed out");
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = program + u' ' + args.join(u' ') + QStringLiteral(" failed: ") +
                     QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}
} // namespace

QJsonObject checkMimeFile(const QString &path, QString *error)
{
    const QString python = findPython();
    if (python.isEmpty()) {
        *error = QStringLiteral("no python3 found");
        return {};
    }
    QByteArray out;
    if (!run(python, {servicesScript(QStringLiteral("check_mime.py")), path}, &out, error))
        return {};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("check_mime.py printed no JSON: ") + parseError.errorString();
        return {};
    }
    return doc.object();
}

QJsonObject checkMime(const QByteArray &eml, QString *error)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/helpdesk-mail-XXXXXX.eml"));
    if (!file.open()) {
        *error = file.errorString();
        return {};
    }
    file.write(eml);
    file.close();
    return checkMimeFile(file.fileName(), error);
}

bool makeTestCertificates(const QString &dirPath, TestCertificates *out, QString *error)
{
    const QDir dir(dirPath);
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    out->caFile = dir.filePath(QStringLiteral("ca.crt"));
    out->keyFile = dir.filePath(QStringLiteral("server.key"));
    out->certFile = dir.filePath(QStringLiteral("server.crt"));
    const QString csr = dir.filePath(QStringLiteral("server.csr"));
    const QString ext = dir.filePath(QStringLiteral("server.ext"));
    {
        QFile extFile(ext);
        if (!extFile.open(QIODevice::WriteOnly)) {
            *error = extFile.errorString();
            return false;
        }
        extFile.write("basicConstraints=critical,CA:FALSE\n"
                      "keyUsage=critical,digitalSignature,keyEncipherment\n"
                      "extendedKeyUsage=serverAuth\n"
                      "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    }
    const QString openssl = QStringLiteral("openssl");
    const QStringList ecKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!run(openssl,
             QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                 QStringList{QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), out->caFile,
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Helpdesk Test CA"), QStringLiteral("-addext"),
                             QStringLiteral("basicConstraints=critical,CA:TRUE"),
                             QStringLiteral("-addext"),
                             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
             nullptr, error))
        return false;
    if (!run(openssl,
             QStringList{QStringLiteral("req")} + ecKey +
                 QStringList{QStringLiteral("-keyout"), out->keyFile, QStringLiteral("-out"), csr,
                             QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
             nullptr, error))
        return false;
    if (!run(openssl,
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
              QStringLiteral("-CA"), out->caFile, QStringLiteral("-CAkey"), caKey,
              QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), out->certFile,
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext},
             nullptr, error))
        return false;
    const auto cas = QSslCertificate::fromPath(out->caFile);
    const auto servers = QSslCertificate::fromPath(out->certFile);
    if (cas.isEmpty() || servers.isEmpty()) {
        *error = QStringLiteral("generated certificates cannot be read");
        return false;
    }
    out->ca = cas.first();
    out->server = servers.first();
    return true;
}

} // namespace helpdesk::test
