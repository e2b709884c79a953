#pragma once
// Waiting for a socket to become readable or writable, with a timeout: the one platform call
// the IMAP connection needs (poll on POSIX, select on Windows).

#include <cstdint>

namespace helpdesk::SocketWait {
enum class Result { Ready, Timeout, Error };
// socket: a native socket handle (libcurl's curl_socket_t).
Result wait(std::intptr_t socket, bool forWrite, int timeoutMs);
} // namespace helpdesk::SocketWait
