#include "write/WritePath.h"

namespace helpdesk {

void WritePath::announce(Recorder &record) const
{
    record.committed();
    if (m_mailQueued)
        for (qint64 id : record.queuedMail())
            m_mailQueued(id);
}

} // namespace helpdesk
