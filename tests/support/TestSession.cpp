#include "TestSession.h"

#include "TestWait.h"
#include "secrets/SecretStore.h"

namespace helpdesk::test {

std::unique_ptr<AppSession> openSession(const ConnectionSettings &settings, const QString &login,
                                        const SessionOptions &options)
{
    auto session = std::make_unique<AppSession>(settings, nullptr, options.secrets);
    const Result<int> opened = waitFor(session->open());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().toString()));
    if (login.isEmpty())
        return session;
    waitFor(session->resolveMe(login));
    if (options.meRequired && !session->me())
        qFatal("no staff member %s in the test database", qPrintable(login));
    return session;
}

} // namespace helpdesk::test
