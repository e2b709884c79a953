#pragma once
// helpdesk-bench --ingest: the mixed inbound corpus through MailIngest into an SQLite database
// (ingest_msgs_per_s; each round's copies get their own Message-IDs, so each is really
// threaded and recorded, not a duplicate), and the peak memory of ingesting one 30 MB message.

namespace helpdesk::bench {

int runIngest(int rounds);

} // namespace helpdesk::bench
