#pragma once
// Measures the mail outbox end to end: templated messages queued one transaction each, then
// sent by OutboxSender to the loopback relay (tests/services/smtp_relay.py, STARTTLS + AUTH).

namespace helpdesk::bench {

// Prints "outbox_msgs_per_s: X msg/s" (and a few "# ..." detail lines); 0 on success.
int runOutbox(int messages = 1000);

} // namespace helpdesk::bench
