#include "inbound/SocketWait.h"

#ifdef _WIN32
#include <winsock2.h>
#else
#include <cerrno>
#include <poll.h>
#endif

namespace helpdesk {

SocketWait::Result SocketWait::wait(std::intptr_t socket, bool forWrite, int timeoutMs)
{
#ifdef _WIN32
    fd_set set;
    FD_ZERO(&set);
    FD_SET(static_cast<SOCKET>(socket), &set);
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    const int r = forWrite ? ::select(0, nullptr, &set, nullptr, &tv)
                           : ::select(0, &set, nullptr, nullptr, &tv);
#else
    pollfd p{static_cast<int>(socket), static_cast<short>(forWrite ? POLLOUT : POLLIN), 0};
    int r = 0;
    do {
        r = ::poll(&p, 1, timeoutMs);
    } while (r < 0 && errno == EINTR);
#endif
    if (r < 0)
        return Result::Error;
    return r == 0 ? Result::Timeout : Result::Ready;
}

} // namespace helpdesk
